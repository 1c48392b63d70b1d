import rule from "../../src/core/rules/i-01-t01-income-total";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

/** T01 with the example's income panel; 本年收入合计 is row 13 (B13). */
const t01 = (currentTotal: string, other = "2.01") =>
  workbook([
    summaryTable("T01", {
      income: [
        ["一般公共预算财政拨款收入", "3704.83"],
        ["政府性基金预算财政拨款收入", "82.16"],
        ["国有资本经营预算财政拨款收入", ""],
        ["上级补助收入", "-"],
        ["事业收入", "0.00"],
        ["经营收入", ""],
        ["附属单位上缴收入", ""],
        ["其他收入", other],
        ["本年收入合计", currentTotal],
      ],
      expenditure: [],
    }),
  ]);

testRule(rule, {
  valid: [
    { name: "example: 3704.83 + 82.16 + 2.01 = 3789.00 (zero rows excluded)", workbook: t01("3789.00") },
    { name: "其他收入 blank", workbook: t01("3786.99", "") },
  ],
  invalid: [
    { name: "0.01 off: 尾差", workbook: t01("3789.01"), findings: [{ outcome: "rounding", severity: "info", cell: "公开01表!B13", boundary: false }] },
    { name: "0.02 off with 4 values: 尾差 at the boundary", workbook: t01("3789.02"), findings: [{ outcome: "rounding", boundary: true, message: "边界" }] },
    {
      name: "0.03 off: 不一致 (§6.4)",
      workbook: t01("3789.03"),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开01表!B13", cells: ["公开01表!B5", "公开01表!B6", "公开01表!B12"], expected: 3789, actual: 3789.03, difference: 0.03, message: ["本年收入合计 3,789.03", "一般公共预算财政拨款收入 3,704.83 + 政府性基金预算财政拨款收入 82.16 + 其他收入 2.01 = 3,789.00", "容差 0.020"] }],
    },
    { name: "exact policy: 0.01 is 不一致", workbook: t01("3789.01"), tolerance: { kind: "exact" }, findings: [{ outcome: "inconsistent" }] },
  ],
});
