/**
 * The two side-by-side panels of T01 and T04: 收入 (项目 | 行次 | 金额) on the left, 支出
 * (项目 | 行次 | amounts…) on the right. Rows are paired so that 本年收入合计 faces 本年支出合计
 * and 总计 faces 总计, with blank spacer rows on the shorter side, as the exports print them.
 */
import { BlockBuilder, ordinal, text, type Block, type CellSpec, type HeaderNode } from "../block";
import { columnNo, columnNoLabel, hasColumnNumbers, notes, preamble, WIDTH, type TableContext } from "./common";

/** One line of a panel; null = a spacer row. */
export type PanelLine = { readonly label: string; readonly amounts: readonly CellSpec[]; readonly total?: boolean } | null;

export interface SummaryLayout {
  /** Leaf headers of the expenditure panel's amount columns (T01: 金额; T04: 合计 + funds). */
  readonly expenditureAmounts: readonly string[];
  /** Lines above the paired totals: income items and class rows, padded to equal length. */
  readonly income: readonly PanelLine[];
  readonly expenditure: readonly PanelLine[];
  /** The paired total lines (equal length on both sides). */
  readonly incomeTotals: readonly PanelLine[];
  readonly expenditureTotals: readonly PanelLine[];
  readonly note: string;
}

function pad(lines: readonly PanelLine[], length: number): PanelLine[] {
  return [...lines, ...Array<null>(Math.max(0, length - lines.length)).fill(null)];
}

export function summaryBlock(ctx: TableContext, layout: SummaryLayout): Block {
  const lineNo = hasColumnNumbers(ctx);
  const rightAmounts = layout.expenditureAmounts.length;
  const leftWidth = lineNo ? 3 : 2;
  const panelHead = (side: string, amounts: readonly string[]): HeaderNode => ({
    text: side,
    children: [{ text: "项目" }, ...(lineNo ? [{ text: "行次" }] : []), ...amounts.map((t) => ({ text: t }))],
  });
  const widths = (amounts: number): number[] => [WIDTH.label, ...(lineNo ? [WIDTH.lineNo] : []), ...Array<number>(amounts).fill(WIDTH.amount)];
  const b = new BlockBuilder(leftWidth + (lineNo ? 2 : 1) + rightAmounts, [...widths(1), ...widths(rightAmounts)]);
  preamble(b, ctx);
  b.header([panelHead("收入", ["金额"]), panelHead("支出", layout.expenditureAmounts)]);
  if (lineNo) {
    b.row("columnNo", [columnNoLabel(ctx), null, columnNo(ctx, 1), columnNoLabel(ctx), null, ...Array.from({ length: rightAmounts }, (_, i) => columnNo(ctx, i + 2))]);
  }
  const bodyLength = Math.max(layout.income.length, layout.expenditure.length);
  const left = [...pad(layout.income, bodyLength), ...layout.incomeTotals];
  const right = [...pad(layout.expenditure, bodyLength), ...layout.expenditureTotals];
  if (left.length !== right.length) throw new Error("T01/T04 panels must pair their total lines");
  const side = (line: PanelLine, n: number, amounts: number): (CellSpec | null)[] => [
    line ? text(line.label, "left") : null,
    ...(lineNo ? [ordinal(n)] : []),
    ...(line ? line.amounts : Array<null>(amounts).fill(null)),
  ];
  left.forEach((l, i) => {
    const r = right[i] ?? null;
    const kind = l?.total || r?.total ? "total" : "data";
    b.row(kind, [...side(l, i + 1, 1), ...side(r, left.length + i + 1, rightAmounts)]);
  });
  notes(b, [layout.note]);
  return b.build();
}
