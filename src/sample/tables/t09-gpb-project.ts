import { amount, type Block } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";
import { splitByEconomicClass, type Shares } from "./economic-split";

/** 项目支出 by economic class, as some provinces print T09 (names only, no codes in the header). */
const PROJECT_CLASSES: readonly (readonly [string, string, number])[] = [
  ["302", "商品和服务支出", 600],
  ["303", "对个人和家庭的补助", 100],
  ["310", "资本性支出", 200],
  ["399", "其他支出", 100],
];

/**
 * T09 一般公共预算财政拨款项目支出决算表. Its column set varies (tables.md §3 T09): by default
 * the 功能分类 rows with a single 合计 column; `t09Columns: "economic"` adds the 经济分类 class
 * columns under 本年支出.
 */
export function buildT09(ctx: TableContext): Block {
  const note = "注：本表反映部门本年度一般公共预算财政拨款项目支出情况。";
  if (ctx.options.t09Columns === "economic") {
    const shares: Shares = PROJECT_CLASSES.map(([code, , share]) => [code, share]);
    return codedBlock(ctx, {
      domain: "functional",
      amountHeader: [{ text: "本年支出", children: [{ text: "合计" }, ...PROJECT_CLASSES.map(([, name]) => ({ text: name }))] }],
      cells: (v, total) => [amount(v.amount, total), ...PROJECT_CLASSES.map(([code]) => amount(v.split[code]!, total))],
      table: splitByEconomicClass(ctx.figures.t09, (v) => v, shares),
      totalPosition: "first",
      note,
    });
  }
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: [{ text: "合计" }],
    cells: (v, total) => [amount(v, total)],
    table: ctx.figures.t09,
    totalPosition: "first",
    note,
  });
}
