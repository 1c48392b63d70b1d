import { fundTableTies } from "./cross-helpers";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-17",
  name: "x-17-t11-vs-t04-gfb",
  title: { zh: "政府性基金预算财政拨款收入支出决算表应与财政拨款收入支出决算总表政府性基金预算财政拨款栏一致（合计及各类）", en: "T11 totals (opening, income, expenditure, closing) and class rows equal T04's gfb column" },
  severity: "error",
  tables: ["T04", "T11"],
  check(ctx) {
    return fundTableTies(ctx, ctx.tables.T04, ctx.tables.T11, "gfb", "X-17");
  },
});
