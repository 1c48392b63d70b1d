import { labelRowFigure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";
import { hasRole, rowIdentity } from "./shared";

const FUNDS = ["gpb", "gfb", "socb"] as const;

/**
 * rules.md lists I-10 for T04's 支出 panel. T05 (财政拨款支出决算明细表) prints the same four
 * columns per 功能分类 row — 合计 and the three 财政拨款 funds — so the same identity holds on each
 * of its rows [D: derived; project extension]. It is checked on T05 only when at least two fund
 * columns are printed: a lone fund column beside 合计 is not a split of it.
 */
export default defineRule({
  id: "I-10",
  name: "i-10-t04-row-funds",
  title: {
    zh: "财政拨款支出每行合计应等于三类财政拨款之和（公开04表支出各行；公开05表有分资金列时各行，派生）",
    en: "Fiscal expenditure rows: total = gpb + gfb + socb (T04 expenditure panel; T05 rows when it has fund columns, derived)",
  },
  severity: "error",
  // Runs on whichever of T04 and T05 is present.
  tables: [],
  check(ctx) {
    const out: Finding[] = [];
    const t = ctx.tables.T04;
    if (t) {
      for (const row of t.expenditure) {
        out.push(
          ...ctx.compare.sum(
            labelRowFigure(t, row, "total"),
            FUNDS.map((f) => labelRowFigure(t, row, f)),
            { subject: `支出“${row.label}”行：合计应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和` },
          ),
        );
      }
    }
    const t05 = ctx.tables.T05;
    if (t05 && FUNDS.filter((f) => hasRole(t05, f)).length >= 2) {
      out.push(...rowIdentity(ctx, t05, "total", FUNDS, "合计应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和"));
    }
    return out;
  },
});
