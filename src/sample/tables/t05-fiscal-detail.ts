import { amount, type Block } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

/**
 * T05 财政拨款支出决算明细表, layout A of tables.md §3 T05 (no verified sample exists):
 * 功能分类 rows × 合计 and the three funds.
 */
export function buildT05(ctx: TableContext): Block {
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"].map((t) => ({ text: t })),
    cells: (v, total) => [v.total, v.gpb, v.gfb, v.socb].map((c) => amount(c, total)),
    table: ctx.figures.t05,
    totalPosition: "first",
    note: "注：本表反映部门本年度财政拨款支出明细情况。",
  });
}
