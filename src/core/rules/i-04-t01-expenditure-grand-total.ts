import { T01_EXPENDITURE } from "../tables/labels";
import { expenditureFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-04",
  name: "i-04-t01-expenditure-grand-total",
  title: { zh: "支出总计应等于本年支出合计、结余分配与年末结转和结余之和", en: "T01 expenditure grand total = current-year expenditure + surplus allocation + closing carry-over" },
  severity: "error",
  tables: ["T01"],
  check(ctx) {
    const t = ctx.tables.T01;
    return ctx.compare.sum(
      expenditureFigure(t, T01_EXPENDITURE.grandTotal),
      [expenditureFigure(t, T01_EXPENDITURE.currentTotal), expenditureFigure(t, T01_EXPENDITURE.surplusAllocation), expenditureFigure(t, T01_EXPENDITURE.closing)],
      { subject: "支出总计应等于本年支出合计 + 结余分配 + 年末结转和结余" },
    );
  },
});
