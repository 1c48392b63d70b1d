import { T01_EXPENDITURE } from "../tables/labels";
import { codedTotalFigure, crossEqual } from "./cross-helpers";
import { expenditureFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-03",
  name: "x-03-t01-expenditure-vs-t03",
  title: { zh: "收入支出决算总表本年支出合计应等于支出决算表合计", en: "T01 current-year expenditure total equals T03 total" },
  severity: "error",
  tables: ["T01", "T03"],
  check(ctx) {
    return crossEqual(ctx, "sum", expenditureFigure(ctx.tables.T01, T01_EXPENDITURE.currentTotal), codedTotalFigure(ctx.tables.T03, "total"));
  },
});
