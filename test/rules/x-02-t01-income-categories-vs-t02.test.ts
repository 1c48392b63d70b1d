import rule from "../../src/core/rules/x-02-t01-income-categories-vs-t02";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t01, t02 } from "./x-fixtures";

testRule(rule, {
  valid: [{ name: "一 + 二 + 三 = 财政拨款收入 3786.99; 事业收入 2.01 = 2.01; blanks tie with blanks", workbook: workbook([t01(), t02()]) }],
  invalid: [
    {
      name: "fund sum vs T02 fiscal off by 0.01: 尾差 (m = 3, bound 0.015)",
      workbook: workbook([t01(), t02({ 合计: { fiscal: "3787.00" } })]),
      findings: [
        {
          outcome: "rounding",
          boundary: false,
          cell: "公开01表!B5",
          cells: ["公开01表!B6", "公开02表!D5"],
          actual: 3786.99,
          expected: 3787,
          message: ["一般公共预算财政拨款收入 3,704.83 + 政府性基金预算财政拨款收入 82.16 = 3,786.99 与 公开02表 合计行 财政拨款收入 3,787.00"],
        },
      ],
    },
    {
      name: "fund sum off by 0.02: 不一致",
      workbook: workbook([t01(), t02({ 合计: { fiscal: "3787.01" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开01表!B5", difference: -0.02 }],
    },
    {
      name: "事业收入 2.01 vs T02 business 2.02: total on one side, 尾差 at the boundary",
      workbook: workbook([t01(), t02({ 合计: { business: "2.02" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开01表!B9", cells: ["公开02表!F5"], difference: -0.01 }],
    },
    {
      name: "上级补助收入 in T01 but blank in T02",
      workbook: workbook([t01({ "in:上级补助收入": "5.00" }), t02()]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开01表!B8", actual: 5, expected: 0, message: "上级补助收入" }],
    },
  ],
});
