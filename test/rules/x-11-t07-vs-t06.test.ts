import rule from "../../src/core/rules/x-11-t07-vs-t06";
import { codeTable, workbook } from "../helpers/model-builders";
import { readWorkbook } from "../../src/core/tables";
import { shiftAmount } from "../../src/sample/mutate";
import { layoutCase, leafCell } from "../helpers/layout-cases";
import { runRule, testRule } from "../helpers/rule-tester";
import { t06, t07 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "T07 合计 = T06 合计 in all three columns", workbook: workbook([t06(), t07()]) },
    {
      name: "both empty",
      workbook: workbook([codeTable("T06", [["合计", { total: "", basic: "", project: "" }]]), codeTable("T07", [["合计", { total: "", basic: "", project: "" }]])]),
    },
  ],
  invalid: [
    {
      name: "basic off by 0.01: 尾差 boundary",
      workbook: workbook([t06(), t07({ 合计: { basic: "3187.52" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开07表!D5", cells: ["公开06表!D5"], table: "T07" }],
    },
    {
      name: "project off by 0.02 and total by 0.02: two errors",
      workbook: workbook([t06(), t07({ 合计: { total: "3747.72", project: "560.21" } })]),
      findings: [
        { outcome: "inconsistent", cell: "公开07表!C5", cells: ["公开06表!C5"], difference: 0.02 },
        { outcome: "inconsistent", cell: "公开07表!E5", cells: ["公开06表!E5"], difference: 0.02 },
      ],
    },
    {
      name: "T07 published empty while T06 has spending",
      workbook: workbook([t06(), codeTable("T07", [], { domain: "unknown" })]),
      findings: [
        { outcome: "inconsistent", cell: "公开07表!A1", cells: ["公开06表!C5"], actual: 0, expected: 3747.7, message: "合计行 合计（本表无数据，按0计） 0.00" },
        { outcome: "inconsistent", cell: "公开07表!A1", cells: ["公开06表!D5"] },
        { outcome: "inconsistent", cell: "公开07表!A1", cells: ["公开06表!E5"] },
      ],
    },
    {
      name: "T07 by 功能分类 (matrix or unknown variant): not assessed",
      workbook: workbook([t06(), codeTable("T07", [["合计", { total: "1.00" }], ["201", { total: "1.00" }]])]),
      findings: [{ severity: "info", cell: "公开07表!A1", message: ["按功能分类列示", "X-11"] }],
    },
  ],
});

describe("X-11 on a 功能 × 经济 matrix T07 (generated)", () => {
  jest.setTimeout(60_000);
  it("valid: the matrix's 合计 column equals T06 row by row", async () => {
    const c = await layoutCase({ t07Layout: "matrix" });
    expect(runRule(rule, { name: "layout", workbook: c.workbook })).toEqual([]);
  });

  it("invalid: one 项's 合计 off by 0.01 is not 尾差 (a leaf shown twice)", async () => {
    const c = await layoutCase({ t07Layout: "matrix" });
    const cell = leafCell(c, "T07", (a) => a.header.join() === "合计" && a.code?.length === 7);
    const m = shiftAmount(c.sheets, cell, 1);
    const findings = runRule(rule, { name: "layout", workbook: readWorkbook(m.sheets) });
    expect(findings.map((f) => f.outcome)).toEqual(["inconsistent"]);
    expect(findings[0]!.cells).toContain(m.changed[0]);
  });
});
