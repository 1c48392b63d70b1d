import { T01_INCOME, T01_INCOME_CATEGORIES } from "../tables/labels";
import { incomeFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-01",
  name: "i-01-t01-income-total",
  title: { zh: "收入支出决算总表本年收入合计应等于各项收入之和", en: "T01 current-year income total equals the sum of income rows" },
  severity: "error",
  tables: ["T01"],
  check(ctx) {
    const t = ctx.tables.T01;
    return ctx.compare.sum(
      incomeFigure(t, T01_INCOME.currentTotal),
      T01_INCOME_CATEGORIES.map((k) => incomeFigure(t, T01_INCOME[k])),
      { subject: "本年收入合计应等于一般公共预算财政拨款收入至其他收入各行之和" },
    );
  },
});
