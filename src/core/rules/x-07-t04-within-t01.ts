import { formatWan } from "../amounts";
import { T01_EXPENDITURE, T01_INCOME, T04_EXPENDITURE, T04_INCOME } from "../tables/labels";
import { codedClassFigureOrZero, crossAtMost, isEmptyTable, pairClassRows } from "./cross-helpers";
import { expenditureFigure, incomeFigure, labelRowFigure, type Figure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

/** "非财政拨款部分 = 61.87 − 61.88 = -0.01": the gap GBC R012 explains via 年初 − 年末. */
function nonFiscalHint(sub: Figure | null, sup: Figure | null, what: string): string | undefined {
  if (!sub || !sup) return undefined;
  return `按此推算非财政拨款${what} = ${formatWan(sup.amount.micros)} − ${formatWan(sub.amount.micros)} = ${formatWan(sup.amount.micros - sub.amount.micros)}，不应为负`;
}

export default defineRule({
  id: "X-07",
  name: "x-07-t04-within-t01",
  title: { zh: "财政拨款部分不应大于全部收支：公开04表 年初/年末结转和结余、总计、本年支出及各类支出不大于公开01表、公开03表对应数", en: "Fiscal part ≤ whole: T04 carry-overs, grand total, expenditure and class rows ≤ T01/T03" },
  severity: "error",
  tables: ["T01", "T04"],
  check(ctx) {
    const t01 = ctx.tables.T01;
    const t04 = ctx.tables.T04;
    const out: Finding[] = [];
    // The carry-over 尾差 usually share one root (one 0.01 slip in a T04 total, rules.md §6.1):
    // they form one cluster. Every figure here is a total (carry-overs, 总计, 本年支出合计, 类 rows): interval bound,
    // so 61.88 ≤ 61.87 is a boundary 尾差 (rules.md §6.1), not an error.
    const pairs: [Figure | null, Figure | null, string][] = [
      [incomeFigure(t04, T04_INCOME.opening), incomeFigure(t01, T01_INCOME.opening), "年初结转和结余"],
      [expenditureFigure(t04, T04_EXPENDITURE.closing, "total"), expenditureFigure(t01, T01_EXPENDITURE.closing), "年末结转和结余"],
      [incomeFigure(t04, T04_INCOME.grandTotal), incomeFigure(t01, T01_INCOME.grandTotal), "收入总计"],
      [expenditureFigure(t04, T04_EXPENDITURE.currentTotal, "total"), expenditureFigure(t01, T01_EXPENDITURE.currentTotal), "本年支出"],
    ];
    for (const [sub, sup, what] of pairs) {
      const hint = nonFiscalHint(sub, sup, what);
      out.push(...crossAtMost(ctx, sub, sup, { ...(hint ? { hint } : {}), roundingGroup: "X-07:rounding" }));
    }
    const t03 = ctx.tables.T03;
    // A header-only T03 is X-03/X-04's finding.
    if (t03 && !isEmptyTable(t03)) {
      for (const p of pairClassRows(t04, t03)) {
        if (!p.label) continue; // a T03 class T04 lacks reads 0 there, and 0 ≤ anything
        const sub = labelRowFigure(t04, p.label, "total");
        out.push(...crossAtMost(ctx, sub, codedClassFigureOrZero(t03, p, "total"), { subject: `${p.code} 类`, roundingGroup: "X-07:classes:rounding" }));
      }
    }
    return out;
  },
});
