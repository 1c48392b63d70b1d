import { amount, type Block } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

/** T03 支出决算表: spending by 功能分类 and kind (tables.md §3 T03). */
export function buildT03(ctx: TableContext): Block {
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"].map((t) => ({ text: t })),
    cells: (v, total) => [v.total, v.basic, v.project, v.toSuperior, v.operatingExp, v.toAffiliated].map((c) => amount(c, total)),
    table: ctx.figures.t03,
    totalPosition: "first",
    note: "注：本表反映部门本年度各项支出情况。",
  });
}
