import { rowIdentity } from "./shared";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-06",
  name: "i-06-t02-row-income-sources",
  title: { zh: "收入决算表每行本年收入合计应等于各收入来源之和", en: "T02 each row: total equals the sum of income sources" },
  severity: "error",
  tables: ["T02"],
  check(ctx) {
    return rowIdentity(ctx, ctx.tables.T02, "total", ["fiscal", "superior", "business", "operating", "affiliated", "other"], "本年收入合计应等于财政拨款收入、上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入之和");
  },
});
