import { rowIdentity } from "./shared";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-08",
  name: "i-08-t03-row-expenditure-kinds",
  title: { zh: "支出决算表每行本年支出合计应等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和", en: "T03 each row: total = basic + project + to superior + operating + to affiliated" },
  severity: "error",
  tables: ["T03"],
  check(ctx) {
    return rowIdentity(ctx, ctx.tables.T03, "total", ["basic", "project", "toSuperior", "operatingExp", "toAffiliated"], "本年支出合计应等于基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出");
  },
});
