import type { AmountRole } from "../tables/model";
import { absentFigure, codedTotalFigure, codeFigureOrZero, crossEqual, DOMAIN_ZH, hasColumn, isEmptyTable, notAssessed, pairCodeRows } from "./cross-helpers";
import { totalRowFigure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

/** T09's layout is unverified: its one amount column may be headed 项目支出, 合计, 金额 or 决算数. */
const T09_ROLES: readonly AmountRole[] = ["project", "total", "amount", "actual"];

/**
 * rules.md X-13 ties the 合计 rows. T09 lists the 一般公共预算 项目支出 by 功能分类, which is
 * T06's `project` column code by code, so a functional T09 is also compared per code [D; project
 * extension]: 类 and 款 rows are totals (interval bound), 项 rows are leaves shown twice (exact,
 * rules.md §5.2). A T06 code with 项目支出 that T09 lacks, or a T09 code T06 has no 项目支出 for,
 * reads 0 on the missing side and is reported.
 */
export default defineRule({
  id: "X-13",
  name: "x-13-t06-project-vs-t09",
  title: {
    zh: "一般公共预算财政拨款支出决算表项目支出应等于项目支出决算表：合计，及按功能分类逐类、款、项（逐科目部分为派生）",
    en: "T06 project expenditure equals T09: the 合计 row, and per 类/款/项 code when T09 is functional (per code derived)",
  },
  severity: "error",
  tables: ["T06", "T09"],
  check(ctx) {
    const t06 = ctx.tables.T06;
    const t09 = ctx.tables.T09;
    const empty = isEmptyTable(t09);
    if (!empty && t09.domain === "unknown") return [notAssessed(ctx, t09, "的行未能识别为功能分类或经济分类", "合计与公开06表项目支出的对应关系（X-13）")];
    const role = T09_ROLES.find((r) => hasColumn(t09, r));
    if (!role && !empty) return [notAssessed(ctx, t09, "未识别出金额列", "合计与公开06表项目支出的对应关系（X-13）")];
    if (!t09.total && !empty) return [notAssessed(ctx, t09, "没有合计行", "合计与公开06表项目支出的对应关系（X-13）")];
    const b = t09.total && role ? totalRowFigure(t09, role) : absentFigure("T09", "合计行", t09.titleRef, "本表无数据");
    const out: Finding[] = [...crossEqual(ctx, "sum", codedTotalFigure(t06, "project"), b)];
    // A header-only T09 is the 合计 comparison's finding; code by code would repeat it per code.
    if (empty || !role || isEmptyTable(t06)) return out;
    if (t09.domain !== "functional") {
      out.push(notAssessed(ctx, t09, `按${DOMAIN_ZH[t09.domain]}列示`, "各科目与公开06表项目支出的对应关系（X-13 逐科目部分）"));
      return out;
    }
    for (const p of pairCodeRows(t06, t09)) {
      const a = codeFigureOrZero(t06, p.code, p.a, "project", p.name);
      const c = codeFigureOrZero(t09, p.code, p.b, role, p.name);
      out.push(...crossEqual(ctx, p.code.length === 7 ? "tie" : "sum", a, c, { roundingGroup: "X-13:codes:rounding" }));
    }
    return out;
  },
});
