import { fundTableTies } from "./cross-helpers";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-18",
  name: "x-18-t13-vs-t04-socb",
  title: { zh: "国有资本经营预算财政拨款收入支出决算表应与财政拨款收入支出决算总表国有资本经营预算财政拨款栏一致（合计及各类）", en: "T13 totals (opening, income, expenditure, closing) and class rows equal T04's socb column" },
  severity: "error",
  tables: ["T04", "T13"],
  check(ctx) {
    return fundTableTies(ctx, ctx.tables.T04, ctx.tables.T13, "socb", "X-18");
  },
});
