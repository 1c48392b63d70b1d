import { T04_EXPENDITURE, T04_INCOME } from "../tables/labels";
import { ROLE_ZH } from "./describe";
import { expenditureFigure, incomeFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-12",
  name: "i-12-t04-grand-totals",
  title: { zh: "财政拨款收入支出决算总表收入总计、支出总计的构成及收支平衡（收支平衡精确相等）", en: "T04 grand totals: income and expenditure composition, and income total = expenditure total (exact)" },
  severity: "error",
  tables: ["T04"],
  check(ctx) {
    const t = ctx.tables.T04;
    const incomeTotal = incomeFigure(t, T04_INCOME.grandTotal);
    const spendTotal = expenditureFigure(t, T04_EXPENDITURE.grandTotal, "total");
    return [
      // (a)
      ...ctx.compare.sum(incomeTotal, [incomeFigure(t, T04_INCOME.currentTotal), incomeFigure(t, T04_INCOME.opening)], {
        subject: "收入总计应等于本年收入合计 + 年初财政拨款结转和结余",
      }),
      // (b), per column where the 总计 row fills the fund columns
      ...(["total", "gpb", "gfb", "socb"] as const).flatMap((role) =>
        ctx.compare.sum(
          expenditureFigure(t, T04_EXPENDITURE.grandTotal, role),
          [expenditureFigure(t, T04_EXPENDITURE.currentTotal, role), expenditureFigure(t, T04_EXPENDITURE.closing, role)],
          { subject: `支出总计“${ROLE_ZH[role]}”列应等于本年支出合计 + 年末财政拨款结转和结余` },
        ),
      ),
      // (c) the same balance printed twice: exact
      ...ctx.compare.balance(incomeTotal && { ...incomeTotal, label: "收入总计" }, spendTotal && { ...spendTotal, label: "支出总计" }, {
        subject: "收入总计与支出总计是同一平衡数，应完全相等",
      }),
    ];
  },
});
