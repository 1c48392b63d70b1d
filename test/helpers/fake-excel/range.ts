import type { MergedArea, RawValue } from "../../../src/core/raw-sheet";
import { FakeClientObject } from "./client-object";
import { FakeClientResult } from "./client-result";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument } from "./errors";
import { enteredValue } from "./input";
import {
  type Area,
  areaAddress,
  type CellState,
  forEachCell,
  getCell,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  type SheetState,
  updateCell,
  type WorkbookFlags,
} from "./state";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly area: Area;
}

/** Beyond this many cells Excel refuses to return values in one response; so does the fake. */
const MAX_CELLS_PER_LOAD = 5_000_000;

/** Excel refuses to change a protected sheet, or anything in read-only mode; every write goes through here. */
export function assertWritable(sheet: SheetState, location: string): void {
  assertWorkbookWritable(sheet.workbook, location);
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", location);
}

/** A workbook open read-only (Excel on the web's 查看 mode, a file locked by another user) takes no write. */
export function assertWorkbookWritable(flags: WorkbookFlags, location: string): void {
  if (flags.readOnly) throw new FakeOfficeError("AccessDenied", "The workbook is read-only.", location);
}

/** Structure protection (审阅 › 保护工作簿) refuses adding, deleting, renaming, hiding sheets. */
export function assertStructureWritable(flags: WorkbookFlags, location: string): void {
  assertWorkbookWritable(flags, location);
  if (flags.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.", location);
}

/** Range.getMergedAreasOrNullObject fails above this many merged areas (Excel's documentation). */
export const MAX_MERGED_AREAS = 512;

/** Range.rowHidden / columnHidden: true when every line of the range is hidden, false when none is, null when mixed. */
function allOrNone(hidden: ReadonlySet<number>, first: number, count: number): boolean | null {
  let n = 0;
  for (const i of hidden) if (i >= first && i < first + count) n++;
  return n === 0 ? false : n === count ? true : null;
}

/** The options of getRowProperties / getColumnProperties the fake answers; Excel has more (format…), which no code here asks for. */
function lineOptions(options: object, modelled: readonly string[], location: string): string[] {
  const asked = Object.entries(options).filter(([, on]) => on === true).map(([name]) => name);
  const unknown = asked.filter((name) => !modelled.includes(name));
  if (unknown.length > 0) throw new Error(`fake-excel: ${location} does not model ${unknown.join(", ")}`);
  return asked;
}

function matrix<V>(value: V | V[][], area: Area, location: string): V[][] {
  if (!Array.isArray(value)) return Array.from({ length: area.rowCount }, () => Array<V>(area.columnCount).fill(value));
  if (value.length !== area.rowCount || value.some((row) => !Array.isArray(row) || row.length !== area.columnCount)) {
    throw invalidArgument(`expected ${area.rowCount}×${area.columnCount} array`, location);
  }
  return value;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | undefined;

  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null, orNull = false) {
    super(context, "Range", resolver, orNull);
  }

  protected override isGone(target: RangeTarget): boolean {
    return target.sheet.deleted;
  }

  protected scalarNames(): readonly string[] {
    const base = ["values", "formulas", "numberFormat", "address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "hyperlink"];
    return this.context.host.supportsExcelApi("1.2") ? [...base, "rowHidden", "columnHidden"] : base;
  }

  protected readScalar({ sheet, area }: RangeTarget, name: string): unknown {
    const cellData = <V>(pick: (row: number, col: number) => V): V[][] => {
      if (area.rowCount * area.columnCount > MAX_CELLS_PER_LOAD) {
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", `Range.${name}`);
      }
      const out: V[][] = [];
      forEachCell(area, (row, col, r) => (out[r] ??= []).push(pick(row, col)));
      return out;
    };
    switch (name) {
      // Excel reports an empty cell as "" and an unformatted one as "General".
      case "values":
        return cellData((r, c) => getCell(sheet, r, c)?.value ?? "");
      case "formulas":
        return cellData((r, c) => {
          const cell = getCell(sheet, r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "numberFormat":
        return cellData((r, c) => getCell(sheet, r, c)?.numberFormat ?? "General");
      case "address":
      case "addressLocal":
        return areaAddress(sheet, area);
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.rowCount;
      case "columnCount":
        return area.columnCount;
      case "cellCount":
        return area.rowCount * area.columnCount;
      case "hyperlink": {
        const link = getCell(sheet, area.top, area.left)?.hyperlink;
        return link ? { ...link } : null;
      }
      // ExcelApi 1.2. Hidden is a property of whole rows and columns, whatever range asks.
      case "rowHidden":
      case "columnHidden":
        if (!this.context.host.supportsExcelApi("1.2")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", `Range.${name}`);
        return name === "rowHidden" ? allOrNone(sheet.hiddenRows, area.top, area.rowCount) : allOrNone(sheet.hiddenCols, area.left, area.columnCount);
      default:
        throw invalidArgument(`unknown property ${name}`, "Range.load");
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? (this.format as FakeClientObject<unknown>) : undefined;
  }

  get values(): RawValue[][] {
    return this.get("values");
  }
  set values(value: RawValue[][]) {
    this.enter("values", value);
  }

  get formulas(): RawValue[][] {
    return this.get("formulas");
  }
  /** Excel reads what is written to values and to formulas the same way: as if typed. */
  set formulas(value: RawValue[][]) {
    this.enter("formulas", value);
  }

  private enter(property: "values" | "formulas", value: RawValue[][]): void {
    this.set(property, value, ({ sheet, area }) => {
      assertWritable(sheet, `Range.${property}`);
      const rows = matrix<RawValue>(value, area, `Range.${property}`);
      forEachCell(area, (row, col, r, c) => {
        // null in the array leaves that cell as it is ("null input is ignored", Excel's
        // documentation on setting values); "" is what empties a cell.
        const input = rows[r]?.[c];
        if (input === null || input === undefined) return;
        const entered = enteredValue(input, getCell(sheet, row, col)?.numberFormat ?? null);
        updateCell(sheet, row, col, { value: entered.value, formula: entered.formula, quotePrefix: entered.quotePrefix });
      });
      this.context.host.record({ kind: property, sheet: sheet.name, address: areaAddress(sheet, area), values: rows.map((x) => [...x]) });
    });
  }

  /** applyTo: "All" (default), "Contents", "Formats". Only cells that exist are visited. */
  clear(applyTo: string = "All"): void {
    this.call("clear", ({ sheet, area }) => {
      assertWritable(sheet, "Range.clear");
      for (const k of [...sheet.cells.keys()]) {
        const [row, col] = k.split(",").map(Number) as [number, number];
        if (row < area.top || row >= area.top + area.rowCount || col < area.left || col >= area.left + area.columnCount) continue;
        if (applyTo === "All" || applyTo === "Contents") updateCell(sheet, row, col, { value: null, formula: undefined, quotePrefix: undefined });
        if (applyTo === "All" || applyTo === "Formats") updateCell(sheet, row, col, { numberFormat: null, fill: null, pattern: undefined, patternColor: undefined });
      }
      this.context.host.record({ kind: "clear", sheet: sheet.name, address: areaAddress(sheet, area), applyTo });
    });
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(value: string[][]) {
    this.set("numberFormat", value, ({ sheet, area }) => {
      assertWritable(sheet, "Range.numberFormat");
      const rows = matrix<string>(value, area, "Range.numberFormat");
      forEachCell(area, (row, col, r, c) => {
        const f = rows[r]?.[c];
        if (f === null || f === undefined) return; // null leaves the cell's format as it is
        updateCell(sheet, row, col, { numberFormat: f === "General" ? null : f });
      });
      this.context.host.record({ kind: "numberFormat", sheet: sheet.name, address: areaAddress(sheet, area), formats: rows.map((x) => [...x]) });
    });
  }

  /** ExcelApi 1.7. Setting it on a range links every cell and shows textToDisplay in them. */
  get hyperlink(): Excel.RangeHyperlink {
    return this.get("hyperlink");
  }
  set hyperlink(value: Excel.RangeHyperlink) {
    this.set("hyperlink", value, ({ sheet, area }) => {
      if (!this.context.host.supportsExcelApi("1.7")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", "Range.hyperlink");
      assertWritable(sheet, "Range.hyperlink");
      const link = {
        ...(value.documentReference !== undefined ? { documentReference: value.documentReference.replace(/^#/, "") } : {}),
        ...(value.address !== undefined ? { address: value.address } : {}),
        ...(value.screenTip !== undefined ? { screenTip: value.screenTip } : {}),
      };
      if (!link.documentReference && !link.address) throw invalidArgument("a hyperlink needs address or documentReference", "Range.hyperlink");
      forEachCell(area, (row, col) => {
        const text = value.textToDisplay;
        updateCell(sheet, row, col, { hyperlink: link, ...(text !== undefined ? { value: text === "" ? null : text, formula: undefined } : {}) });
      });
      this.context.host.record({ kind: "hyperlink", sheet: sheet.name, address: areaAddress(sheet, area), target: link.documentReference ?? link.address ?? "" });
    });
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  /** Excel types it boolean, but it is null when some rows are hidden and others not. */
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, () => this.resolve("Range.format"));
    return this.formatProxy;
  }

  /** A range relative to this one; resolved at sync like everything else. */
  private derived(method: string, derive: (t: RangeTarget) => Area): FakeRange {
    return new FakeRange(this.context, () => {
      const target = this.require(`Range.${method}`);
      const area = derive(target);
      if (area.top < 0 || area.left < 0 || area.rowCount < 1 || area.columnCount < 1 || area.top + area.rowCount > MAX_ROWS || area.left + area.columnCount > MAX_COLS) {
        throw invalidArgument("range outside the sheet", `Range.${method}`);
      }
      return { sheet: target.sheet, area };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", ({ area }) => ({ top: area.top + row, left: area.left + column, rowCount: 1, columnCount: 1 }));
  }

  /** ExcelApi 1.1: one row (0-based, within this range). */
  getRow(row: number): FakeRange {
    return this.derived("getRow", ({ area }) => {
      if (row < 0 || row >= area.rowCount) throw invalidArgument(`row ${row} outside the range`, "Range.getRow");
      return { top: area.top + row, left: area.left, rowCount: 1, columnCount: area.columnCount };
    });
  }

  /** ExcelApi 1.1: one column (0-based, within this range). */
  getColumn(column: number): FakeRange {
    return this.derived("getColumn", ({ area }) => {
      if (column < 0 || column >= area.columnCount) throw invalidArgument(`column ${column} outside the range`, "Range.getColumn");
      return { top: area.top, left: area.left + column, rowCount: area.rowCount, columnCount: 1 };
    });
  }

  /**
   * ExcelApi 1.9: one item per row of the range, in order ("each item represents the requested
   * properties of the corresponding row"), with only the properties asked for. rowIndex is the
   * sheet's row number, 0-based, as Range.rowIndex. On a host without 1.9 the sync fails with
   * ApiNotFound, like Excel.
   */
  getRowProperties(options: Excel.RowPropertiesLoadOptions): FakeClientResult<Excel.RowProperties[]> {
    return new FakeClientResult(this.context, "Range.getRowProperties", () => {
      if (!this.context.host.supportsExcelApi("1.9")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", "Range.getRowProperties");
      const { sheet, area } = this.require("Range.getRowProperties");
      const asked = lineOptions(options, ["rowHidden", "rowIndex"], "Range.getRowProperties");
      return Array.from({ length: area.rowCount }, (_, i) => ({
        ...(asked.includes("rowIndex") ? { rowIndex: area.top + i } : {}),
        ...(asked.includes("rowHidden") ? { rowHidden: sheet.hiddenRows.has(area.top + i) } : {}),
      }));
    });
  }

  /** ExcelApi 1.9: as getRowProperties, one item per column. */
  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): FakeClientResult<Excel.ColumnProperties[]> {
    return new FakeClientResult(this.context, "Range.getColumnProperties", () => {
      if (!this.context.host.supportsExcelApi("1.9")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", "Range.getColumnProperties");
      const { sheet, area } = this.require("Range.getColumnProperties");
      const asked = lineOptions(options, ["columnHidden", "columnIndex"], "Range.getColumnProperties");
      return Array.from({ length: area.columnCount }, (_, i) => ({
        ...(asked.includes("columnIndex") ? { columnIndex: area.left + i } : {}),
        ...(asked.includes("columnHidden") ? { columnHidden: sheet.hiddenCols.has(area.left + i) } : {}),
      }));
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived("getOffsetRange", ({ area }) => ({ ...area, top: area.top + rowOffset, left: area.left + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("getResizedRange", ({ area }) => ({ ...area, rowCount: area.rowCount + deltaRows, columnCount: area.columnCount + deltaColumns }));
  }

  /** ExcelApi 1.13. On a host without it the call fails at sync with ApiNotFound, like Excel. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (!this.context.host.supportsExcelApi("1.13")) {
        throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", "Range.getMergedAreasOrNullObject");
      }
      const { sheet, area } = this.require("Range.getMergedAreasOrNullObject");
      // As Excel does (OfficeDev/office-js#3611, #1590): only merges whose top-left cell is in the
      // range, clipped to the range — so code that asks a too-small range loses merges here too.
      const merges = sheet.merges
        .filter((m) => intersects(m, area) && m.top >= area.top && m.left >= area.left)
        .map((m) => ({ ...m, bottom: Math.min(m.bottom, area.top + area.rowCount - 1), right: Math.min(m.right, area.left + area.columnCount - 1) }));
      // "if the merged areas count in this range is more than 512, then this method will fail to
      // return the result" (Range.getMergedAreasOrNullObject, ExcelApi 1.13 reference).
      if (merges.length > MAX_MERGED_AREAS) {
        throw new FakeOfficeError("GeneralException", `The range has ${merges.length} merged areas; at most ${MAX_MERGED_AREAS} can be returned.`, "Range.getMergedAreasOrNullObject");
      }
      return merges.length === 0 ? null : { sheet, merges };
    });
  }

  select(): void {
    this.call("select", ({ sheet, area }) => {
      this.context.host.doc.selection = { sheetId: sheet.id, area };
      this.context.host.doc.activeSheetId = sheet.id;
      this.context.host.record({ kind: "select", sheet: sheet.name, address: areaAddress(sheet, area) });
    });
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  private fillProxy: FakeRangeFill | undefined;
  private fontProxy: FakeRangeFont | undefined;

  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(context, "RangeFormat", resolver);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(_t: RangeTarget, name: string): unknown {
    throw invalidArgument(`unknown property ${name}`, "RangeFormat.load");
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "fill") return this.fill as FakeClientObject<unknown>;
    if (name === "font") return this.font as FakeClientObject<unknown>;
    return undefined;
  }

  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill(this.context, () => this.resolve("RangeFormat.fill"));
    return this.fillProxy;
  }

  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.context, () => this.resolve("RangeFormat.font"));
    return this.fontProxy;
  }

  autofitColumns(): void {
    this.call("autofitColumns", ({ sheet, area }) => this.context.host.record({ kind: "autofit", sheet: sheet.name, address: areaAddress(sheet, area) }));
  }

  /** Layout properties are recorded (tests assert on them) but not stored: nothing reads them back. */
  private layout(property: FormatProperty, value: string | number | boolean): void {
    this.set(property, value, ({ sheet, area }) => {
      assertWritable(sheet, `RangeFormat.${property}`);
      this.context.host.record({ kind: "format", sheet: sheet.name, address: areaAddress(sheet, area), property, value });
    });
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.layout("wrapText", value);
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(value: number) {
    this.layout("columnWidth", value);
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(value: number) {
    this.layout("rowHeight", value);
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.layout("horizontalAlignment", value);
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.layout("verticalAlignment", value);
  }
}

export type FormatProperty = "wrapText" | "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment";

/** Excel reports colours as upper-case #RRGGBB. */
function normaliseColour(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toUpperCase() : value;
}

/** RangeFill.pattern and patternColor arrived in ExcelApi 1.9. */
function requirePatternApi(context: FakeRequestContext, location: string): void {
  if (!context.host.supportsExcelApi("1.9")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found.", location);
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(context, "RangeFill", resolver);
  }

  protected scalarNames(): readonly string[] {
    return this.context.host.supportsExcelApi("1.9") ? ["color", "pattern", "patternColor", "tintAndShade"] : ["color"];
  }

  /**
   * Excel gives a property's value when the whole range shares it and null when it is mixed.
   * No fill reads as colour #FFFFFF — the same as a white fill. On the desktop `pattern` tells
   * them apart ("None" / "Solid"); on the web and in recent builds both read pattern null
   * (OfficeDev/office-js#4900, #6218) and only `tintAndShade` does: null for no fill, a number for
   * a fill. fillReadback "web" (the default) reads like that.
   */
  protected readScalar({ sheet, area }: RangeTarget, name: string): unknown {
    const web = this.context.host.fillReadback === "web";
    let pick: (cell: CellState | undefined) => string | number | null;
    if (name === "color") pick = (cell) => cell?.fill ?? "#FFFFFF";
    else if (name === "pattern") pick = (cell) => (cell?.fill == null ? (web ? null : "None") : (cell.pattern ?? (web ? null : "Solid")));
    else if (name === "patternColor") pick = (cell) => cell?.patternColor ?? "#000000";
    else if (name === "tintAndShade") pick = (cell) => (cell?.fill == null ? null : 0);
    else throw invalidArgument(`unknown property ${name}`, "RangeFill.load");
    if (name !== "color") requirePatternApi(this.context, `RangeFill.${name}`);
    const found = new Set<string | number | null>();
    forEachCell(area, (r, c) => found.add(pick(getCell(sheet, r, c))));
    return found.size === 1 ? [...found][0] : null;
  }

  get tintAndShade(): number | null {
    return this.get("tintAndShade");
  }

  get color(): string {
    return this.get("color");
  }
  /** Setting a colour makes the fill solid, as in Excel. */
  set color(value: string) {
    this.set("color", value, ({ sheet, area }) => {
      assertWritable(sheet, "RangeFill.color");
      forEachCell(area, (r, c) => updateCell(sheet, r, c, { fill: normaliseColour(value), pattern: undefined, patternColor: undefined }));
      this.context.host.record({ kind: "fill", sheet: sheet.name, address: areaAddress(sheet, area), color: value });
    });
  }

  get pattern(): string {
    return this.get("pattern");
  }
  set pattern(value: string) {
    this.set("pattern", value, ({ sheet, area }) => {
      requirePatternApi(this.context, "RangeFill.pattern");
      assertWritable(sheet, "RangeFill.pattern");
      forEachCell(area, (r, c) => {
        if (value === "None") updateCell(sheet, r, c, { fill: null, pattern: undefined, patternColor: undefined });
        else updateCell(sheet, r, c, { fill: getCell(sheet, r, c)?.fill ?? "#FFFFFF", pattern: value === "Solid" ? undefined : value });
      });
      this.context.host.record({ kind: "fillPattern", sheet: sheet.name, address: areaAddress(sheet, area), pattern: value });
    });
  }

  get patternColor(): string {
    return this.get("patternColor");
  }
  set patternColor(value: string) {
    this.set("patternColor", value, ({ sheet, area }) => {
      requirePatternApi(this.context, "RangeFill.patternColor");
      assertWritable(sheet, "RangeFill.patternColor");
      forEachCell(area, (r, c) => updateCell(sheet, r, c, { patternColor: normaliseColour(value) }));
      this.context.host.record({ kind: "fillPattern", sheet: sheet.name, address: areaAddress(sheet, area), patternColor: value });
    });
  }

  clear(): void {
    this.call("clear", ({ sheet, area }) => {
      assertWritable(sheet, "RangeFill.clear");
      forEachCell(area, (r, c) => updateCell(sheet, r, c, { fill: null, pattern: undefined, patternColor: undefined }));
      this.context.host.record({ kind: "fillClear", sheet: sheet.name, address: areaAddress(sheet, area) });
    });
  }
}

/** Font changes are logged but not stored: nothing reads them back yet. */
export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(context, "RangeFont", resolver);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(_t: RangeTarget, name: string): unknown {
    throw invalidArgument(`unknown property ${name}`, "RangeFont.load");
  }

  set bold(value: boolean) {
    this.set("bold", value, ({ sheet, area }) => {
      assertWritable(sheet, "RangeFont.bold");
      this.context.host.record({ kind: "font", sheet: sheet.name, address: areaAddress(sheet, area), bold: value });
    });
  }
  get bold(): boolean {
    return this.get("bold");
  }

  set color(value: string) {
    this.set("color", value, ({ sheet, area }) => {
      assertWritable(sheet, "RangeFont.color");
      this.context.host.record({ kind: "font", sheet: sheet.name, address: areaAddress(sheet, area), color: value });
    });
  }
  get color(): string {
    return this.get("color");
  }
}

export interface RangeAreasTarget {
  readonly sheet: SheetState;
  readonly merges: readonly MergedArea[];
}

export class FakeRangeAreas extends FakeClientObject<RangeAreasTarget> {
  constructor(context: FakeRequestContext, resolver: () => RangeAreasTarget | null) {
    super(context, "RangeAreas", resolver, true);
  }

  protected scalarNames(): readonly string[] {
    return ["address", "areaCount", "cellCount"];
  }

  protected readScalar({ sheet, merges }: RangeAreasTarget, name: string): unknown {
    const areas = merges.map((m) => ({ top: m.top, left: m.left, rowCount: m.bottom - m.top + 1, columnCount: m.right - m.left + 1 }));
    switch (name) {
      // Excel's format: "Sheet1!A1:B2, Sheet1!D4:E4".
      case "address":
        return areas.map((a) => areaAddress(sheet, a)).join(", ");
      case "areaCount":
        return areas.length;
      case "cellCount":
        return areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
      default:
        throw invalidArgument(`unknown property ${name}`, "RangeAreas.load");
    }
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  /** Excel types it boolean, but it is null when some rows are hidden and others not. */
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
}
