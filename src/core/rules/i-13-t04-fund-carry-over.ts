import { T04_EXPENDITURE, T04_INCOME } from "../tables/labels";
import { ROLE_ZH } from "./describe";
import { expenditureFigure, incomeFigure, negate } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-13",
  name: "i-13-t04-fund-carry-over",
  title: { zh: "财政拨款分资金口径：年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余", en: "T04 per fund: opening + income = expenditure + closing" },
  severity: "error",
  tables: ["T04"],
  check(ctx) {
    const t = ctx.tables.T04;
    return (["gpb", "gfb", "socb"] as const).flatMap((f) => {
      const spend = expenditureFigure(t, T04_EXPENDITURE.currentTotal, f);
      const closing = expenditureFigure(t, T04_EXPENDITURE.closing, f);
      return ctx.compare.sums(
        [incomeFigure(t, T04_INCOME[f], { section: "opening" }), incomeFigure(t, T04_INCOME[f]), spend && negate(spend)],
        [closing],
        { subject: `${ROLE_ZH[f]}：年初结转和结余 + 本年收入 − 本年支出应等于年末结转和结余` },
      );
    });
  },
});
