/**
 * The layout shared by the coded tables (T02, T03, T05, T06, T07, T09, T11, T13, T14): the code
 * and name columns, amount columns under their header tree, a 栏次 row, the 合计 row (first or
 * last) and the notes.
 */
import { BlockBuilder, text, type Block, type CellSpec, type HeaderNode } from "../block";
import type { CodedTable } from "../figures";
import { codeCellCount, columnNo, columnNoLabel, codeCells, codeHeader, codeWidths, hasColumnNumbers, nameCell, notes, preamble, WIDTH, type CodeDomain, type TableContext } from "./common";

export interface CodedLayout<V> {
  readonly domain: CodeDomain;
  /** Header nodes of the amount columns, left to right. */
  readonly amountHeader: readonly HeaderNode[];
  /** Amount cells of one row, in header order. `total` is true on the 合计 row. */
  readonly cells: (values: V, total: boolean) => readonly CellSpec[];
  readonly table: CodedTable<V> & { readonly emptyNote?: string };
  /** SH-TPL prints T06's 合计 last; the other tables put it first. */
  readonly totalPosition: "first" | "last";
  /** The usual 注：本表反映… line. */
  readonly note: string;
}

function leaves(nodes: readonly HeaderNode[]): number {
  return nodes.reduce((s, n) => s + (n.children?.length ? leaves(n.children) : (n.span ?? 1)), 0);
}

export function codedBlock<V>(ctx: TableContext, layout: CodedLayout<V>): Block {
  const labelCols = codeCellCount(ctx, layout.domain) + 1;
  // A hidden working column (上年数) before the amounts and a hidden duplicate 项 row, T06 only.
  const hidden = ctx.options.hiddenRowsAndColumns && ctx.table.id === "T06";
  const amountHeader = hidden ? [{ text: "上年数" }, ...layout.amountHeader] : layout.amountHeader;
  const cellsOf = (v: V, total: boolean): readonly CellSpec[] => {
    const cells = layout.cells(v, total);
    return hidden ? [cells[0]!, ...cells] : cells;
  };
  const amountCols = leaves(amountHeader);
  const b = new BlockBuilder(labelCols + amountCols, [
    ...codeWidths(ctx, layout.domain),
    WIDTH.name,
    ...Array<number>(amountCols).fill(WIDTH.amount),
  ]);
  preamble(b, ctx);
  b.header([codeHeader(ctx, layout.domain), ...amountHeader]);
  if (hidden) b.hideColumn(labelCols);
  if (hasColumnNumbers(ctx)) {
    const numbers = Array.from({ length: amountCols }, (_, i) => columnNo(ctx, i + 1));
    const label = columnNoLabel(ctx);
    if (label) {
      const r = b.row("columnNo", [label, ...Array<null>(labelCols - 1).fill(null), ...numbers]);
      b.merge(r, 0, r, labelCols - 1);
    } else {
      // Without the word 栏次 the code and name columns carry 甲 and 乙, as 财决 exports print them.
      b.row("columnNo", [text("甲", "center"), ...Array<null>(labelCols - 2).fill(null), text("乙", "center"), ...numbers]);
    }
  }
  const totalRow = (): void => {
    const r = b.row("total", [text("合计", "center"), ...Array<null>(labelCols - 1).fill(null), ...cellsOf(layout.table.total, true)]);
    b.merge(r, 0, r, labelCols - 1);
  };
  const position = ctx.options.totalRows === "last" ? "last" : layout.totalPosition;
  if (position === "first") totalRow();
  let hiddenRowDone = !hidden;
  for (const row of layout.table.rows) {
    const cells = [...codeCells(ctx, row.code, layout.domain), nameCell(ctx, row.code, row.name), ...cellsOf(row.values, false)];
    b.row("data", cells);
    if (!hiddenRowDone && row.code.length === 7) {
      b.hideRow(b.row("data", cells));
      hiddenRowDone = true;
    }
  }
  if (position === "last") totalRow();
  notes(b, [layout.note, layout.table.emptyNote]);
  return b.build();
}
