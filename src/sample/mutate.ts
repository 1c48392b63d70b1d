/**
 * One-defect fixtures for the detection benchmark (`npm run bench:rules`) and for tests: a
 * catalogue of the amount cells a sample workbook prints (from the generator's plain-data layout,
 * so it never depends on the reader it is used to test), and helpers that change the RawSheets
 * of a generated file the way an accountant's slip would — a cell off by some amount, two digits
 * swapped, a value typed one column off, a row deleted, a sign flipped, a cell cleared, a value
 * with hidden decimals. Every helper returns the cells it changed (`工作表名!A1`), so a benchmark
 * can tell whether a finding points at the defect.
 *
 * Amounts are handled as integers of 0.01 万元 (the sample's "cents"); a cell's new value is
 * written as cents / 100, the same number the generator writes, so no binary rounding creeps in.
 */
import { cellRef, formatRef } from "../core/cells";
import type { MergedArea, RawSheet, RawValue } from "../core/raw-sheet";
import type { TableId } from "../core/tables/table-ids";
import type { Block, CellSpec } from "./block";
import type { SampleSheet } from "./build-workbook";
import type { Cents } from "./figures";
import type { SampleOptions } from "./options";
import { AMOUNT_FORMAT } from "./style";

// ───────────────────────────── seeded PRNG ─────────────────────────────

/** A small deterministic PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A copy in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ───────────────────────────── the amount-cell catalogue ─────────────────────────────

/**
 * leaf: a figure no table computes from other figures — a 项 row, an 经济分类 款 item, a 三公
 * item (rules.md §5.2). total: a 合计, 类 or 款 row, a 小计, a T08 footer, any T01/T04 row.
 */
export type CellRole = "leaf" | "total";

export interface AmountCell {
  readonly table: TableId;
  readonly sheet: string;
  /** Absolute, 0-based position on the sheet. */
  readonly row: number;
  readonly col: number;
  /** `公开06表!E10` */
  readonly ref: string;
  readonly cents: Cents;
  readonly role: CellRole;
  /** Full code of the row ("2010301", "30217"), null for label rows and 合计. */
  readonly code: string | null;
  /** The row's name or label ("行政运行", "本年收入合计", "合计"); "" for the 三公 data row. */
  readonly label: string;
  /** Header texts over the column, top-down ("本年支出 › 合计" → ["本年支出", "合计"]). */
  readonly header: readonly string[];
  /** Block row index of the cell (for tests that look the spec up again). */
  readonly blockRow: number;
}

/** The reference text findings use (`公开06表!E10`, quoted when the sheet name needs it). */
export function cellRefText(sheet: string, row: number, col: number): string {
  return formatRef(cellRef(sheet, row, col));
}

/** The header text of a block cell: the master text of the merged area covering it, if any. */
function headerText(block: Block, r: number, c: number): string | null {
  const m = block.merges.find((x) => x.top <= r && r <= x.bottom && x.left <= c && c <= x.right);
  const spec = m ? block.rows[m.top]?.cells[m.left] : block.rows[r]?.cells[c];
  return spec?.kind === "text" ? spec.text : null;
}

function headerPath(block: Block, c: number): string[] {
  const path: string[] = [];
  block.rows.forEach((row, r) => {
    if (row.kind !== "header") return;
    const t = headerText(block, r, c);
    if (t !== null && path[path.length - 1] !== t) path.push(t);
  });
  return path;
}

/**
 * The row's label and code for the amount at column c: the nearest text cell to the left (the
 * name; amounts, 行次 and code cells in between are skipped, so T04's fund columns find their
 * label) and the code cells right before it (T08's two panels each have their own).
 */
function rowIdentity(cells: readonly (CellSpec | null)[], c: number): { label: string; code: string | null } {
  let labelCol = -1;
  for (let i = c - 1; i >= 0; i--) {
    if (cells[i]?.kind === "text") {
      labelCol = i;
      break;
    }
  }
  if (labelCol < 0) return { label: "", code: null };
  const parts: string[] = [];
  // Code cells sit right before the name; a 类 row leaves its 款/项 cells empty ("201" | | ).
  for (let i = labelCol - 1; i >= 0; i--) {
    const spec = cells[i];
    if (spec === null || spec === undefined) continue;
    if (spec.kind !== "code") break;
    parts.unshift(spec.code);
  }
  const label = (cells[labelCol] as { text: string }).text;
  return { label, code: parts.length > 0 ? parts.join("") : null };
}

function roleOf(table: TableId, code: string | null, header: readonly string[]): CellRole {
  if (table === "T01" || table === "T04") return "total";
  if (table === "T10" || table === "T12") return header.some((h) => h === "合计" || h === "小计" || h.includes("合计")) ? "total" : "leaf";
  if (code === null) return "total";
  // 经济分类 codes (3xx) end at the 款 (5 digits), 功能分类 codes at the 项; a 功能 × 经济 T07 has 功能 rows.
  return code.length === (code.startsWith("3") ? 5 : 7) ? "leaf" : "total";
}

/**
 * Every amount cell of the laid-out sheets (zero cells included, with cents 0), at its sheet
 * position for the given padding. The 补充信息 sheet is an input sheet, not a table: left out.
 */
export function amountCells(sheets: readonly SampleSheet[], options: Pick<SampleOptions, "padding">): AmountCell[] {
  const out: AmountCell[] = [];
  for (const s of sheets) {
    if (!s.table) continue;
    const table = s.table.id;
    // Hidden rows and columns are not part of the published table: no defect is planted there.
    const hiddenRows = new Set(s.block.hiddenRows ?? []);
    const hiddenCols = new Set(s.block.hiddenColumns ?? []);
    s.block.rows.forEach((row, r) => {
      if ((row.kind !== "data" && row.kind !== "total") || hiddenRows.has(r)) return;
      row.cells.forEach((spec, c) => {
        if (spec?.kind !== "amount" || hiddenCols.has(c)) return;
        const header = headerPath(s.block, c);
        const { label, code } = rowIdentity(row.cells, c);
        const sheetRow = options.padding.rows + r;
        const sheetCol = options.padding.cols + c;
        out.push({
          table,
          sheet: s.name,
          row: sheetRow,
          col: sheetCol,
          ref: cellRefText(s.name, sheetRow, sheetCol),
          cents: spec.cents,
          role: roleOf(table, code, header),
          code,
          label,
          header,
          blockRow: r,
        });
      });
    });
  }
  return out;
}

// ───────────────────────────── RawSheet editing ─────────────────────────────

/** The result of one mutation: the edited sheets (others shared, unchanged) and what changed. */
export interface Mutation {
  readonly sheets: RawSheet[];
  /** `工作表名!A1` of every cell the defect changed (or, for a deleted row, the cells it broke). */
  readonly changed: string[];
  /** Signed change in cents where one number changed (for size buckets); null otherwise. */
  readonly delta: Cents | null;
}

function sheetIndex(sheets: readonly RawSheet[], name: string): number {
  const i = sheets.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no sheet ${name}`);
  return i;
}

/** The value stored at an absolute position (null outside the used range). */
export function valueAt(sheets: readonly RawSheet[], sheet: string, row: number, col: number): RawValue {
  const s = sheets[sheetIndex(sheets, sheet)]!;
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

export function formatAt(sheets: readonly RawSheet[], sheet: string, row: number, col: number): string {
  const s = sheets[sheetIndex(sheets, sheet)]!;
  return s.numberFormats?.[row - s.origin.row]?.[col - s.origin.col] ?? "General";
}

/** A stored amount as cents; blank is 0. Throws on text, which a mutation must not meet. */
export function centsAt(sheets: readonly RawSheet[], sheet: string, row: number, col: number): Cents {
  const v = valueAt(sheets, sheet, row, col);
  if (v === null) return 0;
  if (typeof v !== "number") throw new Error(`${cellRefText(sheet, row, col)} holds ${JSON.stringify(v)}, not an amount`);
  return Math.round(v * 100);
}

/** Copies one sheet and writes values (and number formats) at absolute positions. */
function withValues(sheets: readonly RawSheet[], sheet: string, writes: readonly { row: number; col: number; value: RawValue; format?: string }[]): RawSheet[] {
  const i = sheetIndex(sheets, sheet);
  const s = sheets[i]!;
  const values = s.values.map((r) => [...r]);
  const formats = s.numberFormats ? s.numberFormats.map((r) => [...r]) : null;
  for (const w of writes) {
    const r = w.row - s.origin.row;
    const c = w.col - s.origin.col;
    if (r < 0 || c < 0) throw new Error(`write outside the used range of ${sheet}`);
    while (values.length <= r) values.push([]);
    const row = values[r]!;
    while (row.length <= c) row.push(null);
    row[c] = w.value;
    if (formats && w.format !== undefined) {
      while (formats.length <= r) formats.push([]);
      const fr = formats[r]!;
      while (fr.length <= c) fr.push("General");
      fr[c] = w.format;
    }
  }
  const out = [...sheets];
  out[i] = { ...s, values, numberFormats: formats };
  return out;
}

/** cents → the number a 万元 sheet stores; 0 becomes a blank cell, as the sample writes detail zeros. */
function amountValue(cents: Cents): number {
  return cents / 100;
}

/** Sets one amount cell to `cents` (a 2-decimal amount format, as a template cell has). */
export function setAmount(sheets: readonly RawSheet[], cell: Pick<AmountCell, "sheet" | "row" | "col">, cents: Cents): Mutation {
  const before = centsAt(sheets, cell.sheet, cell.row, cell.col);
  return {
    sheets: withValues(sheets, cell.sheet, [{ row: cell.row, col: cell.col, value: amountValue(cents), format: AMOUNT_FORMAT }]),
    changed: [cellRefText(cell.sheet, cell.row, cell.col)],
    delta: cents - before,
  };
}

/** A cell changed by `delta` cents (±0.01 万元 = ±1). */
export function shiftAmount(sheets: readonly RawSheet[], cell: Pick<AmountCell, "sheet" | "row" | "col">, delta: Cents): Mutation {
  if (delta === 0) throw new Error("a shift of 0 changes nothing");
  return setAmount(sheets, cell, centsAt(sheets, cell.sheet, cell.row, cell.col) + delta);
}

/** The sign flipped: 40.00 → −40.00. */
export function flipSign(sheets: readonly RawSheet[], cell: Pick<AmountCell, "sheet" | "row" | "col">): Mutation {
  const v = centsAt(sheets, cell.sheet, cell.row, cell.col);
  if (v === 0) throw new Error(`${cellRefText(cell.sheet, cell.row, cell.col)} is zero: flipping its sign changes nothing`);
  return setAmount(sheets, cell, -v);
}

/** The cell cleared (left blank, as a deleted entry is). */
export function clearCell(sheets: readonly RawSheet[], cell: Pick<AmountCell, "sheet" | "row" | "col">): Mutation {
  const v = centsAt(sheets, cell.sheet, cell.row, cell.col);
  if (v === 0) throw new Error(`${cellRefText(cell.sheet, cell.row, cell.col)} is already empty`);
  return {
    sheets: withValues(sheets, cell.sheet, [{ row: cell.row, col: cell.col, value: null }]),
    changed: [cellRefText(cell.sheet, cell.row, cell.col)],
    delta: -v,
  };
}

/**
 * Positions (counted from the left of the cents digits, "214276") of adjacent digit pairs that
 * differ, i.e. the transpositions that change the value. Leading zeros are not digits.
 */
export function transposablePairs(cents: Cents): number[] {
  const digits = String(Math.abs(cents));
  const out: number[] = [];
  for (let i = 0; i + 1 < digits.length; i++) if (digits[i] !== digits[i + 1]) out.push(i);
  return out;
}

/** Two adjacent digits swapped at position `at` of the cents digits: 2142.76 (at 4) → 2142.67. */
export function transposeDigits(sheets: readonly RawSheet[], cell: Pick<AmountCell, "sheet" | "row" | "col">, at: number): Mutation {
  const v = centsAt(sheets, cell.sheet, cell.row, cell.col);
  if (!transposablePairs(v).includes(at)) throw new Error(`no differing digit pair at ${at} in ${v}`);
  const d = String(Math.abs(v)).split("");
  [d[at], d[at + 1]] = [d[at + 1]!, d[at]!];
  return setAmount(sheets, cell, Math.sign(v) * Number(d.join("")));
}

/**
 * The value typed one column off: the source cell is cleared and the value lands in the
 * neighbour (replacing what was there). Both cells are recorded as changed.
 */
export function moveToNeighbour(sheets: readonly RawSheet[], cell: Pick<AmountCell, "sheet" | "row" | "col">, toCol: number): Mutation {
  if (Math.abs(toCol - cell.col) !== 1) throw new Error("the neighbour must be the next column left or right");
  const v = centsAt(sheets, cell.sheet, cell.row, cell.col);
  if (v === 0) throw new Error(`${cellRefText(cell.sheet, cell.row, cell.col)} is empty: nothing to move`);
  return {
    sheets: withValues(sheets, cell.sheet, [
      { row: cell.row, col: cell.col, value: null },
      { row: cell.row, col: toCol, value: amountValue(v), format: AMOUNT_FORMAT },
    ]),
    changed: [cellRefText(cell.sheet, cell.row, cell.col), cellRefText(cell.sheet, cell.row, toCol)],
    delta: null,
  };
}

/**
 * A stored value with hidden decimals: `thousandths` (1…4, or −1…−4) of 0.001 万元 added, so the
 * 2-decimal display is unchanged (2142.764 shown as 2,142.76) but the stored number is not.
 */
export function hideDecimals(sheets: readonly RawSheet[], cell: Pick<AmountCell, "sheet" | "row" | "col">, thousandths: number): Mutation {
  if (!Number.isInteger(thousandths) || thousandths === 0 || Math.abs(thousandths) > 4) throw new Error("hidden decimals must be ±1…±4 thousandths");
  const v = centsAt(sheets, cell.sheet, cell.row, cell.col);
  if (v === 0) throw new Error(`${cellRefText(cell.sheet, cell.row, cell.col)} is empty`);
  const stored = (v * 10 + thousandths) / 1000;
  return {
    sheets: withValues(sheets, cell.sheet, [{ row: cell.row, col: cell.col, value: stored, format: formatAt(sheets, cell.sheet, cell.row, cell.col) }]),
    changed: [cellRefText(cell.sheet, cell.row, cell.col)],
    delta: 0,
  };
}

function shiftMerge(m: MergedArea, row: number): MergedArea | null {
  if (m.bottom < row) return m;
  if (m.top > row) return { ...m, top: m.top - 1, bottom: m.bottom - 1 };
  // The deleted row is inside the area: it shrinks, or disappears if it was one row high.
  return m.top === m.bottom ? null : { ...m, bottom: m.bottom - 1 };
}

/**
 * A whole sheet row deleted (Excel's 删除行): rows below move up one, merges follow. `affected`
 * is what the benchmark should accept as "the defect": a deleted 项 leaves no cell of its own,
 * so its ancestors' cells (with their positions after the deletion) and the cells of the same
 * 项 in other tables are the places a finding can point at.
 */
export function deleteRow(sheets: readonly RawSheet[], sheet: string, row: number, affected: readonly AmountCell[]): Mutation {
  const i = sheetIndex(sheets, sheet);
  const s = sheets[i]!;
  const r = row - s.origin.row;
  if (r < 0 || r >= s.values.length) throw new Error(`row ${row + 1} is outside ${sheet}`);
  const values = s.values.filter((_, k) => k !== r);
  const formats = s.numberFormats ? s.numberFormats.filter((_, k) => k !== r) : null;
  const merges = (s.merges ?? []).map((m) => shiftMerge(m, row)).filter((m): m is MergedArea => m !== null);
  // Hidden rows below move up with their contents; the deleted one goes with it.
  const hiddenRows = s.hiddenRows?.filter((h) => h !== row).map((h) => (h > row ? h - 1 : h));
  const out = [...sheets];
  out[i] = { ...s, values, numberFormats: formats, merges, ...(hiddenRows ? { hiddenRows } : {}) };
  const changed = affected.map((a) => (a.sheet === sheet && a.row > row ? cellRefText(a.sheet, a.row - 1, a.col) : a.ref));
  return { sheets: out, changed: [...new Set(changed)], delta: null };
}

function shiftMergeDown(m: MergedArea, row: number): MergedArea {
  if (m.bottom < row) return m;
  if (m.top >= row) return { ...m, top: m.top + 1, bottom: m.bottom + 1 };
  // The new row falls inside the area: it grows, as Excel's 插入行 does.
  return { ...m, bottom: m.bottom + 1 };
}

/**
 * A whole sheet row inserted (Excel's 插入行) at absolute `row`: rows from there move down one,
 * merges and hidden rows follow, the new row takes the number formats of the row it pushes down
 * and holds `writes` (absolute columns). What a user does to add a row a table was missing.
 */
export function insertRow(sheets: readonly RawSheet[], sheet: string, row: number, writes: readonly { col: number; value: RawValue; format?: string }[]): RawSheet[] {
  const i = sheetIndex(sheets, sheet);
  const s = sheets[i]!;
  const r = row - s.origin.row;
  if (r < 0 || r > s.values.length) throw new Error(`row ${row + 1} is outside ${sheet}`);
  const values = [...s.values.slice(0, r), [], ...s.values.slice(r)];
  const formats = s.numberFormats ? [...s.numberFormats.slice(0, r), [...(s.numberFormats[r] ?? [])], ...s.numberFormats.slice(r)] : null;
  const merges = (s.merges ?? []).map((m) => shiftMergeDown(m, row));
  const hiddenRows = s.hiddenRows?.map((h) => (h >= row ? h + 1 : h));
  const out = [...sheets];
  out[i] = { ...s, values, numberFormats: formats, merges, ...(hiddenRows ? { hiddenRows } : {}) };
  return withValues(
    out,
    sheet,
    writes.map((w) => ({ row, ...w })),
  );
}
