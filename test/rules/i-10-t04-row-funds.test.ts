import rule from "../../src/core/rules/i-10-t04-row-funds";
import { codeTable, summaryTable, workbook } from "../helpers/model-builders";
import { runRule, testRule } from "../helpers/rule-tester";
import { t05 } from "./x-fixtures";

const t04 = (classTotal: string) =>
  workbook([
    summaryTable("T04", {
      income: [],
      expenditure: [
        ["一般公共服务支出", { total: classTotal, gpb: "2000.00", gfb: "82.16", socb: "" }],
        ["本年支出合计", { total: "2082.16", gpb: "2000.00", gfb: "82.16", socb: "-" }],
      ],
    }),
  ]);

const closingGpb = (gpb: string) =>
  workbook([summaryTable("T04", { income: [], expenditure: [["年末财政拨款结转和结余", { total: "19.01", gpb, gfb: "", socb: "" }]] })]);

/** T05 fixture (x-fixtures): total C, gpb D, gfb E, socb F; 合计 5, 201 6, 20103 7, 2010301 8, 208 9, 212 10, 221 11. */
testRule(rule, {
  valid: [
    { name: "total = gpb + gfb + socb on every row", workbook: t04("2082.16") },
    { name: "T05 rows: total = gpb + gfb + socb", workbook: workbook([t05()]) },
    { name: "T04 and T05 together", workbook: workbook([t05(), summaryTable("T04", { income: [], expenditure: [["本年支出合计", { total: "3829.86", gpb: "3747.70", gfb: "82.16", socb: "" }]] })]) },
    {
      name: "T05 without fund columns (合计/基本/项目) is I-14's",
      workbook: workbook([codeTable("T05", [["合计", { total: "10.00", basic: "6.00", project: "4.00" }], ["201", { total: "10.00", basic: "6.00", project: "4.00" }]])]),
    },
    {
      name: "T05 with a lone 一般公共预算 column beside 合计 is not a split",
      workbook: workbook([codeTable("T05", [["合计", { total: "10.00", gpb: "9.00" }], ["201", { total: "10.00", gpb: "9.00" }]])]),
    },
  ],
  invalid: [
    { name: "0.01 off (3 values): 尾差", workbook: t04("2082.17"), findings: [{ outcome: "rounding", cell: "公开04表!D5" }] },
    { name: "0.02 off: 不一致", workbook: t04("2082.18"), findings: [{ outcome: "inconsistent", cells: ["公开04表!E5", "公开04表!F5"], message: "支出“一般公共服务支出”行" }] },
    {
      name: "T04 年末 gpb cleared: the blank cell is named",
      workbook: closingGpb(""),
      findings: [{ outcome: "inconsistent", cell: "公开04表!D5", cells: ["公开04表!E5"], difference: 19.01 }],
    },
    {
      name: "T05 项 total 0.01 off against one fund (1:1, bound 0.01): boundary 尾差",
      workbook: workbook([t05({ 2010301: { total: "2000.01" } })]),
      findings: [{ outcome: "rounding", boundary: true, table: "T05", cell: "公开05表!C8", cells: ["公开05表!D8"], message: "公开05表 2010301 行政运行：合计应等于一般公共预算" }],
    },
    {
      name: "T05 项 total 0.02 off: 不一致",
      workbook: workbook([t05({ 2010301: { total: "2000.02" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", table: "T05", cell: "公开05表!C8", cells: ["公开05表!D8"], difference: 0.02 }],
    },
    {
      name: "T05 合计 with two funds, 0.02 off (3 values, bound 0.015): 不一致",
      workbook: workbook([t05({ 合计: { total: "3829.88" } })]),
      findings: [{ outcome: "inconsistent", cell: "公开05表!C5", cells: ["公开05表!D5", "公开05表!E5"], difference: 0.02 }],
    },
    {
      name: "T05 gfb cleared on class 212: the blank gfb cell is named",
      workbook: workbook([t05({ 212: { gfb: "" } })]),
      findings: [{ outcome: "inconsistent", cell: "公开05表!C10", cells: ["公开05表!E10"], difference: 82.16 }],
    },
  ],
});

describe("I-10 on T05", () => {
  it("T05 with two fund columns only (no socb) is checked", () => {
    const wb = workbook([codeTable("T05", [["合计", { total: "10.00", gpb: "9.00", gfb: "1.02" }]])]);
    expect(runRule(rule, { name: "", workbook: wb }).map((f) => [f.outcome, f.cells[0]])).toEqual([["inconsistent", "公开05表!C5"]]);
  });
});
