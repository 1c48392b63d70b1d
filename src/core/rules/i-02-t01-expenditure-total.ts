import { T01_EXPENDITURE } from "../tables/labels";
import { classRows } from "../tables/lookup";
import { expenditureFigure, labelRowFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-02",
  name: "i-02-t01-expenditure-total",
  title: { zh: "收入支出决算总表本年支出合计应等于各功能分类支出之和", en: "T01 current-year expenditure total equals the sum of class rows" },
  severity: "error",
  tables: ["T01"],
  check(ctx) {
    const t = ctx.tables.T01;
    return ctx.compare.sum(
      expenditureFigure(t, T01_EXPENDITURE.currentTotal),
      classRows(t).map((r) => labelRowFigure(t, r)),
      { subject: "本年支出合计应等于各功能分类（类）支出之和" },
    );
  },
});
