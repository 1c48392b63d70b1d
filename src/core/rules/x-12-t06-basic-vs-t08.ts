import type { BasicExpenditureTable, CodeRow } from "../tables/model";
import { codeRowLabel } from "./describe";
import { codedTotalFigure } from "./cross-helpers";
import { t08BasicTotalFigure, t08PanelTotalFigure, type Figure, type T08Panel } from "./figures";
import { defineRule } from "./rule";

/** A panel's 合计 footer, or (when the footer is missing) its class rows, else its 款 rows. */
function panelFigures(t08: BasicExpenditureTable, panel: T08Panel): Figure[] {
  const total = t08PanelTotalFigure(t08, panel);
  if (total) return [total];
  const rows = t08[panel].rows.filter((r) => r.code !== null);
  const classes = rows.filter((r) => r.code?.length === 3);
  return (classes.length > 0 ? classes : rows).flatMap((r: CodeRow) => {
    const a = r.values.amount;
    return a ? [{ amount: a, table: t08.id, label: codeRowLabel(r), ref: a.ref ?? r.ref }] : [];
  });
}

export default defineRule({
  id: "X-12",
  name: "x-12-t06-basic-vs-t08",
  title: { zh: "一般公共预算财政拨款支出决算表合计行基本支出应等于基本支出决算表人员经费合计与公用经费合计之和", en: "T06 total basic = T08 personnel total + public-funds total" },
  severity: "error",
  tables: ["T06", "T08"],
  check(ctx) {
    const t08 = ctx.tables.T08;
    const personnel = panelFigures(t08, "personnel");
    const publicFunds = panelFigures(t08, "publicFunds");
    // Without both panel footers, a 基本支出合计 row stands for the whole.
    const basicTotal = t08BasicTotalFigure(t08);
    const parts = (!t08.personnel.total || !t08.publicFunds.total) && basicTotal ? [basicTotal] : [...personnel, ...publicFunds];
    if (parts.length === 0) return [];
    return ctx.compare.sum(codedTotalFigure(ctx.tables.T06, "basic"), parts);
  },
});
