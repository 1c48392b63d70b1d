import rule from "../../src/core/rules/x-17-t11-vs-t04-gfb";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t04, t11 } from "./x-fixtures";

const noGfb = t04({
  "in:政府性基金预算财政拨款": "0.00",
  "ex:城乡社区支出": { gfb: "", total: "0.00" },
  "ex:本年支出合计": { gfb: "0.00" },
  "ex:总计": { gfb: "0.00" },
});
const emptyT11 = codeTable("T11", [["合计", { opening: "", income: "", expTotal: "", basic: "", project: "", closing: "" }]], { domain: "unknown" });

testRule(rule, {
  valid: [
    { name: "T11 合计 and class 212 tie with T04's gfb column", workbook: workbook([t04(), t11()]) },
    { name: "no 政府性基金 money: an empty T11 ties with zeros", workbook: workbook([noGfb, emptyT11]) },
    { name: "an empty T11 without any row", workbook: workbook([noGfb, codeTable("T11", [], { domain: "unknown" })]) },
  ],
  invalid: [
    {
      name: "本年支出合计 off by 0.01: 尾差 boundary",
      workbook: workbook([t04(), t11({ 合计: { expTotal: "82.17" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开11表!E5", cells: ["公开04表!F9"], table: "T11" }],
    },
    {
      name: "本年收入 off by 0.02: error",
      workbook: workbook([t04(), t11({ 合计: { income: "82.18" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开11表!D5", cells: ["公开04表!B6"], actual: 82.18, expected: 82.16 }],
    },
    {
      name: "年初 in T04's sub-row but not in T11",
      workbook: workbook([t04({ "open:政府性基金预算财政拨款": "1.00" }), t11()]),
      findings: [{ outcome: "inconsistent", cell: "公开11表!C5", cells: ["公开04表!B11"], actual: 0, expected: 1 }],
    },
    {
      name: "年末 in T11 but not in T04",
      workbook: workbook([t04(), t11({ 合计: { closing: "3.00" } })]),
      findings: [{ outcome: "inconsistent", cell: "公开11表!H5", cells: ["公开04表!F10"], actual: 3, expected: 0 }],
    },
    {
      name: "class 212 off by 0.04",
      workbook: workbook([t04(), t11({ 212: { expTotal: "82.20" } })]),
      findings: [{ outcome: "inconsistent", cell: "公开11表!E6", cells: ["公开04表!F7"], message: "212 类" }],
    },
    {
      name: "T11 published empty while T04 shows 政府性基金 income and spending",
      workbook: workbook([t04(), emptyT11]),
      findings: [
        { outcome: "inconsistent", cell: "公开11表!D5", cells: ["公开04表!B6"], expected: 82.16, actual: 0 },
        { outcome: "inconsistent", cell: "公开11表!E5", cells: ["公开04表!F9"] },
      ],
    },
    {
      name: "T11 with no rows at all: its title is where to jump",
      workbook: workbook([t04(), codeTable("T11", [], { domain: "unknown" })]),
      findings: [
        { outcome: "inconsistent", cell: "公开11表!A1", cells: ["公开04表!B6"], message: "本表无数据" },
        { outcome: "inconsistent", cell: "公开11表!A1", cells: ["公开04表!F9"] },
      ],
    },
  ],
});
