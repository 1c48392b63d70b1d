import { T01_EXPENDITURE, T01_INCOME } from "../tables/labels";
import { expenditureFigure, incomeFigure } from "./figures";
import { defineRule } from "./rule";

/** The same balance printed twice: exact, no 尾差 class (rules.md §5.2). */
export default defineRule({
  id: "I-05",
  name: "i-05-t01-balance",
  title: { zh: "收入支出决算总表收入总计应等于支出总计（精确相等）", en: "T01 income grand total equals expenditure grand total (exact)" },
  severity: "error",
  tables: ["T01"],
  check(ctx) {
    const t = ctx.tables.T01;
    const income = incomeFigure(t, T01_INCOME.grandTotal);
    const spending = expenditureFigure(t, T01_EXPENDITURE.grandTotal);
    return ctx.compare.balance(
      income && { ...income, label: "收入总计" },
      spending && { ...spending, label: "支出总计" },
      { subject: "收入总计与支出总计是同一平衡数，应完全相等" },
    );
  },
});
