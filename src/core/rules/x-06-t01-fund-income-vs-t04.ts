import { T01_INCOME, T04_INCOME } from "../tables/labels";
import { crossEqual } from "./cross-helpers";
import { incomeFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-06",
  name: "x-06-t01-fund-income-vs-t04",
  title: { zh: "收入支出决算总表三项财政拨款收入应分别等于财政拨款收入支出决算总表对应收入", en: "T01 fiscal income per fund equals T04 income per fund" },
  severity: "error",
  tables: ["T01", "T04"],
  check(ctx) {
    const t01 = ctx.tables.T01;
    const t04 = ctx.tables.T04;
    return (["gpb", "gfb", "socb"] as const).flatMap((f) =>
      // 一般公共预算 income is broken down by no table: one leaf printed twice, so it must tie
      // exactly. 政府性基金 and 国有资本经营 income are the 合计 of T11/T13's income column,
      // i.e. totals that may be summed from rounded rows: interval bound.
      crossEqual(ctx, f === "gpb" ? "tie" : "sum", incomeFigure(t01, T01_INCOME[f]), incomeFigure(t04, T04_INCOME[f])),
    );
  },
});
