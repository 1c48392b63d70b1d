import { amount, type Block } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

/** T14 国有资本经营预算财政拨款支出决算表: 本年支出 {合计 | 基本支出 | 项目支出}. */
export function buildT14(ctx: TableContext): Block {
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: [{ text: "本年支出", children: [{ text: "合计" }, { text: "基本支出" }, { text: "项目支出" }] }],
    cells: (v, total) => [v.total, v.basic, v.project].map((c) => amount(c, total)),
    table: ctx.figures.t14,
    totalPosition: "first",
    note: "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
  });
}
