import { amount, type Block } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

/** T07 一般公共预算财政拨款支出决算明细表, by 经济分类 类/款 (layout A of tables.md §3 T07). */
export function buildT07(ctx: TableContext): Block {
  return codedBlock(ctx, {
    domain: "economic",
    amountHeader: ["合计", "基本支出", "项目支出"].map((t) => ({ text: t })),
    cells: (v, total) => [v.total, v.basic, v.project].map((c) => amount(c, total)),
    table: ctx.figures.t07,
    totalPosition: "first",
    note: "注：本表反映部门本年度一般公共预算财政拨款支出按经济分类科目的明细情况。",
  });
}
