import rule from "../../src/core/rules/x-05-t02-fiscal-vs-t04";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t02, t04 } from "./x-fixtures";

testRule(rule, {
  valid: [{ name: "3786.99 = 3786.99", workbook: workbook([t02(), t04()]) }],
  invalid: [
    {
      name: "0.01: 尾差 boundary",
      workbook: workbook([t02({ 合计: { fiscal: "3786.98" } }), t04()]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开02表!D5", cells: ["公开04表!B8"], difference: -0.01, table: "T02" }],
    },
    {
      name: "0.02: error",
      workbook: workbook([t02(), t04({ "in:本年收入合计": "3787.01" })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开02表!D5", cells: ["公开04表!B8"], actual: 3786.99, expected: 3787.01 }],
    },
  ],
});
