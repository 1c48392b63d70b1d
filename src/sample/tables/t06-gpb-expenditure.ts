import { amount, type Block } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

/** T06 一般公共预算财政拨款支出决算表; 合计 last, as in SH-TPL and SH-GOOD. */
export function buildT06(ctx: TableContext): Block {
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: ["合计", "基本支出", "项目支出"].map((t) => ({ text: t })),
    cells: (v, total) => [v.total, v.basic, v.project].map((c) => amount(c, total)),
    table: ctx.figures.t06,
    totalPosition: "last",
    note: "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。",
  });
}
