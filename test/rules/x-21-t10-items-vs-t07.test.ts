import rule from "../../src/core/rules/x-21-t10-items-vs-t07";
import { codeTable, workbook } from "../helpers/model-builders";
import { readWorkbook } from "../../src/core/tables";
import { rawSheet } from "../helpers/raw-sheet-builder";
import { runRule, testRule } from "../helpers/rule-tester";
import { t07, t10 } from "./x-fixtures";

/** T10 with only 公务接待费 0.55 (T07's 30217). */
const receptionOnly = (reception = "0.55") => t10({ sgTotal: reception, vehicle: "0.00", vehicleOperation: "0.00", reception });

testRule(rule, {
  valid: [
    { name: "公务接待费 0.55 ≤ T07 30217 0.55", workbook: workbook([t07(), receptionOnly()]) },
    { name: "an empty T07 is X-11's finding", workbook: workbook([codeTable("T07", [], { domain: "unknown" }), receptionOnly()]) },
  ],
  invalid: [
    {
      name: "0.56 > 0.55: leaves, so an error",
      workbook: workbook([t07(), receptionOnly("0.56")]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          table: "T10",
          cell: "公开10表!L5",
          cells: ["公开07表!C10"],
          actual: 0.56,
          expected: 0.55,
          message: "公开10表 公务接待费 决算数 0.56 应不大于 公开07表 30217 公务接待费 合计 0.55",
        },
      ],
    },
    {
      name: "公务用车运行费 without a T07 30231 row",
      workbook: workbook([t07(), t10()]),
      findings: [{ outcome: "inconsistent", cell: "公开10表!J5", actual: 50.14, expected: 0, message: ["30231 公务用车运行维护费", "本表无此行"] }],
    },
    {
      name: "T10 covering all 财政拨款: a warning with the reason",
      workbook: workbook([t07(), receptionOnly("0.60")], { sanGongScope: "allFiscal" }),
      findings: [{ outcome: "inconsistent", severity: "warning", message: "口径为全部财政拨款" }],
    },
    {
      name: "T07 without a 合计 column: basic + project is a sum, 0.01 over is 尾差",
      workbook: workbook([codeTable("T07", [["合计", { basic: "0.30", project: "0.25" }], ["302", { basic: "0.30", project: "0.25" }], ["30217", { basic: "0.30", project: "0.25" }]]), receptionOnly("0.56")]),
      findings: [{ outcome: "rounding", severity: "info", cell: "公开10表!L5", cells: ["公开07表!C7", "公开07表!D7"] }],
    },
    {
      name: "T07 by 功能分类: not assessed",
      workbook: workbook([codeTable("T07", [["合计", { total: "1.00" }], ["201", { total: "1.00" }]]), receptionOnly()]),
      findings: [{ severity: "info", cell: "公开07表!A1", message: "X-21" }],
    },
  ],
});

describe("X-21 on a 功能 × 经济 matrix T07", () => {
  const matrix = (reception: number) =>
    readWorkbook([
      rawSheet("公开07表", [
        ["一般公共预算财政拨款支出决算明细表"],
        ["编制单位：测试单位", null, null, null, null, null, "金额单位：万元"],
        ["科目编码", "科目名称", "合计", "301 工资福利支出", "302 商品和服务支出", "30217 公务接待费", "30231 公务用车运行维护费"],
        ["合计", null, 100, 40, 60, reception, 50.14],
        ["201", "一般公共服务支出", 100, 40, 60, reception, 50.14],
      ]),
    ]).tables.T07!;

  it("valid: 公务接待费 0.55 ≤ the matrix's 30217 column total 0.60 (and the 302 column holds its 款)", () => {
    const t = matrix(0.6);
    expect(t.breakdowns!.map((b) => b.key)).toEqual(["econ:301", "econ:302", "econ:30217", "econ:30231"]);
    expect(runRule(rule, { name: "layout", workbook: workbook([t, receptionOnly()]) })).toEqual([]);
  });

  it("invalid: 0.55 > the 30217 column total 0.50", () => {
    const findings = runRule(rule, { name: "layout", workbook: workbook([matrix(0.5), receptionOnly()]) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ outcome: "inconsistent" });
    expect(findings[0]!.cells).toContain("公开07表!F4");
  });

  it("a matrix with class columns only is not assessable, and says why", () => {
    const t = readWorkbook([
      rawSheet("公开07表", [["一般公共预算财政拨款支出决算明细表"], ["单位：万元"], ["科目编码", "科目名称", "合计", "302 商品和服务支出"], ["合计", null, 1, 1], ["201", "一般公共服务支出", 1, 1]]),
    ]).tables.T07!;
    const findings = runRule(rule, { name: "layout", workbook: workbook([t, receptionOnly()]) });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("为功能分类×经济分类矩阵，经济分类只列到类")]);
  });
});
