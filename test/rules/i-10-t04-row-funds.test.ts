import rule from "../../src/core/rules/i-10-t04-row-funds";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t04 = (classTotal: string) =>
  workbook([
    summaryTable("T04", {
      income: [],
      expenditure: [
        ["一般公共服务支出", { total: classTotal, gpb: "2000.00", gfb: "82.16", socb: "" }],
        ["本年支出合计", { total: "2082.16", gpb: "2000.00", gfb: "82.16", socb: "-" }],
      ],
    }),
  ]);

testRule(rule, {
  valid: [{ name: "total = gpb + gfb + socb on every row", workbook: t04("2082.16") }],
  invalid: [
    { name: "0.01 off (3 values): 尾差", workbook: t04("2082.17"), findings: [{ outcome: "rounding", cell: "公开04表!D5" }] },
    { name: "0.02 off: 不一致", workbook: t04("2082.18"), findings: [{ outcome: "inconsistent", cells: ["公开04表!E5", "公开04表!F5"], message: "支出“一般公共服务支出”行" }] },
  ],
});
