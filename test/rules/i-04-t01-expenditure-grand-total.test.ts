import rule from "../../src/core/rules/i-04-t01-expenditure-grand-total";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t01 = (total: string, allocation = "") =>
  workbook([
    summaryTable("T01", {
      income: [],
      expenditure: [
        ["本年支出合计", "3831.87"],
        ["结余分配", allocation],
        ["年末结转和结余", "19.00"],
        ["总计", total],
      ],
    }),
  ]);

testRule(rule, {
  valid: [
    { name: "3831.87 + 19.00 = 3850.87", workbook: t01("3850.87") },
    { name: "with 结余分配", workbook: t01("3852.87", "2.00") },
  ],
  invalid: [
    { name: "0.01 off: 尾差", workbook: t01("3850.86"), findings: [{ outcome: "rounding", cell: "公开01表!D8" }] },
    { name: "0.02 off: 不一致", workbook: t01("3850.85"), findings: [{ outcome: "inconsistent", difference: -0.02 }] },
    { name: "4 values, 0.02 is the boundary", workbook: t01("3852.89", "2.00"), findings: [{ outcome: "rounding", boundary: true }] },
  ],
});
