import { formatWan } from "../amounts";
import { codeFigureOrZero, crossAtMost, hasColumn, isEmptyTable, pairCodeRows } from "./cross-helpers";
import { codeRowFigure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

const LEVEL_ZH: Readonly<Record<number, string>> = { 5: "款", 7: "项" };

/**
 * Fiscal ⊂ total per function code: what T05 shows as 财政拨款 spending on a 款 or 项 cannot exceed
 * what T03 shows as all spending on it [D; project extension — rules.md X-07 stops at classes].
 * 类 rows are left to X-07 (T04 class ≤ T03 class), since T05's classes equal T04's.
 * A 项 row is a leaf on both sides, and rounding to nearest keeps order: exact (rules.md §5.3).
 * A 款 row is a total of its 项: interval bound. A T05 code with spending that T03 lacks reads 0
 * there and is reported; a T03 code T05 lacks is fine (0 ≤ anything).
 */
export default defineRule({
  id: "X-22",
  name: "x-22-t05-within-t03",
  title: {
    zh: "财政拨款支出不应大于全部支出：公开05表各款、项合计不大于公开03表同编码合计（派生，本项目扩展）",
    en: "Fiscal ≤ total per 款/项: T05 total ≤ T03 total of the same code (derived; project extension)",
  },
  severity: "error",
  tables: ["T03", "T05"],
  check(ctx) {
    const t03 = ctx.tables.T03;
    const t05 = ctx.tables.T05;
    // A header-only table is X-03's or X-09's finding; a T05 not by 功能分类 is noted by.
    if (isEmptyTable(t03) || isEmptyTable(t05) || t05.domain !== "functional" || t03.domain === "economic") return [];
    if (!hasColumn(t05, "total") || !hasColumn(t03, "total")) return [];
    const out: Finding[] = [];
    for (const p of pairCodeRows(t05, t03, (code) => code.length === 5 || code.length === 7)) {
      if (!p.a) continue;
      const sub = codeRowFigure(t05, p.a, "total");
      const sup = codeFigureOrZero(t03, p.code, p.b, "total", p.name);
      if (!sub || !sup) continue;
      const hint = `按此推算非财政拨款支出 = ${formatWan(sup.amount.micros)} − ${formatWan(sub.amount.micros)} = ${formatWan(sup.amount.micros - sub.amount.micros)}，不应为负`;
      out.push(...crossAtMost(ctx, sub, sup, { leaf: p.code.length === 7, subject: `${p.code} ${LEVEL_ZH[p.code.length]}`, hint, roundingGroup: "X-22:rounding" }));
    }
    return out;
  },
});
