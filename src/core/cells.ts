/** A cell of the user's workbook. Rows and columns are 0-based and absolute on the sheet. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col };
}

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Parses "D10" (optionally "$D$10") into 0-based row/col. */
export function fromA1(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** Sheet names that Excel requires to be quoted in a reference. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "公开01表!D10" — the form findings and paragraphs use to point at a cell. */
export function formatRef(ref: CellRef): string {
  return `${quoteSheet(ref.sheet)}!${toA1(ref.row, ref.col)}`;
}

/** Parses "公开01表!D10" or "'My sheet'!D10". */
export function parseRef(text: string): CellRef | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(text.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const pos = fromA1(m[3]!);
  return pos ? { sheet, ...pos } : null;
}
