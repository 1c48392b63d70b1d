import rule from "../../src/core/rules/x-23-fund-tables-vs-t05";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { emptyT13, t05, t11, t13 } from "./x-fixtures";

/**
 * T05: gfb E, socb F; 212 row 10, 21208 row 12, 2120801 row 13, extra rows from 14.
 * T11/T13: expTotal E; T11 212 6, 21208 7, 2120801 8; T13 223 6, 22301 7, 2230101 8.
 */
const socbRows = [
  ["223", { total: "5.00", gpb: "", gfb: "", socb: "5.00" }, "国有资本经营预算支出"],
  ["22301", { total: "5.00", gpb: "", gfb: "", socb: "5.00" }, "解决历史遗留问题及改革成本支出"],
  ["2230101", { total: "5.00", gpb: "", gfb: "", socb: "5.00" }, "厂办大集体改革支出"],
] as const;

/** T11 whose 21208 款 lists no 项 (2120801 deleted). */
const t11Without2120801 = () => {
  const v = { opening: "", income: "82.16", expTotal: "82.16", basic: "", project: "82.16", closing: "" };
  return codeTable("T11", [
    ["合计", v],
    ["212", v, "城乡社区支出"],
    ["21208", v, "国有土地使用权出让收入安排的支出"],
  ]);
};

testRule(rule, {
  valid: [
    { name: "T11 本年支出合计 = T05 政府性基金 on 212, 21208, 2120801; T13 empty", workbook: workbook([t05(), t11(), emptyT13()]) },
    { name: "T13 = T05 国有资本经营 per code", workbook: workbook([t05({}, socbRows), t13()]) },
    { name: "without T11 and T13 nothing is compared", workbook: workbook([t05()]) },
    { name: "T05 codes without 政府性基金 money need not be in T11", workbook: workbook([t05({}, [["224", { total: "3.00", gpb: "3.00", gfb: "", socb: "" }]]), t11()]) },
  ],
  invalid: [
    {
      name: "项 0.01 off: a leaf shown twice, 不一致 with no 尾差",
      workbook: workbook([t05(), t11({ 2120801: { expTotal: "82.17" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", table: "T11", cell: "公开11表!E8", cells: ["公开05表!E13"], message: ["2120801 征地和拆迁补偿支出", "应完全相等"] }],
    },
    {
      name: "类 212 0.01 off (totals, 1:1 bound 0.01): boundary 尾差",
      workbook: workbook([t05(), t11({ 212: { expTotal: "82.17" } })]),
      findings: [{ outcome: "rounding", severity: "info", boundary: true, cell: "公开11表!E6", cells: ["公开05表!E10"] }],
    },
    {
      name: "款 21208 0.02 off: 不一致",
      workbook: workbook([t05(), t11({ 21208: { expTotal: "82.18" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开11表!E7", cells: ["公开05表!E12"], difference: 0.02 }],
    },
    {
      name: "a T05 项 with 政府性基金 money that T11 lacks",
      workbook: workbook([t05(), t11Without2120801()]),
      findings: [{ outcome: "inconsistent", cell: "公开05表!E13", actual: 0, expected: 82.16, message: "本表无此行" }],
    },
    {
      name: "a T11 项 whose T05 政府性基金 cell is blank: the blank cell is named",
      workbook: workbook([t05({ 2120801: { gfb: "" } }), t11()]),
      findings: [{ outcome: "inconsistent", cell: "公开11表!E8", cells: ["公开05表!E13"], actual: 82.16, expected: 0 }],
    },
    {
      name: "T13 codes while T05 has no 国有资本经营 money: each code reported",
      workbook: workbook([t05(), t13()]),
      findings: [
        { outcome: "inconsistent", table: "T13", cell: "公开13表!E6", actual: 5, expected: 0, message: "本表无此行" },
        { outcome: "inconsistent", table: "T13", cell: "公开13表!E7" },
        { outcome: "inconsistent", table: "T13", cell: "公开13表!E8" },
      ],
    },
    {
      name: "T11 by 经济分类: not assessed",
      workbook: workbook([t05(), codeTable("T11", [["合计", { expTotal: "82.16" }], ["302", { expTotal: "82.16" }]])]),
      findings: [{ severity: "info", cell: "公开11表!A1", message: ["按经济分类列示", "X-23"] }],
    },
  ],
});
