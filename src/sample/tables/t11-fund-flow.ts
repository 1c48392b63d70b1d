import { amount, type Block } from "../block";
import type { FundFlowValues, OptionalTable } from "../figures";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

const HEADER = [
  { text: "年初结转和结余" },
  { text: "本年收入" },
  { text: "本年支出", children: [{ text: "合计" }, { text: "基本支出" }, { text: "项目支出" }] },
  { text: "年末结转和结余" },
];

function fundFlowBlock(ctx: TableContext, table: OptionalTable<FundFlowValues>, note: string): Block {
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: HEADER,
    cells: (v, total) => [v.opening, v.income, v.expTotal, v.basic, v.project, v.closing].map((c) => amount(c, total)),
    table,
    totalPosition: "first",
    note,
  });
}

/** T11 政府性基金预算财政拨款收入支出决算表 (tables.md §3 T11). */
export function buildT11(ctx: TableContext): Block {
  return fundFlowBlock(ctx, ctx.figures.t11, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
}

/** T13 国有资本经营预算财政拨款收入支出决算表: T11's layout. */
export function buildT13(ctx: TableContext): Block {
  return fundFlowBlock(ctx, ctx.figures.t13, "注：本表反映部门本年度国有资本经营预算财政拨款收入、支出及结转和结余情况。");
}
