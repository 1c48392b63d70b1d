/**
 * The scan of one worksheet part: cells (address, type, style, value text), merged areas, hidden
 * rows and columns. A dedicated loop rather than the generic scanner's callbacks, because a batch
 * spends a third of its reading here: tags are told apart by their local name's length and first
 * letter without cutting strings, and only the attributes that matter are cut out.
 * Comments, CDATA, processing instructions and namespace prefixes are handled as anywhere else.
 */
import { fromA1 } from "../../../core/cells";
import type { MergedArea, RawValue } from "../../../core/raw-sheet";
import { decodeEntities, isSpace, skipMarkup, TagReader } from "../xml/scan-xml";
import { TextRunCollector } from "./text-runs";

/** Turns a cell's type attribute and the text of its <v> (or of its <is>) into its value. */
export type CellValueOf = (type: string, v: string | null, inline: string | null) => RawValue;

/** The cells as read, in parallel arrays: a sheet has thousands, and one object each is what the GC pays for. */
export interface ScannedCells {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: RawValue[];
  readonly styles: number[];
}

export interface ScannedWorksheet {
  readonly cells: ScannedCells;
  readonly merges: MergedArea[];
  readonly hiddenRows: Set<number>;
  /** Inclusive 0-based column ranges of <col hidden>. */
  readonly hiddenColRanges: [number, number][];
}

const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;

/** "AB12" → {row: 11, col: 27}, without regular expressions: a sheet has thousands of these. */
export function parseCellAddress(a: string): { row: number; col: number } | null {
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

/** Attributes of the current tag that the sheet needs, read in one pass. */
class SheetAttributes {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
  hidden: string | undefined;
  min: string | undefined;
  max: string | undefined;
  ref: string | undefined;

  read(xml: string, from: number, to: number): void {
    this.r = this.s = this.t = this.hidden = this.min = this.max = this.ref = undefined;
    let i = from;
    while (i < to) {
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      let localStart = i;
      for (; i < to; i++) {
        const c = xml.charCodeAt(i);
        if (c === EQUALS || isSpace(c)) break;
        if (c === COLON) localStart = i + 1;
      }
      const nameEnd = i;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      if (i >= to || xml.charCodeAt(i) !== EQUALS) return;
      i++;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return;
      const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd > to) return;
      this.assign(xml, localStart, nameEnd - localStart, i + 1, valueEnd);
      i = valueEnd + 1;
    }
  }

  private assign(xml: string, name: number, length: number, from: number, to: number): void {
    const value = (): string => decodeEntities(xml.slice(from, to));
    const c = xml.charCodeAt(name);
    if (length === 1) {
      if (c === 114) this.r = value();
      else if (c === 115) this.s = value();
      else if (c === 116) this.t = value();
    } else if (length === 6 && xml.startsWith("hidden", name)) this.hidden = value();
    else if (length === 3) {
      if (xml.startsWith("min", name)) this.min = value();
      else if (xml.startsWith("max", name)) this.max = value();
      else if (xml.startsWith("ref", name)) this.ref = value();
    }
  }
}

export function scanWorksheet(xml: string, part: string, valueOf: CellValueOf): ScannedWorksheet {
  const cells: ScannedCells = { rows: [], cols: [], values: [], styles: [] };
  const merges: MergedArea[] = [];
  const mergeKeys = new Set<string>();
  const hiddenRows = new Set<number>();
  const hiddenColRanges: [number, number][] = [];
  const a = new SheetAttributes();
  const inline = new TextRunCollector();

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
  let inlineText: string | null = null;
  let inV = false;
  let inInline = false;

  const startCell = (selfClosing: boolean): void => {
    const at = a.r !== undefined ? parseCellAddress(a.r) : null;
    // The r attribute is optional: without it a cell follows the previous one.
    cellRow = at ? at.row : Math.max(row, 0);
    cellCol = at ? at.col : col + 1;
    col = cellCol;
    cellType = a.t ?? "n";
    cellStyle = a.s !== undefined ? parseInt(a.s, 10) || 0 : 0;
    v = null;
    inlineText = null;
    inCell = !selfClosing;
    if (selfClosing) endCell();
  };
  const endCell = (): void => {
    cells.rows.push(cellRow);
    cells.cols.push(cellCol);
    cells.values.push(valueOf(cellType, v, inlineText));
    cells.styles.push(cellStyle);
    inCell = inV = inInline = false;
  };
  const text = (t: string): void => {
    if (inV) v = v === null ? t : v + t;
    else if (inInline) inline.text(t);
  };

  const n = xml.length;
  const tag = new TagReader();
  let p = 0;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if ((inV || inInline) && (lt < 0 ? n : lt) > p) text(decodeEntities(xml.slice(p, lt < 0 ? n : lt)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) {
      p = skipMarkup(xml, lt, part);
      if (xml.startsWith("<![CDATA[", lt)) text(xml.slice(lt + 9, p - 3));
      continue;
    }
    tag.read(xml, lt, part);
    const { closing, selfClosing, bodyEnd, nameStart, nameEnd } = tag;
    p = tag.gt + 1;
    const length = nameEnd - nameStart;
    const first = xml.charCodeAt(nameStart);

    if (inCell) {
      if (length === 1 && first === 99 /* c */) {
        if (closing) endCell();
      } else if (length === 1 && first === 118 /* v */) {
        inV = !closing && !selfClosing;
        if (!closing && v === null) v = "";
      } else if (length === 2 && first === 105 && xml.startsWith("is", nameStart)) {
        if (closing) {
          if (inInline) inlineText = inline.take();
          inInline = false;
        } else {
          inInline = !selfClosing;
          if (selfClosing) inlineText = "";
        }
      } else if (inInline) {
        const name = xml.slice(nameStart, nameEnd);
        if (closing) inline.close(name);
        else {
          inline.open(name, selfClosing);
          if (selfClosing) inline.close(name);
        }
      }
      continue;
    }
    if (length === 9 && xml.startsWith("sheetData", nameStart)) {
      inSheetData = !closing && !selfClosing;
      continue;
    }
    if (closing) continue;
    if (length === 1 && first === 99 /* c */) {
      if (!inSheetData) continue;
      a.read(xml, nameEnd, bodyEnd);
      startCell(selfClosing);
    } else if (length === 3 && inSheetData && xml.startsWith("row", nameStart)) {
      a.read(xml, nameEnd, bodyEnd);
      const r = a.r !== undefined ? parseInt(a.r, 10) : NaN;
      row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
      col = -1;
      if (isTrue(a.hidden)) hiddenRows.add(row);
    } else if (length === 3 && xml.startsWith("col", nameStart)) {
      a.read(xml, nameEnd, bodyEnd);
      if (isTrue(a.hidden)) {
        const min = a.min ?? "0";
        hiddenColRanges.push([parseInt(min, 10) - 1, parseInt(a.max ?? min, 10) - 1]);
      }
    } else if (length === 9 && xml.startsWith("mergeCell", nameStart)) {
      a.read(xml, nameEnd, bodyEnd);
      const area = a.ref ? parseRange(a.ref) : null;
      const key = area ? `${area.top},${area.left},${area.bottom},${area.right}` : "";
      if (area && !mergeKeys.has(key)) {
        mergeKeys.add(key);
        merges.push(area);
      }
    }
  }
  return { cells, merges, hiddenRows, hiddenColRanges };
}
