import rule from "../../src/core/rules/x-09-t05-vs-t04";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t04, t05 } from "./x-fixtures";

testRule(rule, {
  valid: [{ name: "合计 and fund totals and every class tie with T04", workbook: workbook([t04(), t05()]) }],
  invalid: [
    {
      name: "合计 total off by 0.01: 尾差 boundary",
      workbook: workbook([t04(), t05({ 合计: { total: "3829.87" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开05表!C5", cells: ["公开04表!D9"], table: "T05", difference: 0.01 }],
    },
    {
      name: "gfb total off by 0.02: error",
      workbook: workbook([t04(), t05({ 合计: { gfb: "82.18" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开05表!E5", cells: ["公开04表!F9"], actual: 82.18, expected: 82.16 }],
    },
    {
      name: "class 221: total and gpb both 0.02 above T04",
      workbook: workbook([t04(), t05({ 221: { total: "747.72", gpb: "747.72" } })]),
      findings: [
        { outcome: "inconsistent", cell: "公开05表!C11", cells: ["公开04表!D8"], message: ["221 类", "公开05表 221 住房保障支出 合计 747.72 与 公开04表 住房保障支出 合计 747.70 不一致"] },
        { outcome: "inconsistent", cell: "公开05表!D11", cells: ["公开04表!E8"] },
      ],
    },
    {
      name: "rows by 经济分类: totals checked, the per-class part is not assessed",
      workbook: workbook([t04(), codeTable("T05", [["合计", { total: "3829.86", gpb: "3747.70", gfb: "82.16" }], ["301", { total: "3829.86", gpb: "3747.70", gfb: "82.16" }]])]),
      findings: [{ severity: "info", cell: "公开05表!A1", message: ["按经济分类列示", "不评估"] }],
    },
    {
      name: "layout not understood: an info finding and no comparison",
      workbook: workbook([t04(), codeTable("T05", [["合计", { total: "1.00" }], ["201", { total: "1.00" }], ["301", { total: "1.00" }]])]),
      findings: [{ severity: "info", outcome: "inconsistent", cell: "公开05表!A1", table: "T05", message: "未能识别" }],
    },
  ],
});
