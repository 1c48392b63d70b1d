/**
 * A table laid out as plain data — rows of cell specs plus merged areas — before anything is
 * written to a worksheet. The table builders produce blocks; render.ts writes them with exceljs.
 * Keeping layout apart from exceljs lets the builders stay small and lets every layout option
 * (units, text amounts, padding) be applied in one place.
 */
import type { Cents } from "./figures";

export type CellSpec =
  | { readonly kind: "text"; readonly text: string; readonly align?: "left" | "center" | "right" }
  /** An amount; `keepZero` writes 0.00 even when zeros are otherwise left blank (totals, 三公). */
  | { readonly kind: "amount"; readonly cents: Cents; readonly keepZero?: boolean }
  /** A count (辆, 人次 …): never converted to 元, never written as text. */
  | { readonly kind: "count"; readonly n: number }
  /** A code or a code part ("201", "03"); written as text unless numeric code parts are asked for. */
  | { readonly kind: "code"; readonly code: string }
  /** A 行次 or 栏次 number; `amountFormat` writes it with the amounts' number format (1.00). */
  | { readonly kind: "ordinal"; readonly n: number; readonly amountFormat?: boolean };

/** What a row is: drives styling only. */
export type RowKind = "title" | "label" | "meta" | "header" | "columnNo" | "data" | "total" | "note";

export interface BlockRow {
  readonly kind: RowKind;
  readonly cells: readonly (CellSpec | null)[];
}

/** 0-based, relative to the block, inclusive. */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Block {
  readonly width: number;
  readonly rows: readonly BlockRow[];
  readonly merges: readonly Merge[];
  /** Column widths in Excel character units. */
  readonly columnWidths: readonly number[];
  /** Rows and columns (block indices) written hidden. */
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
}

/** A header cell; leaves are the table's columns, parents span their leaves. */
export interface HeaderNode {
  readonly text: string;
  readonly children?: readonly HeaderNode[];
  /** A leaf over several columns (a group whose sub-headers are printed elsewhere). */
  readonly span?: number;
}

export const text = (t: string, align?: "left" | "center" | "right"): CellSpec => ({ kind: "text", text: t, ...(align ? { align } : {}) });
export const amount = (c: Cents, keepZero = false): CellSpec => ({ kind: "amount", cents: c, ...(keepZero ? { keepZero } : {}) });
export const count = (n: number): CellSpec => ({ kind: "count", n });
export const code = (c: string): CellSpec => ({ kind: "code", code: c });
export const ordinal = (n: number): CellSpec => ({ kind: "ordinal", n });

function leafCount(node: HeaderNode): number {
  return node.children?.length ? node.children.reduce((s, c) => s + leafCount(c), 0) : (node.span ?? 1);
}

function depth(nodes: readonly HeaderNode[]): number {
  return nodes.reduce((d, n) => Math.max(d, 1 + (n.children?.length ? depth(n.children) : 0)), 0);
}

export class BlockBuilder {
  private readonly rows: BlockRow[] = [];
  private readonly merges: Merge[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly hiddenColumns: number[] = [];

  constructor(
    readonly width: number,
    private readonly columnWidths: readonly number[],
  ) {
    if (columnWidths.length !== width) throw new Error(`${columnWidths.length} column widths for ${width} columns`);
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** Adds a row (padded to the block width) and returns its index. */
  row(kind: RowKind, cells: readonly (CellSpec | null)[]): number {
    if (cells.length > this.width) throw new Error(`row of ${cells.length} cells in a block of width ${this.width}`);
    this.rows.push({ kind, cells: [...cells, ...Array<null>(this.width - cells.length).fill(null)] });
    return this.rows.length - 1;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  /** One cell merged across columns [left, right] of a new row. */
  spanRow(kind: RowKind, cell: CellSpec, left = 0, right = this.width - 1): number {
    const cells: (CellSpec | null)[] = Array<null>(this.width).fill(null);
    cells[left] = cell;
    const r = this.row(kind, cells);
    this.merge(r, left, r, right);
    return r;
  }

  /**
   * Writes a header tree: a parent spans its leaves; a leaf reaches down to the last header
   * row, so "年初结转和结余" stands over the full header height while "本年支出" splits.
   */
  header(nodes: readonly HeaderNode[]): void {
    const d = depth(nodes);
    const top = this.rows.length;
    for (let i = 0; i < d; i++) this.row("header", []);
    const place = (list: readonly HeaderNode[], level: number, col: number): void => {
      let c = col;
      for (const node of list) {
        const span = leafCount(node);
        const cells = this.rows[top + level]!.cells as (CellSpec | null)[];
        cells[c] = text(node.text, "center");
        if (node.children?.length) {
          this.merge(top + level, c, top + level, c + span - 1);
          place(node.children, level + 1, c);
        } else {
          this.merge(top + level, c, top + d - 1, c + span - 1);
        }
        c += span;
      }
    };
    place(nodes, 0, 0);
    const leaves = nodes.reduce((s, n) => s + leafCount(n), 0);
    if (leaves !== this.width) throw new Error(`header has ${leaves} columns, block has ${this.width}`);
  }

  hideRow(r: number): void {
    this.hiddenRows.push(r);
  }

  hideColumn(c: number): void {
    this.hiddenColumns.push(c);
  }

  build(): Block {
    return {
      width: this.width,
      rows: this.rows,
      merges: this.merges,
      columnWidths: this.columnWidths,
      ...(this.hiddenRows.length > 0 ? { hiddenRows: this.hiddenRows } : {}),
      ...(this.hiddenColumns.length > 0 ? { hiddenColumns: this.hiddenColumns } : {}),
    };
  }
}
