import { T04_EXPENDITURE } from "../tables/labels";
import { classFigureOrZero, codedClassFigureOrZero, codedTotalFigure, crossEqual, isEmptyTable, pairClassRows } from "./cross-helpers";
import { expenditureFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-08",
  name: "x-08-t04-gpb-vs-t06",
  title: { zh: "财政拨款收入支出决算总表一般公共预算财政拨款支出（合计及各类）应等于一般公共预算财政拨款支出决算表", en: "T04 gpb expenditure (total and per class) equals T06 total" },
  severity: "error",
  tables: ["T04", "T06"],
  check(ctx) {
    const t04 = ctx.tables.T04;
    const t06 = ctx.tables.T06;
    return [
      ...crossEqual(ctx, "sum", expenditureFigure(t04, T04_EXPENDITURE.currentTotal, "gpb"), codedTotalFigure(t06, "total")),
      // A header-only T06 shows in the 合计 tie; class by class would repeat it.
      ...(isEmptyTable(t06) ? [] : pairClassRows(t04, t06)).flatMap((p) =>
        crossEqual(ctx, "sum", classFigureOrZero(t04, p, "gpb"), codedClassFigureOrZero(t06, p, "total"), {
          subject: `${p.code} 类`,
          roundingGroup: "X-08:classes:rounding",
        }),
      ),
    ];
  },
});
