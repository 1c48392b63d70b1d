/**
 * The document behind the fake: what a workbook "is" between syncs. Proxies (client objects)
 * never touch it directly — they queue actions that the request context applies at sync.
 */
import type { MergedArea, RawSheet, RawValue } from "../../../src/core/raw-sheet";
import { columnLetters, fromA1 } from "../../../src/core/cells";
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface CellState {
  value: RawValue;
  numberFormat: string | null;
  /** Solid fill colour (#RRGGBB), or null for no fill. */
  fill: string | null;
  /** The formula a value came from ("=HYPERLINK(…)"); absent for a constant. */
  formula?: string;
  /** Entered with a leading apostrophe: Excel keeps it as text and hides the apostrophe. */
  quotePrefix?: boolean;
  /** A fill pattern other than Solid (ExcelApi 1.9 RangeFill.pattern) and its colour. */
  pattern?: string;
  patternColor?: string;
  /** Range.hyperlink (ExcelApi 1.7): a link inside the workbook or to an address. */
  hyperlink?: { readonly documentReference?: string; readonly address?: string; readonly screenTip?: string };
}

/** A rectangle on a sheet, 0-based. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface ChartSeriesState {
  name: string;
  values: RawValue[];
}

export interface ChartState {
  readonly id: number;
  name: string;
  readonly chartType: string;
  readonly seriesBy: string;
  readonly sourceAddress: string;
  readonly categories: RawValue[];
  readonly series: ChartSeriesState[];
  title: string;
  position: { start: string; end: string | null } | null;
  dataLabels: { showValue: boolean; showPercentage: boolean };
  legendVisible: boolean;
  deleted: boolean;
}

/**
 * A workbook-scoped defined name that refers to a range; follows its sheet through renames and
 * its cells through inserted or deleted rows. Deleting the sheet or the rows it refers to turns
 * it into #REF! — and, as in Excel, the name itself stays (OfficeDev/office-js#4772).
 */
export interface NameState {
  name: string;
  /** null when the name holds a constant; a deleted sheet makes the reference #REF!. */
  readonly sheet: SheetState | null;
  /** null for a constant, or once the rows it referred to were deleted (#REF!). */
  area: Area | null;
  readonly constant: string | null;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface SheetState {
  readonly id: number;
  name: string;
  visibility: Visibility;
  readonly cells: Map<string, CellState>;
  readonly merges: MergedArea[];
  /** Hidden rows and columns (0-based), anywhere on the sheet: Excel keeps them per row and column, not per cell. */
  readonly hiddenRows: Set<number>;
  readonly hiddenCols: Set<number>;
  readonly charts: ChartState[];
  protected: boolean;
  deleted: boolean;
  /** The workbook's flags that every write checks (read-only mode). */
  readonly workbook: WorkbookFlags;
}

/** Workbook-level state: structure protection (ExcelApi 1.7) and read-only mode (ExcelApi 1.8). */
export interface WorkbookFlags {
  structureProtected: boolean;
  readOnly: boolean;
}

const key = (row: number, col: number): string => `${row},${col}`;

export class DocState {
  readonly sheets: SheetState[] = [];
  readonly names: NameState[] = [];
  readonly flags: WorkbookFlags = { structureProtected: false, readOnly: false };
  activeSheetId: number | null = null;
  selection: { sheetId: number; area: Area } | null = null;
  private nextSheetId = 1;
  private nextChartId = 1;

  addSheet(name: string, visibility: Visibility = "Visible"): SheetState {
    const sheet: SheetState = {
      id: this.nextSheetId++,
      name,
      visibility,
      cells: new Map(),
      merges: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      charts: [],
      protected: false,
      deleted: false,
      workbook: this.flags,
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  findSheet(name: string): SheetState | undefined {
    // Excel compares sheet names case-insensitively.
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  removeSheet(sheet: SheetState): void {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    sheet.deleted = true;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  /**
   * The user deletes rows `top`..`top+count-1` (0-based) of a sheet: cells and merges below move
   * up, merges and names inside the rows go (names to #REF!, keeping their name), names below
   * follow their cells.
   */
  deleteRows(sheet: SheetState, top: number, count: number): void {
    const bottom = top + count;
    const moved = new Map<string, CellState>();
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      if (r < top) moved.set(k, cell);
      else if (r >= bottom) moved.set(key(r - count, c), cell);
    }
    sheet.cells.clear();
    for (const [k, cell] of moved) sheet.cells.set(k, cell);
    const merges = sheet.merges.filter((m) => m.bottom < top || m.top >= bottom).map((m) => (m.top >= bottom ? { ...m, top: m.top - count, bottom: m.bottom - count } : m));
    sheet.merges.splice(0, sheet.merges.length, ...merges);
    // Hidden rows go with their rows; those below move up with their cells.
    const hidden = [...sheet.hiddenRows].filter((r) => r < top || r >= bottom).map((r) => (r >= bottom ? r - count : r));
    sheet.hiddenRows.clear();
    for (const r of hidden) sheet.hiddenRows.add(r);
    for (const n of this.names) {
      if (n.sheet !== sheet || !n.area) continue;
      const a = n.area;
      if (a.top >= top && a.top + a.rowCount <= bottom) n.area = null;
      else if (a.top >= bottom) n.area = { ...a, top: a.top - count };
    }
  }

  findName(name: string): NameState | undefined {
    // Defined names are case-insensitive too.
    return this.names.find((n) => !n.deleted && n.name.toLowerCase() === name.toLowerCase());
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  static fromRawSheets(raw: readonly RawSheet[]): DocState {
    const doc = new DocState();
    for (const rs of raw) {
      const sheet = doc.addSheet(rs.name, rs.hidden ? "Hidden" : "Visible");
      rs.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const numberFormat = rs.numberFormats?.[r]?.[c] ?? null;
          if (value !== null || (numberFormat !== null && numberFormat !== "General")) {
            sheet.cells.set(key(rs.origin.row + r, rs.origin.col + c), { value, numberFormat, fill: null });
          }
        }),
      );
      sheet.merges.push(...(rs.merges ?? []));
      for (const r of rs.hiddenRows ?? []) sheet.hiddenRows.add(r);
      for (const c of rs.hiddenCols ?? []) sheet.hiddenCols.add(c);
    }
    return doc;
  }
}

export function getCell(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(key(row, col));
}

export function updateCell(sheet: SheetState, row: number, col: number, change: Partial<CellState>): void {
  const k = key(row, col);
  const cell = sheet.cells.get(k) ?? { value: null, numberFormat: null, fill: null };
  Object.assign(cell, change);
  for (const optional of ["formula", "quotePrefix", "pattern", "patternColor", "hyperlink"] as const) if (cell[optional] === undefined) delete cell[optional];
  if (cell.value === null && cell.numberFormat === null && cell.fill === null && cell.formula === undefined && cell.hyperlink === undefined) sheet.cells.delete(k);
  else sheet.cells.set(k, cell);
}

/** Bounding box of the cells holding a value (valuesOnly) or any value or format. */
export function usedArea(sheet: SheetState, valuesOnly: boolean): Area | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (const [k, cell] of sheet.cells) {
    const hasValue = cell.value !== null && cell.value !== "";
    if (!hasValue && (valuesOnly || (cell.numberFormat === null && cell.fill === null))) continue;
    const [r, c] = k.split(",").map(Number) as [number, number];
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom < 0 ? null : { top, left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

export function forEachCell(area: Area, fn: (row: number, col: number, r: number, c: number) => void): void {
  for (let r = 0; r < area.rowCount; r++) for (let c = 0; c < area.columnCount; c++) fn(area.top + r, area.left + c, r, c);
}

/** Same quoting rule as Excel: plain names bare, anything else in single quotes. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaA1(area: Area): string {
  const start = `${columnLetters(area.left)}${area.top + 1}`;
  if (area.rowCount === 1 && area.columnCount === 1) return start;
  return `${start}:${columnLetters(area.left + area.columnCount - 1)}${area.top + area.rowCount}`;
}

export function areaAddress(sheet: SheetState, area: Area): string {
  return `${quoteSheetName(sheet.name)}!${areaA1(area)}`;
}

/** "A1", "$B$2:D10", "Sheet1!A1:B2" (the sheet part is ignored here), "C:D", "3:5". */
export function parseArea(address: string, location: string): Area {
  const bang = address.lastIndexOf("!");
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const [a = "", b = a] = ref.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  if (p && q) {
    const top = Math.min(p.row, q.row), left = Math.min(p.col, q.col);
    return { top, left, rowCount: Math.abs(p.row - q.row) + 1, columnCount: Math.abs(p.col - q.col) + 1 };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const top = Math.min(+a, +b) - 1;
    return { top, left: 0, rowCount: Math.abs(+a - +b) + 1, columnCount: MAX_COLS };
  }
  const ca = fromA1(`${a}1`), cb = fromA1(`${b}1`);
  if (ca && cb && /^[A-Za-z]+$/.test(a) && /^[A-Za-z]+$/.test(b)) {
    return { top: 0, left: Math.min(ca.col, cb.col), rowCount: MAX_ROWS, columnCount: Math.abs(ca.col - cb.col) + 1 };
  }
  throw invalidArgument(`bad address "${address}"`, location);
}

export function intersects(m: MergedArea, a: Area): boolean {
  return m.top < a.top + a.rowCount && m.bottom >= a.top && m.left < a.left + a.columnCount && m.right >= a.left;
}

/** The sheet as the adapters would deliver it — for asserting on what writes left behind. */
export function sheetToRaw(sheet: SheetState): RawSheet {
  const area = usedArea(sheet, false);
  if (!area) return { name: sheet.name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [...sheet.merges] };
  const values: RawValue[][] = [];
  const numberFormats: string[][] = [];
  forEachCell(area, (row, col, r, c) => {
    const cell = getCell(sheet, row, col);
    (values[r] ??= [])[c] = cell?.value ?? null;
    (numberFormats[r] ??= [])[c] = cell?.numberFormat ?? "General";
  });
  // As the adapters report them: only inside the used range, in order, and only when there are any.
  const inside = (set: ReadonlySet<number>, first: number, count: number): number[] => [...set].filter((i) => i >= first && i < first + count).sort((a, b) => a - b);
  const hiddenRows = inside(sheet.hiddenRows, area.top, area.rowCount);
  const hiddenCols = inside(sheet.hiddenCols, area.left, area.columnCount);
  return {
    name: sheet.name,
    origin: { row: area.top, col: area.left },
    values,
    numberFormats,
    merges: [...sheet.merges],
    ...(sheet.visibility !== "Visible" ? { hidden: true } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenCols.length > 0 ? { hiddenCols } : {}),
  };
}
