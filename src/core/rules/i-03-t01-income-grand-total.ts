import { T01_INCOME } from "../tables/labels";
import { incomeFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-03",
  name: "i-03-t01-income-grand-total",
  title: { zh: "收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和", en: "T01 income grand total = current-year income + use of non-fiscal balance + opening carry-over" },
  severity: "error",
  tables: ["T01"],
  check(ctx) {
    const t = ctx.tables.T01;
    return ctx.compare.sum(
      incomeFigure(t, T01_INCOME.grandTotal),
      [incomeFigure(t, T01_INCOME.currentTotal), incomeFigure(t, T01_INCOME.useNonFiscalBalance), incomeFigure(t, T01_INCOME.opening)],
      { subject: "收入总计应等于本年收入合计 + 使用非财政拨款结余 + 年初结转和结余" },
    );
  },
});
