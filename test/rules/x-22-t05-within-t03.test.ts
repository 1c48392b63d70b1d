import rule from "../../src/core/rules/x-22-t05-within-t03";
import { codeTable, workbook, type RowValues } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

type Over = Readonly<Record<string, RowValues>>;

/** Rows 合计 5, 201 6, 20103 7, 2010301 8, 2010302 9 in both; total in column C. */
const ROWS: readonly (readonly [string, string, string])[] = [
  ["合计", "", ""],
  ["201", "", "一般公共服务支出"],
  ["20103", "", "政府办公厅（室）及相关机构事务"],
  ["2010301", "", "行政运行"],
  ["2010302", "", "一般行政管理事务"],
];

const T03_TOTALS: Readonly<Record<string, string>> = { 合计: "2100.00", 201: "2100.00", 20103: "2100.00", 2010301: "2000.00", 2010302: "100.00" };
const T05_TOTALS: Readonly<Record<string, string>> = { 合计: "2050.00", 201: "2050.00", 20103: "2050.00", 2010301: "2000.00", 2010302: "50.00" };

const t03 = (over: Over = {}, drop: readonly string[] = []) =>
  codeTable(
    "T03",
    ROWS.filter(([c]) => !drop.includes(c)).map(([c, , name]) => [c, { total: T03_TOTALS[c]!, basic: "", ...(over[c] ?? {}) }, name || undefined] as const),
  );
const t05 = (over: Over = {}, drop: readonly string[] = [], extras: { domain?: "economic" } = {}) =>
  codeTable(
    "T05",
    ROWS.filter(([c]) => !drop.includes(c)).map(([c, , name]) => [c, { total: T05_TOTALS[c]!, gpb: T05_TOTALS[c]!, ...(over[c] ?? {}) }, name || undefined] as const),
    extras,
  );

testRule(rule, {
  valid: [
    { name: "T05 ≤ T03 on every 款 and 项 (equal on 2010301)", workbook: workbook([t03(), t05()]) },
    { name: "a T03 项 that T05 lacks (no 财政拨款 spending on it)", workbook: workbook([t03(), t05({ 20103: { total: "2000.00" } }, ["2010302"])]) },
    { name: "类 rows are X-07's: a T05 class above T03's is not reported here", workbook: workbook([t03(), t05({ 201: { total: "2200.00" } })]) },
    { name: "T05 by 经济分类 is not compared by code", workbook: workbook([t03(), codeTable("T05", [["合计", { total: "9.00" }], ["302", { total: "9.00" }]])]) },
    { name: "T05 published empty (X-09's finding)", workbook: workbook([t03(), codeTable("T05", [], { domain: "unknown" })]) },
  ],
  invalid: [
    {
      name: "项 0.01 above T03: leaves keep order under rounding, 不一致 with no 尾差",
      workbook: workbook([t03(), t05({ 2010301: { total: "2000.01" } })]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          table: "T05",
          cell: "公开05表!C8",
          cells: ["公开03表!C8"],
          actual: 2000.01,
          expected: 2000,
          message: ["2010301 项", "应不大于", "四舍五入不改变大小顺序", "不应为负"],
        },
      ],
    },
    {
      name: "款 0.01 above T03 (totals, 1:1 bound 0.01): boundary 尾差",
      workbook: workbook([t03(), t05({ 20103: { total: "2100.01" } })]),
      findings: [{ outcome: "rounding", severity: "info", boundary: true, cell: "公开05表!C7", cells: ["公开03表!C7"], message: "20103 款" }],
    },
    {
      name: "款 0.02 above T03: 不一致",
      workbook: workbook([t03(), t05({ 20103: { total: "2100.02" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开05表!C7", cells: ["公开03表!C7"], difference: 0.02 }],
    },
    {
      name: "a T05 项 with spending that T03 lacks",
      workbook: workbook([t03({}, ["2010302"]), t05()]),
      findings: [{ outcome: "inconsistent", cell: "公开05表!C9", actual: 50, expected: 0, message: "本表无此行" }],
    },
    {
      name: "a cleared T03 项 total is named",
      workbook: workbook([t03({ 2010302: { total: "" } }), t05()]),
      findings: [{ outcome: "inconsistent", cell: "公开05表!C9", cells: ["公开03表!C9"] }],
    },
  ],
});
