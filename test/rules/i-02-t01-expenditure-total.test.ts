import rule from "../../src/core/rules/i-02-t01-expenditure-total";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t01 = (currentTotal: string) =>
  workbook([
    summaryTable("T01", {
      income: [],
      expenditure: [
        ["一般公共服务支出", "2500.00"],
        ["科学技术支出", "300.00"],
        ["社会保障和就业支出", "1031.87"],
        ["住房保障支出", ""],
        ["本年支出合计", currentTotal],
        ["结余分配", ""],
      ],
    }),
  ]);

testRule(rule, {
  valid: [{ name: "classes sum to the total", workbook: t01("3831.87") }],
  invalid: [
    { name: "0.02 off with 3 classes (bound 0.02): boundary 尾差", workbook: t01("3831.89"), findings: [{ outcome: "rounding", boundary: true, cell: "公开01表!D9" }] },
    { name: "0.03 off: 不一致", workbook: t01("3831.84"), findings: [{ outcome: "inconsistent", difference: -0.03, cells: ["公开01表!D5", "公开01表!D6", "公开01表!D7"] }] },
    { name: "100 off", workbook: t01("3931.87"), findings: [{ outcome: "inconsistent", difference: 100 }] },
  ],
});
