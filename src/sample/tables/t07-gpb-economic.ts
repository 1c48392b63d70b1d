import { amount, type Block } from "../block";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";
import { splitByEconomicClass, type Shares } from "./economic-split";

/** Matrix columns, headed "code name" like the internal 财决08表. */
const MATRIX_CLASSES: readonly (readonly [string, string, number])[] = [
  ["301", "工资福利支出", 550],
  ["302", "商品和服务支出", 250],
  ["303", "对个人和家庭的补助", 100],
  ["310", "资本性支出", 100],
];

/**
 * T07 一般公共预算财政拨款支出决算明细表: by default 经济分类 类/款 rows (layout A of tables.md
 * §3 T07); `t07Layout: "matrix"` prints T06's 功能分类 rows × 经济分类 class columns instead.
 */
export function buildT07(ctx: TableContext): Block {
  const note = "注：本表反映部门本年度一般公共预算财政拨款支出按经济分类科目的明细情况。";
  if (ctx.options.t07Layout === "matrix") {
    const shares: Shares = MATRIX_CLASSES.map(([code, , share]) => [code, share]);
    return codedBlock(ctx, {
      domain: "functional",
      amountHeader: [{ text: "合计" }, ...MATRIX_CLASSES.map(([code, name]) => ({ text: `${code} ${name}` }))],
      cells: (v, total) => [amount(v.amount, total), ...MATRIX_CLASSES.map(([code]) => amount(v.split[code]!, total))],
      table: splitByEconomicClass(ctx.figures.t06, (v) => v.total, shares),
      totalPosition: "first",
      note,
    });
  }
  return codedBlock(ctx, {
    domain: "economic",
    amountHeader: ["合计", "基本支出", "项目支出"].map((t) => ({ text: t })),
    cells: (v, total) => [v.total, v.basic, v.project].map((c) => amount(c, total)),
    table: ctx.figures.t07,
    totalPosition: "first",
    note,
  });
}
