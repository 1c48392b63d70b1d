import type { MergedArea, RawSheet, RawValue } from "../raw-sheet";
import { rawFormatAt, rawValueAt, sheetBounds } from "../raw-sheet";
import { normaliseText } from "./normalise";

/**
 * Read-only view of a RawSheet in absolute coordinates, with merged areas resolved: a cell
 * covered by a merge reads the merge's top-left value when asked for its `spanText`.
 */
export class Grid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeAt = new Map<number, MergedArea>();
  private readonly hiddenRows: ReadonlySet<number>;
  private readonly hiddenCols: ReadonlySet<number>;

  constructor(readonly sheet: RawSheet) {
    const b = sheetBounds(sheet);
    this.top = b.top;
    this.left = b.left;
    this.bottom = b.bottom;
    this.right = b.right;
    this.hiddenRows = new Set(sheet.hiddenRows ?? []);
    this.hiddenCols = new Set(sheet.hiddenCols ?? []);
    for (const m of sheet.merges ?? []) {
      // Only merges that touch small header areas matter; cap the expansion for huge merges.
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (cells > 10_000) continue;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.mergeAt.set(this.key(r, c), m);
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  get hasMerges(): boolean {
    return (this.sheet.merges?.length ?? 0) > 0;
  }

  private key(row: number, col: number): number {
    return row * 20_000 + col;
  }

  /**
   * The cell's value; a hidden row or column reads empty. What is hidden is not printed, so it is
   * not part of the published table (the workbook reader reports what it left out).
   */
  value(row: number, col: number): RawValue {
    if (this.hiddenRows.has(row) || this.hiddenCols.has(col)) return null;
    return rawValueAt(this.sheet, row, col);
  }

  isHidden(row: number, col: number): boolean {
    return this.hiddenRows.has(row) || this.hiddenCols.has(col);
  }

  format(row: number, col: number): string {
    return rawFormatAt(this.sheet, row, col);
  }

  /** Trimmed text of a cell ("" for empty); numbers as written. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return "";
    return String(v).trim();
  }

  /** Normalised text (no spaces, full-width parentheses, no quotes). */
  norm(row: number, col: number): string {
    return normaliseText(this.text(row, col));
  }

  merge(row: number, col: number): MergedArea | undefined {
    return this.mergeAt.get(this.key(row, col));
  }

  /** The text a reader sees at (row, col) when merges are expanded. */
  spanNorm(row: number, col: number): string {
    const m = this.merge(row, col);
    return m ? this.norm(m.top, m.left) : this.norm(row, col);
  }

  isRowEmpty(row: number, fromCol = this.left, toCol = this.right): boolean {
    for (let c = fromCol; c <= toCol; c++) if (this.text(row, c) !== "") return false;
    return true;
  }
}
