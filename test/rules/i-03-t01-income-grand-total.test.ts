import rule from "../../src/core/rules/i-03-t01-income-grand-total";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t01 = (total: string, useBalance = "") =>
  workbook([
    summaryTable("T01", {
      income: [
        ["本年收入合计", "3789.00"],
        ["使用非财政拨款结余", useBalance],
        ["年初结转和结余", "61.87"],
        ["总计", total],
      ],
      expenditure: [],
    }),
  ]);

testRule(rule, {
  valid: [
    { name: "3789.00 + 61.87 = 3850.87", workbook: t01("3850.87") },
    { name: "with 使用非财政拨款结余", workbook: t01("3851.87", "1.00") },
  ],
  invalid: [
    { name: "0.01 off (3 values, bound 0.015): 尾差", workbook: t01("3850.88"), findings: [{ outcome: "rounding", cell: "公开01表!B8", boundary: false }] },
    { name: "0.02 off: 不一致", workbook: t01("3850.89"), findings: [{ outcome: "inconsistent" }] },
  ],
});
