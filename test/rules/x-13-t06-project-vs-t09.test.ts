import rule from "../../src/core/rules/x-13-t06-project-vs-t09";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t06, t09 } from "./x-fixtures";

/** T06: project E; T09: project C; rows 合计 5, 201 6, 20103 7, 2010301 8, 208 9, 221 10 in both. */
testRule(rule, {
  valid: [
    { name: "T06 project = T09 on 合计 and on every 类/款/项", workbook: workbook([t06(), t09()]) },
    {
      name: "T09 with a 合计 column",
      workbook: workbook([
        t06({}, ["20103", "2010301"]),
        codeTable("T09", [["合计", { total: "560.19" }], ["201", { total: "200.00" }], ["208", { total: "100.00" }], ["221", { total: "260.19" }]]),
      ]),
    },
    { name: "a T06 code without 项目支出 need not be in T09", workbook: workbook([t06({}, [], [["22102", { total: "10.00", basic: "10.00", project: "" }, "住房改革支出"]]), t09()]) },
    { name: "both without project spending, T09 empty", workbook: workbook([t06({ 合计: { project: "" } }), codeTable("T09", [], { domain: "unknown" })]) },
  ],
  invalid: [
    {
      name: "合计 0.01: 尾差 boundary",
      workbook: workbook([t06(), t09({ 合计: { project: "560.20" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开06表!E5", cells: ["公开09表!C5"], table: "T06" }],
    },
    {
      name: "合计 0.02: error",
      workbook: workbook([t06(), t09({ 合计: { project: "560.21" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开06表!E5", cells: ["公开09表!C5"], actual: 560.19, expected: 560.21 }],
    },
    {
      name: "类 201 0.01 off (a total on both sides, 1:1 bound 0.01): 尾差 boundary",
      workbook: workbook([t06(), t09({ 201: { project: "200.01" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开06表!E6", cells: ["公开09表!C6"], message: "201 一般公共服务支出" }],
    },
    {
      name: "类 201 0.02 off: error",
      workbook: workbook([t06(), t09({ 201: { project: "200.02" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开06表!E6", cells: ["公开09表!C6"], difference: -0.02 }],
    },
    {
      name: "项 2010301 0.01 off: a leaf shown twice, 不一致 with no 尾差",
      workbook: workbook([t06(), t09({ 2010301: { project: "200.01" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开06表!E8", cells: ["公开09表!C8"], message: "应完全相等" }],
    },
    {
      name: "a T06 项 with 项目支出 missing from T09 (its 款 still ties)",
      workbook: workbook([t06(), t09({}, ["2010301"])]),
      findings: [{ outcome: "inconsistent", cell: "公开06表!E8", actual: 200, expected: 0, message: "本表无此行" }],
    },
    {
      name: "a T09 class T06 lacks",
      workbook: workbook([t06({}, ["208"]), t09()]),
      findings: [{ outcome: "inconsistent", cell: "公开09表!C9", actual: 0, expected: 100, message: ["208", "本表无此行"] }],
    },
    {
      name: "T09 empty while T06 has project spending: the 合计 only",
      workbook: workbook([t06(), codeTable("T09", [], { domain: "unknown" })]),
      findings: [{ outcome: "inconsistent", cell: "公开06表!E5", cells: ["公开06表!E5"], expected: 0, message: "本表无数据" }],
    },
    {
      name: "T09 by 经济分类: 合计 compared, per code not assessed",
      workbook: workbook([t06(), codeTable("T09", [["合计", { project: "560.19" }], ["302", { project: "560.19" }]])]),
      findings: [{ severity: "info", cell: "公开09表!A1", message: ["按经济分类列示", "X-13 逐科目部分"] }],
    },
    {
      name: "rows neither functional nor economic: not assessed",
      workbook: workbook([t06(), codeTable("T09", [["合计", { project: "1.00" }], ["201", { project: "0.50" }], ["301", { project: "0.50" }]])]),
      findings: [{ severity: "info", cell: "公开09表!A1", message: "X-13" }],
    },
  ],
});
