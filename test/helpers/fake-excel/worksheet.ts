import { FakeChartCollection } from "./chart";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeRange, FakeRangeAreas } from "./range";
import type { MergedArea } from "../../../src/core/raw-sheet";
import { assertStructureWritable } from "./range";
import { MAX_COLS, MAX_ROWS, parseArea, type SheetState, usedArea, type Visibility, type WorkbookFlags } from "./state";

/** Workbook.readOnly is ExcelApi 1.8; Workbook.protection (structure protection) is 1.7. */
export class FakeWorkbook extends FakeClientObject<WorkbookFlags> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  private protectionProxy: FakeWorkbookProtection | undefined;

  constructor(context: FakeRequestContext) {
    super(context, "Workbook", () => context.host.doc.flags);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }

  protected scalarNames(): readonly string[] {
    return ["readOnly"];
  }

  protected readScalar(flags: WorkbookFlags, name: string): unknown {
    if (name !== "readOnly") throw invalidArgument(`unknown property ${name}`, "Workbook.load");
    if (!this.context.host.supportsExcelApi("1.8")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", "Workbook.readOnly");
    return flags.readOnly;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "protection" ? (this.protection as FakeClientObject<unknown>) : undefined;
  }

  get readOnly(): boolean {
    return this.get("readOnly");
  }

  get protection(): FakeWorkbookProtection {
    this.protectionProxy ??= new FakeWorkbookProtection(this.context, () => this.resolve("Workbook.protection"));
    return this.protectionProxy;
  }
}

export class FakeWorkbookProtection extends FakeClientObject<WorkbookFlags> {
  constructor(context: FakeRequestContext, resolver: () => WorkbookFlags | null) {
    super(context, "WorkbookProtection", resolver);
  }

  protected scalarNames(): readonly string[] {
    return ["protected"];
  }

  protected readScalar(flags: WorkbookFlags, name: string): unknown {
    if (name !== "protected") throw invalidArgument(`unknown property ${name}`, "WorkbookProtection.load");
    if (!this.context.host.supportsExcelApi("1.7")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", "WorkbookProtection.protected");
    return flags.structureProtected;
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetState, FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection", () => [...context.host.doc.sheets]);
  }

  protected itemFor(sheet: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.doc.findSheet(key) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.doc.findSheet(key) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const doc = this.context.host.doc;
    return new FakeWorksheet(this.context, () => doc.sheets.find((s) => s.id === doc.activeSheetId) ?? null);
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.context.enqueue("WorksheetCollection.add", () => {
      const doc = this.context.host.doc;
      assertStructureWritable(doc.flags, "WorksheetCollection.add");
      let sheetName = name;
      for (let n = doc.sheets.length + 1; sheetName === undefined; n++) if (!doc.findSheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
      if (doc.findSheet(sheetName)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${sheetName}" already exists.`, "WorksheetCollection.add");
      }
      if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) throw invalidArgument(`bad sheet name "${sheetName}"`, "WorksheetCollection.add");
      created = doc.addSheet(sheetName);
      this.context.host.record({ kind: "sheetAdd", sheet: sheetName });
    });
    return new FakeWorksheet(this.context, () => created);
  }
}

export class FakeWorksheet extends FakeClientObject<SheetState> {
  private chartsProxy: FakeChartCollection | undefined;
  private protectionProxy: FakeWorksheetProtection | undefined;
  private freezePanesProxy: FakeWorksheetFreezePanes | undefined;

  constructor(context: FakeRequestContext, resolver: () => SheetState | null, orNull = false) {
    super(context, "Worksheet", resolver, orNull);
  }

  protected override isGone(sheet: SheetState): boolean {
    return sheet.deleted;
  }

  protected scalarNames(): readonly string[] {
    return ["name", "visibility", "id", "position"];
  }

  protected readScalar(sheet: SheetState, name: string): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "id":
        return `{00000000-0001-0000-0000-${String(sheet.id).padStart(12, "0")}}`;
      case "position":
        return this.context.host.doc.sheets.indexOf(sheet);
      default:
        throw invalidArgument(`unknown property ${name}`, "Worksheet.load");
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "charts") return this.charts as FakeClientObject<unknown>;
    if (name === "protection") return this.protection as FakeClientObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (sheet) => {
      assertStructureWritable(sheet.workbook, "Worksheet.name");
      const other = this.context.host.doc.findSheet(value);
      if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${value}" already exists.`, "Worksheet.name");
      const from = sheet.name;
      sheet.name = value;
      this.context.host.record({ kind: "sheetRename", sheet: value, from });
    });
  }

  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(value: Visibility) {
    this.set("visibility", value, (sheet) => {
      assertStructureWritable(sheet.workbook, "Worksheet.visibility");
      sheet.visibility = value;
      this.context.host.record({ kind: "sheetVisibility", sheet: sheet.name, visibility: value });
    });
  }

  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }

  get charts(): FakeChartCollection {
    this.chartsProxy ??= new FakeChartCollection(this.context, () => this.resolve("Worksheet.charts"));
    return this.chartsProxy;
  }

  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.resolve("Worksheet.protection"));
    return this.protectionProxy;
  }

  /** ExcelApi 1.7. */
  get freezePanes(): FakeWorksheetFreezePanes {
    this.freezePanesProxy ??= new FakeWorksheetFreezePanes(this.context, () => this.resolve("Worksheet.freezePanes"));
    return this.freezePanesProxy;
  }

  /** valuesOnly=true ignores cells that only carry formatting, as Excel does. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.require("Worksheet.getUsedRangeOrNullObject");
        const area = usedArea(sheet, valuesOnly);
        return area ? { sheet, area } : null;
      },
      true,
    );
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.require("Worksheet.getUsedRange");
      // An empty sheet's used range is A1 in Excel.
      return { sheet, area: usedArea(sheet, valuesOnly) ?? { top: 0, left: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  /**
   * ExcelApi 1.9: every cell whose text contains `text` (completeMatch false), as RangeAreas, or a
   * null object when there is none. Searched in Excel: nothing but what is loaded comes back.
   */
  findAllOrNullObject(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean } = {}): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (!this.context.host.supportsExcelApi("1.9")) {
        throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", "Worksheet.findAllOrNullObject");
      }
      const sheet = this.require("Worksheet.findAllOrNullObject");
      const fold = (t: string): string => (criteria.matchCase ? t : t.toLowerCase());
      const wanted = fold(text);
      const hits: MergedArea[] = [];
      for (const [k, cell] of sheet.cells) {
        if (cell.value === null) continue;
        const shown = fold(String(cell.value));
        if (criteria.completeMatch ? shown !== wanted : !shown.includes(wanted)) continue;
        const [row, col] = k.split(",").map(Number) as [number, number];
        hits.push({ top: row, left: col, bottom: row, right: col });
      }
      return hits.length === 0 ? null : { sheet, merges: hits };
    });
  }

  /** Without an address, the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.require("Worksheet.getRange");
      const area = address === undefined || address === "" ? { top: 0, left: 0, rowCount: MAX_ROWS, columnCount: MAX_COLS } : parseArea(address, "Worksheet.getRange");
      return { sheet, area };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.require("Worksheet.getRangeByIndexes");
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
        throw invalidArgument("range outside the sheet", "Worksheet.getRangeByIndexes");
      }
      return { sheet, area: { top: startRow, left: startColumn, rowCount, columnCount } };
    });
  }

  delete(): void {
    this.call("delete", (sheet) => {
      const doc = this.context.host.doc;
      assertStructureWritable(doc.flags, "Worksheet.delete");
      if (doc.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      doc.removeSheet(sheet);
      this.context.host.record({ kind: "sheetDelete", sheet: sheet.name });
    });
  }

  activate(): void {
    this.call("activate", (sheet) => {
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
      this.context.host.doc.activeSheetId = sheet.id;
      this.context.host.record({ kind: "activate", sheet: sheet.name });
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetState> {
  constructor(context: FakeRequestContext, resolver: () => SheetState | null) {
    super(context, "WorksheetProtection", resolver);
  }

  protected scalarNames(): readonly string[] {
    return ["protected"];
  }

  protected readScalar(sheet: SheetState, name: string): unknown {
    if (name === "protected") return sheet.protected;
    throw invalidArgument(`unknown property ${name}`, "WorksheetProtection.load");
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheetFreezePanes extends FakeClientObject<SheetState> {
  constructor(context: FakeRequestContext, resolver: () => SheetState | null) {
    super(context, "WorksheetFreezePanes", resolver);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(_sheet: SheetState, name: string): unknown {
    throw invalidArgument(`unknown property ${name}`, "WorksheetFreezePanes.load");
  }

  private freeze(method: string, rows: number, columns: number): void {
    this.call(method, (sheet) => {
      if (!this.context.host.supportsExcelApi("1.7")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", `WorksheetFreezePanes.${method}`);
      this.context.host.record({ kind: "freeze", sheet: sheet.name, rows, columns });
    });
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, 0);
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", 0, count);
  }

  unfreeze(): void {
    this.freeze("unfreeze", 0, 0);
  }
}
