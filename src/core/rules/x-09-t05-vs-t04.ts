import { T04_EXPENDITURE } from "../tables/labels";
import type { AmountRole } from "../tables/model";
import { classFigureOrZero, codedClassFigureOrZero, codedTotalFigure, crossEqual, DOMAIN_ZH, hasColumn, isEmptyTable, notAssessed, pairClassRows } from "./cross-helpers";
import { expenditureFigure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

const ROLES: readonly AmountRole[] = ["total", "gpb", "gfb", "socb"];

export default defineRule({
  id: "X-09",
  name: "x-09-t05-vs-t04",
  title: { zh: "财政拨款支出决算明细表合计（及各资金栏、各类）应等于财政拨款收入支出决算总表本年支出", en: "T05 total (per fund column and, if functional, per class) equals T04 expenditure" },
  severity: "error",
  tables: ["T04", "T05"],
  check(ctx) {
    const t04 = ctx.tables.T04;
    const t05 = ctx.tables.T05;
    // T05's layout is unverified (tables.md §3): only the layouts the reader understands are checked.
    const roles = ROLES.filter((r) => hasColumn(t05, r));
    // Published with headers only: its 合计 reads 0 against T04.
    if (isEmptyTable(t05)) return roles.flatMap((r) => crossEqual(ctx, "sum", codedTotalFigure(t05, r), expenditureFigure(t04, T04_EXPENDITURE.currentTotal, r)));
    if (t05.domain === "unknown") return [notAssessed(ctx, t05, "的行未能识别为功能分类或经济分类", "与公开04表的对应关系（X-09）")];
    if (roles.length === 0) return [notAssessed(ctx, t05, "未识别出合计或分资金列", "与公开04表的对应关系（X-09）")];
    const out: Finding[] = [];
    if (!t05.total) out.push(notAssessed(ctx, t05, "没有合计行", "合计与公开04表本年支出合计的对应关系（X-09）"));
    else for (const r of roles) out.push(...crossEqual(ctx, "sum", codedTotalFigure(t05, r), expenditureFigure(t04, T04_EXPENDITURE.currentTotal, r)));
    if (t05.domain === "functional") {
      for (const p of pairClassRows(t04, t05)) {
        for (const r of roles) {
          out.push(...crossEqual(ctx, "sum", codedClassFigureOrZero(t05, p, r), classFigureOrZero(t04, p, r), { subject: `${p.code} 类`, roundingGroup: "X-09:classes:rounding" }));
        }
      }
    } else {
      out.push(notAssessed(ctx, t05, `按${DOMAIN_ZH[t05.domain]}列示`, "各类支出与公开04表的对应关系（X-09 按类部分）"));
    }
    return out;
  },
});
