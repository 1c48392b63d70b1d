import { amount, BlockBuilder, text, type Block, type CellSpec, type HeaderNode } from "../block";
import type { CodedRow } from "../figures";
import { codeCellCount, codeCells, columnNo, columnNoLabel, codeHeaderWord, codeWidths, hasColumnNumbers, nameCell, notes, preamble, WIDTH, type TableContext } from "./common";

/**
 * T08 一般公共预算财政拨款基本支出决算表 (tables.md §3 T08): 人员经费 and 公用经费 panels side
 * by side, each 科目编码 | 科目名称 | 决算数, and the footer 人员经费合计 | … | 公用经费合计 | ….
 */
export function buildT08(ctx: TableContext): Block {
  const f = ctx.figures.t08;
  const codeCols = codeCellCount(ctx, "economic");
  const panelWidth = codeCols + 2;
  const b = new BlockBuilder(panelWidth * 2, [...panelWidths(ctx), ...panelWidths(ctx)]);
  preamble(b, ctx);
  const word = codeHeaderWord(ctx, "economic");
  const codeNode: HeaderNode = codeCols === 1 ? { text: word } : { text: word, children: [{ text: "类" }, { text: "款" }] };
  const panel = (t: string): HeaderNode => ({ text: t, children: [codeNode, { text: "科目名称" }, { text: "决算数" }] });
  b.header([panel("人员经费"), panel("公用经费")]);
  const labelled = (label: string | null, cell: CellSpec): (CellSpec | null)[] => [label === null ? null : text(label, "center"), ...Array<null>(codeCols).fill(null), cell];
  const mergeLabels = (r: number): void => {
    b.merge(r, 0, r, codeCols);
    b.merge(r, panelWidth, r, panelWidth + codeCols);
  };
  const noLabel = columnNoLabel(ctx) ? "栏次" : null;
  if (hasColumnNumbers(ctx)) mergeLabels(b.row("columnNo", [...labelled(noLabel, columnNo(ctx, 1)), ...labelled(noLabel, columnNo(ctx, 2))]));
  const side = (row: CodedRow<number> | undefined): (CellSpec | null)[] =>
    row ? [...codeCells(ctx, row.code, "economic"), nameCell(ctx, row.code, row.name), amount(row.values)] : Array<null>(panelWidth).fill(null);
  const length = Math.max(f.personnel.length, f.publicFunds.length);
  for (let i = 0; i < length; i++) b.row("data", [...side(f.personnel[i]), ...side(f.publicFunds[i])]);
  mergeLabels(b.row("total", [...labelled("人员经费合计", amount(f.personnelTotal, true)), ...labelled("公用经费合计", amount(f.publicFundsTotal, true))]));
  notes(b, ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"]);
  return b.build();
}

function panelWidths(ctx: TableContext): number[] {
  return [...codeWidths(ctx, "economic"), WIDTH.name - 8, WIDTH.amount];
}
