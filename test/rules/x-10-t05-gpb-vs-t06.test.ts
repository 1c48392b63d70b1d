import rule from "../../src/core/rules/x-10-t05-gpb-vs-t06";
import { codeTable, workbook } from "../helpers/model-builders";
import { runRule, testRule } from "../helpers/rule-tester";
import { t05, t06 } from "./x-fixtures";

testRule(rule, {
  valid: [{ name: "gpb column equals T06 code by code (212 is gfb only, absent from T06)", workbook: workbook([t05(), t06()]) }],
  invalid: [
    {
      name: "a 项 (leaf) off by 0.01: 不一致, no 尾差",
      workbook: workbook([t05({ 2010301: { gpb: "2000.01" } }), t06()]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          cell: "公开05表!D8",
          cells: ["公开06表!C8"],
          actual: 2000.01,
          expected: 2000,
          difference: 0.01,
          message: ["公开05表 2010301 行政运行 一般公共预算财政拨款 2,000.01 与 公开06表 2010301 行政运行 合计 2,000.00 不一致", "同一末级数据在两处列示"],
        },
      ],
    },
    {
      name: "a 类 (total) off by 0.01: 尾差 boundary",
      workbook: workbook([t05({ 208: { gpb: "1000.01" } }), t06()]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开05表!D9", cells: ["公开06表!C9"] }],
    },
    {
      name: "合计 off by 0.02: error",
      workbook: workbook([t05({ 合计: { gpb: "3747.72" } }), t06()]),
      findings: [{ outcome: "inconsistent", cell: "公开05表!D5", cells: ["公开06表!C5"], difference: 0.02 }],
    },
    {
      name: "a T06 项 missing from T05",
      workbook: workbook([t05(), t06({}, [], [["2010302", { total: "5.00" }, "一般行政管理事务"]])]),
      findings: [{ outcome: "inconsistent", cell: "公开06表!C11", actual: 0, expected: 5, message: ["2010302 一般行政管理事务", "本表无此行"] }],
    },
    {
      name: "T05 by 经济分类: not assessed",
      workbook: workbook([codeTable("T05", [["301", { gpb: "1.00" }]]), t06()]),
      findings: [{ severity: "info", message: "按经济分类列示" }],
    },
    {
      name: "T05 without a gpb column: not assessed",
      workbook: workbook([codeTable("T05", [["合计", { total: "1.00" }], ["201", { total: "1.00" }]]), t06()]),
      findings: [{ severity: "info", message: "一般公共预算财政拨款栏" }],
    },
  ],
});

describe("X-10 with tables in different units", () => {
  it("a 项 shown in 元 (2 decimals) and in 万元 is compared by intervals, not exactly", () => {
    // 2,000.004321 万元 = 20,000,043.21 元: the 万元 table rounds it to 2,000.00.
    const t05yuan = codeTable("T05", [["合计", { gpb: "2000.00" }], ["2010301", { gpb: "2000.00" }]]);
    const item = t05yuan.rows[0]!;
    const fine = { ...item.values.gpb!, micros: 2_000_004_321, ulp: 1 };
    const t05 = { ...t05yuan, unit: "元" as const, rows: [{ ...item, values: { gpb: fine } }] };
    const findings = runRule(rule, { name: "mixed units", workbook: workbook([t05, t06({ 合计: { total: "2000.00" } }, ["201", "20103", "208", "221"])]) });
    expect(findings.map((f) => [f.outcome, f.severity])).toEqual([["rounding", "info"]]);
  });
});
