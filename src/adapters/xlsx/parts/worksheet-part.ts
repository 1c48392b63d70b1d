/**
 * One worksheet part (xl/worksheets/sheetN.xml) → a RawSheet with what Office.js would report for
 * the used range: cached formula results as values, error cells as their text, only the top-left
 * cell of a merged area holding its value, dates as serial numbers (with their date format),
 * empty text as no value, and the number format code of every cell.
 */
import type { MergedArea, RawSheet, RawValue } from "../../../core/raw-sheet";
import { WorkbookReadError } from "../errors";
import { unescapeExcelText } from "./text-runs";
import { scanWorksheet, type ScannedWorksheet } from "./worksheet-scan";

export interface WorksheetContext {
  readonly name: string;
  readonly hidden: boolean;
  readonly sharedStrings: readonly string[];
  /** Number format per cell style index (cellXfs). */
  readonly cellFormats: readonly string[];
}

/** ISO date text of a t="d" cell → Excel serial (1900 system), which is what Office.js returns. */
function isoToSerial(text: string): RawValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : ms / 86_400_000 + 25_569;
}

function emptyToNull(text: string): RawValue {
  return text === "" ? null : text;
}

/** The value a cell shows, from its type attribute and the text of <v> (or of <is>). */
function cellValue(type: string, v: string | null, inline: string | null, sharedStrings: readonly string[]): RawValue {
  switch (type) {
    case "s": {
      if (v === null) return null;
      const s = sharedStrings[parseInt(v, 10)];
      return s === undefined ? null : emptyToNull(s);
    }
    case "inlineStr":
      return emptyToNull(inline ?? (v === null ? "" : unescapeExcelText(v)));
    case "str":
      return v === null ? null : emptyToNull(unescapeExcelText(v));
    case "b":
      if (v === null || v.trim() === "") return null;
      return v.trim() === "true" || (v.trim() !== "false" && parseInt(v, 10) !== 0);
    case "e":
      return v === null ? null : emptyToNull(v.trim());
    case "d":
      return v === null || v.trim() === "" ? null : isoToSerial(v.trim());
    default: {
      if (v === null || v.trim() === "") return null;
      const n = parseFloat(v);
      return Number.isNaN(n) ? v : n;
    }
  }
}

export function parseWorksheet(xml: string, part: string, ctx: WorksheetContext): RawSheet {
  const scanned = scanWorksheet(xml, part, (type, v, inline) => cellValue(type, v, inline, ctx.sharedStrings));
  return toRawSheet(ctx, scanned);
}

/**
 * Whether a cell lies under a merged area without being its top-left cell (Excel shows no value
 * there). The cells of ordinary merges are kept in a set; the rare very large areas (a whole column
 * merged) are checked one by one, so a sheet-wide merge costs no more than any other.
 */
function coveredByMerge(merges: readonly MergedArea[]): (row: number, col: number) => boolean {
  const keys = new Set<number>();
  const large: MergedArea[] = [];
  for (const m of merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 4096) {
      large.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) keys.add(r * COLUMNS + c);
  }
  const under = (m: MergedArea, row: number, col: number): boolean =>
    row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);
  return (row, col) => keys.has(row * COLUMNS + col) || (large.length > 0 && large.some((m) => under(m, row, col)));
}

/** Excel's column count: row * COLUMNS + col is a unique cell key. */
const COLUMNS = 16384;

/** Far above any 决算 table (a 40,000-row 汇总 sheet has under a million), far below what exhausts memory. */
const MAX_USED_CELLS = 5_000_000;

function toRawSheet(ctx: WorksheetContext, { cells, merges, hiddenRows: hiddenRowSet, hiddenColRanges }: ScannedWorksheet): RawSheet {
  const covered = merges.length === 0 ? () => false : coveredByMerge(merges);
  const count = cells.rows.length;
  // Cells with a value Excel shows: not empty, not hidden under a merge.
  const shows: boolean[] = new Array<boolean>(count);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < count; i++) {
    const row = cells.rows[i]!;
    const col = cells.cols[i]!;
    shows[i] = cells.values[i] !== null && !covered(row, col);
    if (!shows[i]) continue;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  const base = { name: ctx.name, merges, hidden: ctx.hidden };
  if (bottom < 0) return { ...base, origin: { row: 0, col: 0 }, values: [], numberFormats: [] };
  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > MAX_USED_CELLS) {
    // One stray entry far from the tables (XFD1048576) would make the used range billions of cells.
    throw new WorkbookReadError(`工作表“${ctx.name}”的已用区域过大（${height} 行 × ${width} 列），无法读取：请删除远离表格的零散内容后再试。`);
  }
  const values: RawValue[][] = Array.from({ length: height }, () => new Array<RawValue>(width).fill(null));
  const formats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill("General"));
  for (let i = 0; i < count; i++) {
    const row = cells.rows[i]!;
    const col = cells.cols[i]!;
    if (row < top || row > bottom || col < left || col > right) continue;
    if (shows[i]) values[row - top]![col - left] = cells.values[i]!;
    formats[row - top]![col - left] = ctx.cellFormats[cells.styles[i]!] ?? "General";
  }
  const hiddenRows = [...hiddenRowSet].filter((r) => r >= top && r <= bottom).sort((a, b) => a - b);
  const hiddenCols: number[] = [];
  for (let c = left; c <= right; c++) if (hiddenColRanges.some(([a, b]) => c >= a && c <= b)) hiddenCols.push(c);
  return {
    ...base,
    origin: { row: top, col: left },
    values,
    numberFormats: formats,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenCols.length > 0 ? { hiddenCols } : {}),
  };
}
