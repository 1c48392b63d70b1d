import rule from "../../src/core/rules/x-13-t06-project-vs-t09";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t06, t09 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "T06 project 560.19 = T09 合计 560.19", workbook: workbook([t06(), t09()]) },
    { name: "T09 with a 合计 column", workbook: workbook([t06(), codeTable("T09", [["合计", { total: "560.19" }], ["201", { total: "560.19" }]])]) },
    { name: "both without project spending, T09 empty", workbook: workbook([t06({ 合计: { project: "" } }), codeTable("T09", [], { domain: "unknown" })]) },
  ],
  invalid: [
    {
      name: "0.01: 尾差 boundary",
      workbook: workbook([t06(), t09({ 合计: { project: "560.20" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开06表!E5", cells: ["公开09表!C5"], table: "T06" }],
    },
    {
      name: "0.02: error",
      workbook: workbook([t06(), t09({ 合计: { project: "560.21" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开06表!E5", cells: ["公开09表!C5"], actual: 560.19, expected: 560.21 }],
    },
    {
      name: "T09 empty while T06 has project spending",
      workbook: workbook([t06(), codeTable("T09", [], { domain: "unknown" })]),
      findings: [{ outcome: "inconsistent", cell: "公开06表!E5", cells: ["公开06表!E5"], expected: 0, message: "本表无数据" }],
    },
    {
      name: "rows neither functional nor economic: not assessed",
      workbook: workbook([t06(), codeTable("T09", [["合计", { project: "1.00" }], ["201", { project: "0.50" }], ["301", { project: "0.50" }]])]),
      findings: [{ severity: "info", cell: "公开09表!A1", message: "X-13" }],
    },
  ],
});
