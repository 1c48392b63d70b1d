import { T04_INCOME } from "../tables/labels";
import { incomeFigure } from "./figures";
import { defineRule } from "./rule";

const FUNDS = ["gpb", "gfb", "socb"] as const;

export default defineRule({
  id: "I-09",
  name: "i-09-t04-income-total",
  title: { zh: "财政拨款收入支出决算总表本年收入合计、年初财政拨款结转和结余应等于其三项之和", en: "T04 current-year income and opening carry-over equal the sum of their three fund rows" },
  severity: "error",
  tables: ["T04"],
  check(ctx) {
    const t = ctx.tables.T04;
    return [
      ...ctx.compare.sum(
        incomeFigure(t, T04_INCOME.currentTotal),
        FUNDS.map((f) => incomeFigure(t, T04_INCOME[f])),
        { subject: "本年收入合计应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和" },
      ),
      ...ctx.compare.sum(
        incomeFigure(t, T04_INCOME.opening),
        FUNDS.map((f) => incomeFigure(t, T04_INCOME[f], { section: "opening" })),
        { subject: "年初财政拨款结转和结余应等于其下三项资金之和" },
      ),
    ];
  },
});
