import rule from "../../src/core/rules/x-19-t14-vs-t13";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { emptyT13, emptyT14, t13, t14 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "T14 repeats T13's 本年支出 block row by row", workbook: workbook([t13(), t14()]) },
    { name: "both empty", workbook: workbook([emptyT13(), emptyT14()]) },
  ],
  invalid: [
    {
      name: "a 项 (leaf) off by 0.01: error in 合计 and 项目支出",
      workbook: workbook([t13(), t14({ 2230101: { total: "5.01", project: "5.01" } })]),
      findings: [
        { outcome: "inconsistent", severity: "error", cell: "公开14表!C8", cells: ["公开13表!E8"], difference: 0.01, message: "同一末级数据在两处列示" },
        { outcome: "inconsistent", severity: "error", cell: "公开14表!E8", cells: ["公开13表!G8"] },
      ],
    },
    {
      name: "合计 off by 0.01: 尾差 boundary",
      workbook: workbook([t13(), t14({ 合计: { total: "5.01" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开14表!C5", cells: ["公开13表!E5"], table: "T14" }],
    },
    {
      name: "T14 empty while T13 has spending: the 合计 gaps only",
      workbook: workbook([t13(), emptyT14()]),
      findings: [
        { outcome: "inconsistent", cell: "公开14表!C5", cells: ["公开13表!E5"], actual: 0, expected: 5 },
        { outcome: "inconsistent", cell: "公开14表!E5", cells: ["公开13表!G5"] },
      ],
    },
  ],
});
