import { T04_INCOME } from "../tables/labels";
import { codedTotalFigure, crossEqual } from "./cross-helpers";
import { incomeFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-05",
  name: "x-05-t02-fiscal-vs-t04",
  title: { zh: "收入决算表合计行财政拨款收入应等于财政拨款收入支出决算总表本年收入合计", en: "T02 total fiscal income equals T04 current-year income total" },
  severity: "error",
  tables: ["T02", "T04"],
  check(ctx) {
    return crossEqual(ctx, "sum", codedTotalFigure(ctx.tables.T02, "fiscal"), incomeFigure(ctx.tables.T04, T04_INCOME.currentTotal));
  },
});
