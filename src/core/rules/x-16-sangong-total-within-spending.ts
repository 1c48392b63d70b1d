import { T04_EXPENDITURE } from "../tables/labels";
import type { SanGongTable } from "../tables/model";
import { codedTotalFigure, crossAtMost } from "./cross-helpers";
import { expenditureFigure, sanGongFigure, type Figure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

/** The 三公 合计 决算数, or (without a 合计 cell) its items. */
function sanGongTotal(t: SanGongTable): Figure[] {
  const total = sanGongFigure(t, "sgTotal", "actual");
  if (total) return [total];
  const vehicle = sanGongFigure(t, "vehicle", "actual");
  const vehicleParts = vehicle ? [vehicle] : [sanGongFigure(t, "vehiclePurchase", "actual"), sanGongFigure(t, "vehicleOperation", "actual")];
  return [sanGongFigure(t, "abroad", "actual"), ...vehicleParts, sanGongFigure(t, "reception", "actual")].filter((f): f is Figure => f !== null);
}

export default defineRule({
  id: "X-16",
  name: "x-16-sangong-total-within-spending",
  title: { zh: "“三公”经费决算数合计不应大于相应口径的财政拨款支出合计", en: "三公 actual total ≤ the matching fiscal expenditure total (T10 vs T06/T04, T12 vs T11)" },
  severity: "error",
  tables: ["T10"],
  check(ctx) {
    const out: Finding[] = [];
    const t10 = ctx.tables.T10;
    // A T10 whose title lacks 一般公共预算 covers all 财政拨款 (tables.md §3 T10): compare with T04.
    const sup =
      ctx.workbook.sanGongScope === "allFiscal"
        ? ctx.tables.T04 && expenditureFigure(ctx.tables.T04, T04_EXPENDITURE.currentTotal, "total")
        : ctx.tables.T06 && codedTotalFigure(ctx.tables.T06, "total");
    // Totals on both sides: interval bound.
    if (sup) out.push(...crossAtMost(ctx, sanGongTotal(t10), sup));
    const t11 = ctx.tables.T11;
    const t12 = ctx.tables.T12;
    if (t11 && t12) {
      const t11Total = codedTotalFigure(t11, "expTotal");
      if (t11Total) out.push(...crossAtMost(ctx, sanGongTotal(t12), t11Total));
    }
    return out;
  },
});
