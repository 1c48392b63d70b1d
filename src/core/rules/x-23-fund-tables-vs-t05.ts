import type { CodeTable } from "../tables/model";
import { tableLabel } from "../tables/table-ids";
import { codeFigureOrZero, crossEqual, DOMAIN_ZH, hasColumn, isEmptyTable, notAssessed, pairCodeRows } from "./cross-helpers";
import { ROLE_ZH } from "./describe";
import type { Finding } from "./findings";
import { defineRule, type RuleContext } from "./rule";

type Fund = "gfb" | "socb";

/**
 * A fund table's 本年支出合计 on one function code is that fund's column of T05 on the same code
 * [D; project extension]: rules.md ties T11/T13 to T04 only in total and per class;
 * T05 carries the same money per 类/款/项. 项 rows are leaves shown twice: exact (rules.md §5.2).
 * 类 and 款 rows are totals: interval bound. A code one table shows with money and the other lacks
 * (or shows blank) reads 0 there and is reported.
 */
function fundVsT05(ctx: RuleContext<"T05">, table: CodeTable | undefined, fund: Fund): Finding[] {
  const t05 = ctx.tables.T05;
  // Header-only tables are X-09's (T05) and X-17/X-18/X-20's (fund tables) findings; a T05 not by
  // 功能分类 is noted by.
  if (!table || isEmptyTable(table) || isEmptyTable(t05) || t05.domain !== "functional") return [];
  const what = `各科目本年支出合计与公开05表${ROLE_ZH[fund]}栏的对应关系（X-23）`;
  if (table.domain !== "functional") {
    return [notAssessed(ctx, table, table.domain === "unknown" ? "的行未能识别为功能分类或经济分类" : `按${DOMAIN_ZH[table.domain]}列示`, what)];
  }
  if (!hasColumn(table, "expTotal")) return [notAssessed(ctx, table, "未识别出本年支出合计列", what)];
  if (!hasColumn(t05, fund)) return [notAssessed(ctx, t05, `未识别出${ROLE_ZH[fund]}栏`, `与${tableLabel(table.id)}的逐科目对应关系（X-23）`)];
  return pairCodeRows(table, t05).flatMap((p) =>
    crossEqual(ctx, p.code.length === 7 ? "tie" : "sum", codeFigureOrZero(table, p.code, p.a, "expTotal", p.name), codeFigureOrZero(t05, p.code, p.b, fund, p.name), {
      roundingGroup: `X-23:${table.id}:rounding`,
    }),
  );
}

export default defineRule({
  id: "X-23",
  name: "x-23-fund-tables-vs-t05",
  title: {
    zh: "政府性基金、国有资本经营预算财政拨款收入支出决算表各类、款、项本年支出合计应等于财政拨款支出决算明细表同编码对应资金栏（派生，本项目扩展）",
    en: "T11/T13 expenditure per 类/款/项 equals T05's gfb/socb column of the same code (derived; project extension)",
  },
  severity: "error",
  // T11 and T13 are each compared when present.
  tables: ["T05"],
  check(ctx) {
    return [...fundVsT05(ctx, ctx.tables.T11, "gfb"), ...fundVsT05(ctx, ctx.tables.T13, "socb")];
  },
});
