/**
 * One worksheet part (xl/worksheets/sheetN.xml) → a RawSheet with what Office.js would report for
 * the used range: cached formula results as values, error cells as their text, only the top-left
 * cell of a merged area holding its value, dates as serial numbers (with their date format),
 * empty text as no value, and the number format code of every cell.
 */
import { fromA1 } from "../../../core/cells";
import type { MergedArea, RawSheet, RawValue } from "../../../core/raw-sheet";
import { scanXml } from "../xml/scan-xml";
import { TextRunCollector, unescapeExcelText } from "./text-runs";

export interface WorksheetContext {
  readonly name: string;
  readonly hidden: boolean;
  readonly sharedStrings: readonly string[];
  /** Number format per cell style index (cellXfs). */
  readonly cellFormats: readonly string[];
}

/** The cells as read, in parallel arrays: a sheet has thousands, and one object each is what the GC pays for. */
interface CellColumns {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: RawValue[];
  readonly styles: number[];
}

/** "AB12" → {row: 11, col: 27}, without regular expressions: a sheet has thousands of these. */
function parseCellAddress(a: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < a.length; i++) {
    const c = a.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === a.length) return null;
  const row = Number(a.slice(i));
  return Number.isInteger(row) && row > 0 ? { row: row - 1, col: col - 1 } : null;
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

function parseRange(ref: string): MergedArea | null {
  const [a = "", b = a] = ref.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

export function parseWorksheet(xml: string, part: string, ctx: WorksheetContext): RawSheet {
  const cells: CellColumns = { rows: [], cols: [], values: [], styles: [] };
  const merges: MergedArea[] = [];
  const mergeKeys = new Set<string>();
  const hiddenRowSet = new Set<number>();
  const hiddenColRanges: [number, number][] = [];

  let inSheetData = false;
  let row = -1;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let cellType = "n";
  let cellStyle = 0;
  let v: string | null = null;
  let inV = false;
  let inInline = false;
  const inline = new TextRunCollector();
  let inlineText: string | null = null;

  scanXml(
    xml,
    {
      open(name, attrs, selfClosing) {
        if (inCell) {
          if (name === "v") {
            inV = !selfClosing;
            if (v === null) v = "";
          } else if (name === "is") {
            inInline = !selfClosing;
            if (selfClosing) inlineText = "";
          } else if (inInline) {
            inline.open(name, selfClosing);
          }
          return;
        }
        if (name === "c" && inSheetData) {
          const r = attrs.get("r");
          const at = r !== undefined ? parseCellAddress(r) : null;
          // The r attribute is optional: without it a cell follows the previous one.
          cellRow = at ? at.row : Math.max(row, 0);
          cellCol = at ? at.col : col + 1;
          col = cellCol;
          cellType = attrs.get("t") ?? "n";
          const s = attrs.get("s");
          cellStyle = s !== undefined ? parseInt(s, 10) || 0 : 0;
          v = null;
          inlineText = null;
          inCell = true;
          if (selfClosing) return; // close() finishes it
        } else if (name === "row" && inSheetData) {
          const rText = attrs.get("r");
          const r = rText !== undefined ? parseInt(rText, 10) : NaN;
          row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
          col = -1;
          if (isTrue(attrs.get("hidden"))) hiddenRowSet.add(row);
        } else if (name === "sheetData") {
          inSheetData = !selfClosing;
        } else if (name === "col") {
          if (isTrue(attrs.get("hidden"))) {
            const min = attrs.get("min") ?? "0";
            hiddenColRanges.push([parseInt(min, 10) - 1, parseInt(attrs.get("max") ?? min, 10) - 1]);
          }
        } else if (name === "mergeCell") {
          const ref = attrs.get("ref");
          const area = ref ? parseRange(ref) : null;
          const key = area ? `${area.top},${area.left},${area.bottom},${area.right}` : "";
          if (area && !mergeKeys.has(key)) {
            mergeKeys.add(key);
            merges.push(area);
          }
        }
      },
      close(name) {
        if (inCell) {
          if (name === "c") {
            cells.rows.push(cellRow);
            cells.cols.push(cellCol);
            cells.values.push(cellValue(cellType, v, inlineText, ctx.sharedStrings));
            cells.styles.push(cellStyle);
            inCell = false;
            inV = false;
            inInline = false;
          } else if (name === "v") {
            inV = false;
          } else if (name === "is") {
            if (inInline) inlineText = inline.take();
            inInline = false;
          } else if (inInline) {
            inline.close(name);
          }
          return;
        }
        if (name === "sheetData") inSheetData = false;
      },
      text(value) {
        if (inV) v += value;
        else if (inInline) inline.text(value);
      },
      get wantsText() {
        return inV || inInline;
      },
    },
    part,
  );
  return toRawSheet(ctx, cells, merges, hiddenRowSet, hiddenColRanges);
}

/**
 * Whether a cell lies under a merged area without being its top-left cell (Excel shows no value
 * there). Merges are indexed by row; the rare very tall ones (a whole column merged) are checked
 * one by one, so a sheet-wide merge costs no more than any other.
 */
function coveredByMerge(merges: readonly MergedArea[]): (row: number, col: number) => boolean {
  const byRow = new Map<number, MergedArea[]>();
  const tall: MergedArea[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > 1000) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const under = (m: MergedArea, row: number, col: number): boolean =>
    row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);
  return (row, col) => (byRow.get(row)?.some((m) => under(m, row, col)) ?? false) || tall.some((m) => under(m, row, col));
}

function toRawSheet(ctx: WorksheetContext, cells: CellColumns, merges: MergedArea[], hiddenRowSet: Set<number>, hiddenColRanges: [number, number][]): RawSheet {
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
