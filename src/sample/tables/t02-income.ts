import { amount } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";
import type { Block } from "../block";

/** T02 收入决算表: income by 功能分类 and source (tables.md §3 T02). */
export function buildT02(ctx: TableContext): Block {
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"].map((t) => ({ text: t })),
    cells: (v, total) => [v.total, v.fiscal, v.superior, v.business, v.operating, v.affiliated, v.other].map((c) => amount(c, total)),
    table: ctx.figures.t02,
    totalPosition: "first",
    note: "注：本表反映部门本年度取得的各项收入情况。",
  });
}
