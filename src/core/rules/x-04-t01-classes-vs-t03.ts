import { classFigureOrZero, codedClassFigureOrZero, crossEqual, isEmptyTable, pairClassRows } from "./cross-helpers";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-04",
  name: "x-04-t01-classes-vs-t03",
  title: { zh: "收入支出决算总表各类支出应等于支出决算表同编码类级科目合计", en: "Each T01 expenditure class row equals the T03 class row of the same code (total)" },
  severity: "error",
  tables: ["T01", "T03"],
  check(ctx) {
    const t01 = ctx.tables.T01;
    const t03 = ctx.tables.T03;
    // A T03 published with headers only is X-03's finding (its 合计 against T01's); class by
    // class would repeat it once per class.
    if (isEmptyTable(t03)) return [];
    // 类 rows are totals of their 款/项: interval bound. A class only one table lists reads 0 in the other.
    return pairClassRows(t01, t03).flatMap((p) =>
      crossEqual(ctx, "sum", classFigureOrZero(t01, p, "amount"), codedClassFigureOrZero(t03, p, "total"), {
        subject: `${p.code} 类`,
        roundingGroup: "X-04:rounding",
      }),
    );
  },
});
