import rule from "../../src/core/rules/x-03-t01-expenditure-vs-t03";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t01, t03 } from "./x-fixtures";

testRule(rule, {
  valid: [{ name: "3831.87 = 3831.87", workbook: workbook([t01(), t03()]) }],
  invalid: [
    {
      name: "0.01: 尾差 boundary",
      workbook: workbook([t01({ "ex:本年支出合计": "3831.86" }), t03()]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开01表!D9", cells: ["公开03表!C5"], actual: 3831.86, expected: 3831.87, difference: -0.01 }],
    },
    {
      name: "0.02: error",
      workbook: workbook([t01(), t03({ 合计: { total: "3831.89" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开01表!D9", cells: ["公开03表!C5"], difference: -0.02, message: ["公开01表 本年支出合计 3,831.87 与 公开03表 合计行 合计 3,831.89 不一致"] }],
    },
    {
      name: "T03 published with headers only while T01 shows spending",
      workbook: workbook([t01(), codeTable("T03", [], { domain: "unknown" })]),
      findings: [{ outcome: "inconsistent", cell: "公开01表!D9", cells: ["公开03表!A1"], actual: 3831.87, expected: 0, message: "合计行 合计（本表无数据，按0计） 0.00" }],
    },
  ],
});
