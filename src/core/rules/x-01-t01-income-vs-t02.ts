import { T01_INCOME } from "../tables/labels";
import { codedTotalFigure, crossEqual } from "./cross-helpers";
import { incomeFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-01",
  name: "x-01-t01-income-vs-t02",
  title: { zh: "收入支出决算总表本年收入合计应等于收入决算表合计", en: "T01 current-year income total equals T02 total" },
  severity: "error",
  tables: ["T01", "T02"],
  check(ctx) {
    // Two totals: the interval bound applies (m = 2 → 0.01 at most).
    return crossEqual(ctx, "sum", incomeFigure(ctx.tables.T01, T01_INCOME.currentTotal), codedTotalFigure(ctx.tables.T02, "total"));
  },
});
