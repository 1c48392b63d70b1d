/**
 * Workbook-scoped defined names (Workbook.names, ExcelApi 1.4): what the adapters use to mark
 * their own sheets. Like Excel, a name that refers to a range follows its sheet through a
 * rename, and turns into #REF! when the sheet is deleted.
 */
import { columnLetters } from "../../../src/core/cells";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeRange } from "./range";
import { assertWorkbookWritable } from "./range";
import { type Area, type NameState, parseArea, quoteSheetName } from "./state";

function absolute(area: Area): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  const start = cell(area.top, area.left);
  if (area.rowCount === 1 && area.columnCount === 1) return start;
  return `${start}:${cell(area.top + area.rowCount - 1, area.left + area.columnCount - 1)}`;
}

/** Excel's rules for a defined name: a letter, _ or \ first; no spaces; not a cell reference. */
function assertValidName(name: string): void {
  const ok = /^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\\\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && name.length <= 255;
  if (!ok) throw invalidArgument(`bad name "${name}"`, "NamedItemCollection.add");
}

export class FakeNamedItemCollection extends FakeCollection<NameState, FakeNamedItem> {
  constructor(context: FakeRequestContext) {
    super(context, "NamedItemCollection", () => context.host.doc.names.filter((n) => !n.deleted));
  }

  protected itemFor(name: NameState): FakeNamedItem {
    return new FakeNamedItem(this.context, () => name);
  }

  /** reference: a Range of this context, or "=Sheet!$A$1". */
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    let created: NameState | null = null;
    this.context.enqueue("NamedItemCollection.add", () => {
      const doc = this.context.host.doc;
      assertWorkbookWritable(doc.flags, "NamedItemCollection.add");
      assertValidName(name);
      // A name whose sheet or rows were deleted still exists (as #REF!): adding it again fails.
      if (doc.findName(name)) throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`, "NamedItemCollection.add");
      let target: { sheet: NameState["sheet"]; area: Area | null; constant: string | null };
      if (reference instanceof FakeRange) {
        const { sheet, area } = reference.require("NamedItemCollection.add");
        target = { sheet, area, constant: null };
      } else {
        const text = reference.replace(/^=/, "");
        const bang = text.lastIndexOf("!");
        if (bang < 0) {
          target = { sheet: null, area: null, constant: text };
        } else {
          const quoted = text.slice(0, bang);
          const sheetName = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
          const sheet = doc.findSheet(sheetName);
          if (!sheet) throw invalidArgument(`no sheet "${sheetName}"`, "NamedItemCollection.add");
          target = { sheet, area: parseArea(text.slice(bang + 1), "NamedItemCollection.add"), constant: null };
        }
      }
      created = { name, ...target, comment, visible: true, deleted: false };
      doc.names.push(created);
      this.context.host.record({ kind: "nameAdd", name, reference: formulaOf(created) });
    });
    return new FakeNamedItem(this.context, () => created);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.host.doc.findName(name) ?? null);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.host.doc.findName(name) ?? null, true);
  }
}

function formulaOf(n: NameState): string {
  if (n.constant !== null) return `=${n.constant}`;
  if (!n.sheet) return "=#REF!";
  if (!n.area) return n.sheet.deleted ? "=#REF!" : `=${quoteSheetName(n.sheet.name)}!#REF!`;
  return n.sheet.deleted ? `=#REF!${absolute(n.area)}` : `=${quoteSheetName(n.sheet.name)}!${absolute(n.area)}`;
}

export class FakeNamedItem extends FakeClientObject<NameState> {
  constructor(context: FakeRequestContext, resolver: () => NameState | null, orNull = false) {
    super(context, "NamedItem", resolver, orNull);
  }

  protected override isGone(n: NameState): boolean {
    return n.deleted;
  }

  protected scalarNames(): readonly string[] {
    return ["name", "type", "value", "formula", "comment", "visible", "scope"];
  }

  protected readScalar(n: NameState, name: string): unknown {
    const broken = n.constant === null && (!n.sheet || n.sheet.deleted || !n.area);
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return broken ? "Error" : n.constant !== null ? "String" : "Range";
      case "value":
        return broken ? "#REF!" : formulaOf(n).slice(1);
      case "formula":
        // NamedItem.formula is ExcelApi 1.7.
        if (!this.context.host.supportsExcelApi("1.7")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", "NamedItem.formula");
        return formulaOf(n);
      case "comment":
        return n.comment;
      case "visible":
        return n.visible;
      case "scope":
        return "Workbook";
      default:
        throw invalidArgument(`unknown property ${name}`, "NamedItem.load");
    }
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): unknown {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  get scope(): string {
    return this.get("scope");
  }

  get comment(): string {
    return this.get("comment");
  }
  set comment(value: string) {
    this.set("comment", value, (n) => {
      n.comment = value;
      this.context.host.record({ kind: "nameProperty", name: n.name, property: "comment", value });
    });
  }

  get visible(): boolean {
    return this.get("visible");
  }
  /** Some hosts ignore visible = false (OfficeDev/office-js#4772): the fake can, too. */
  set visible(value: boolean) {
    this.set("visible", value, (n) => {
      if (!this.context.host.namesStayVisible) n.visible = value;
      this.context.host.record({ kind: "nameProperty", name: n.name, property: "visible", value });
    });
  }

  delete(): void {
    this.call("delete", (n) => {
      assertWorkbookWritable(this.context.host.doc.flags, "NamedItem.delete");
      n.deleted = true;
      this.context.host.record({ kind: "nameDelete", name: n.name });
    });
  }
}
