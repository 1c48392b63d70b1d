import { amount, type Block } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

/**
 * T09 一般公共预算财政拨款项目支出决算表. Its real column set is unknown (tables.md §3 T09);
 * the sample prints the 功能分类 rows with a single 合计 column, the least ambiguous choice.
 */
export function buildT09(ctx: TableContext): Block {
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: [{ text: "合计" }],
    cells: (v, total) => [amount(v, total)],
    table: ctx.figures.t09,
    totalPosition: "first",
    note: "注：本表反映部门本年度一般公共预算财政拨款项目支出情况。",
  });
}
