import { codeFigureOrZero, codedTotalFigure, crossEqual, DOMAIN_ZH, hasColumn, isEmptyTable, notAssessed, pairCodeRows } from "./cross-helpers";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-10",
  name: "x-10-t05-gpb-vs-t06",
  title: { zh: "财政拨款支出决算明细表一般公共预算财政拨款栏应与一般公共预算财政拨款支出决算表逐科目一致", en: "T05 gpb column equals T06, code by code" },
  severity: "error",
  tables: ["T05", "T06"],
  check(ctx) {
    const t05 = ctx.tables.T05;
    const t06 = ctx.tables.T06;
    // A header-only T05 is X-09's finding (its 合计 against T04).
    if (isEmptyTable(t05)) return [];
    if (t05.domain !== "functional") {
      const why = t05.domain === "unknown" ? "的行未能识别为功能分类或经济分类" : `按${DOMAIN_ZH[t05.domain]}列示`;
      return [notAssessed(ctx, t05, why, "与公开06表逐科目的对应关系（X-10）")];
    }
    if (!hasColumn(t05, "gpb")) return [notAssessed(ctx, t05, "未识别出一般公共预算财政拨款栏", "与公开06表的对应关系（X-10）")];
    return [
      ...crossEqual(ctx, "sum", codedTotalFigure(t05, "gpb"), codedTotalFigure(t06, "total")),
      // A 项 row is a leaf: shown in both tables it is one rounding of one amount and must tie
      // exactly. 类 and 款 rows are totals of their children: interval bound.
      ...pairCodeRows(t05, t06).flatMap((p) =>
        crossEqual(ctx, p.code.length === 7 ? "tie" : "sum", codeFigureOrZero(t05, p.code, p.a, "gpb", p.name), codeFigureOrZero(t06, p.code, p.b, "total", p.name), { roundingGroup: "X-10:rounding" }),
      ),
    ];
  },
});
