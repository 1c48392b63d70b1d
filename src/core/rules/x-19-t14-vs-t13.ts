import type { AmountRole } from "../tables/model";
import { absentFigure, codeFigureOrZero, crossEqual, hasColumn, isEmptyTable, pairCodeRows } from "./cross-helpers";
import { ROLE_ZH } from "./describe";
import { codeRowFigure, type Figure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

/** T14 column → the T13 本年支出 column it repeats. */
const COLUMNS: readonly (readonly [AmountRole, AmountRole])[] = [
  ["total", "expTotal"],
  ["basic", "basic"],
  ["project", "project"],
];

export default defineRule({
  id: "X-19",
  name: "x-19-t14-vs-t13",
  title: { zh: "国有资本经营预算财政拨款支出决算表应与国有资本经营预算财政拨款收入支出决算表本年支出栏逐行一致", en: "T14 rows (total, basic, project) equal T13's 本年支出 block, row by row" },
  severity: "error",
  tables: ["T13", "T14"],
  check(ctx) {
    const t13 = ctx.tables.T13;
    const t14 = ctx.tables.T14;
    const empty14 = isEmptyTable(t14);
    const empty13 = isEmptyTable(t13);
    const cols = COLUMNS.filter(([a, b]) => (empty14 || hasColumn(t14, a)) && (empty13 || hasColumn(t13, b)));
    const totalOf = (t: typeof t13, role: AmountRole): Figure | null =>
      t.total ? codeRowFigure(t, t.total, role) : isEmptyTable(t) ? absentFigure(t.id, `合计行 ${ROLE_ZH[role]}`, t.titleRef, "本表无数据") : null;
    const out: Finding[] = [];
    for (const [a, b] of cols) out.push(...crossEqual(ctx, "sum", totalOf(t14, a), totalOf(t13, b)));
    // When one table is empty its 合计 already shows the gap; row by row would repeat it.
    if (empty13 || empty14) return out;
    for (const p of pairCodeRows(t14, t13)) {
      for (const [a, b] of cols) {
        // A 项 row is a leaf shown twice: exact. 类 and 款 rows are totals: interval bound.
        out.push(...crossEqual(ctx, p.code.length === 7 ? "tie" : "sum", codeFigureOrZero(t14, p.code, p.a, a, p.name), codeFigureOrZero(t13, p.code, p.b, b, p.name), { roundingGroup: "X-19:rounding" }));
      }
    }
    return out;
  },
});
