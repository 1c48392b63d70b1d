import rule from "../../src/core/rules/x-06-t01-fund-income-vs-t04";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t01, t04 } from "./x-fixtures";

testRule(rule, {
  valid: [{ name: "each fund's income ties", workbook: workbook([t01(), t04()]) }],
  invalid: [
    {
      name: "一般公共预算 income is one leaf printed twice: a 0.01 gap is an error",
      workbook: workbook([t01(), t04({ "in:一般公共预算财政拨款": "3704.84" })]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          cell: "公开01表!B5",
          cells: ["公开04表!B5"],
          actual: 3704.83,
          expected: 3704.84,
          difference: -0.01,
          message: ["同一末级数据在两处列示", "公开01表 一般公共预算财政拨款收入 3,704.83 与 公开04表 一般公共预算财政拨款 3,704.84 不一致"],
        },
      ],
    },
    {
      name: "政府性基金 income (a T11 合计) off by 0.01: 尾差",
      workbook: workbook([t01(), t04({ "in:政府性基金预算财政拨款": "82.17" })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开01表!B6", cells: ["公开04表!B6"] }],
    },
    {
      name: "国有资本经营 income only in T04",
      workbook: workbook([t01(), t04({ "in:国有资本经营预算财政拨款": "10.00" })]),
      findings: [{ outcome: "inconsistent", cell: "公开01表!B7", cells: ["公开04表!B7"], actual: 0, expected: 10 }],
    },
  ],
});
