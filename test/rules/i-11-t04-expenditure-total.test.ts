import rule from "../../src/core/rules/i-11-t04-expenditure-total";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t04 = (gpbTotal: string) =>
  workbook([
    summaryTable("T04", {
      income: [],
      expenditure: [
        ["一般公共服务支出", { total: "2000.00", gpb: "2000.00", gfb: "", socb: "" }],
        ["社会保障和就业支出", { total: "1000.00", gpb: "1000.00", gfb: "", socb: "" }],
        ["住房保障支出", { total: "82.16", gpb: "", gfb: "82.16", socb: "" }],
        ["本年支出合计", { total: "3082.16", gpb: gpbTotal, gfb: "82.16", socb: "" }],
      ],
    }),
  ]);

testRule(rule, {
  valid: [{ name: "each column sums over the class rows", workbook: t04("3000.00") }],
  invalid: [
    { name: "gpb 0.01 off (3 values): 尾差", workbook: t04("3000.01"), findings: [{ outcome: "rounding", cell: "公开04表!E8", message: "“一般公共预算财政拨款”列" }] },
    { name: "gpb 0.02 off: 不一致", workbook: t04("3000.02"), findings: [{ outcome: "inconsistent", cell: "公开04表!E8", cells: ["公开04表!E5", "公开04表!E6"] }] },
  ],
});
