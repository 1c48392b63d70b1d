import { wan } from "../../src/core/amounts";
import { runRules } from "../../src/core/rules/engine";
import { codeRowFigure, totalRowFigure } from "../../src/core/rules/figures";
import { defineRule } from "../../src/core/rules/rule";
import { codeTable, workbook } from "../helpers/model-builders";

const t06 = codeTable("T06", [
  ["合计", { total: "10.00", basic: "6.00", project: "4.03" }],
  ["201", { total: "10.00", basic: "6.00", project: "4.00" }],
]);

const rowRule = defineRule({
  id: "Z-01",
  name: "z-01-test",
  title: { zh: "测试", en: "test" },
  severity: "error",
  tables: ["T06"],
  check: (ctx) => {
    // ctx.tables.T06 is typed as present: no `!` needed.
    const t = ctx.tables.T06;
    return ctx.compare.sum(totalRowFigure(t, "total"), [totalRowFigure(t, "basic"), totalRowFigure(t, "project")]);
  },
});

const crashing = defineRule({
  id: "Z-00",
  name: "z-00-crash",
  title: { zh: "崩溃", en: "crash" },
  severity: "error",
  tables: [],
  check: () => {
    throw new Error("boom");
  },
});

const needsT11 = defineRule({ ...rowRule, id: "Z-02", tables: ["T11"], check: () => [] });
const needsT05 = defineRule({ ...rowRule, id: "Z-03", tables: ["T05"], check: () => [] });

describe("engine", () => {
  const wb = workbook([t06], { absentByFormat: ["T05"] });
  const result = runRules(wb, [crashing, rowRule, needsT11, needsT05]);

  it("a crashing rule becomes a run issue and the others still run", () => {
    expect(result.runIssues).toEqual([expect.objectContaining({ code: "rule-crashed", message: expect.stringContaining("boom") })]);
    expect(result.ran).toEqual(["Z-01"]);
  });
  it("a missing table skips the rule with a note; absent by format is n/a", () => {
    expect(result.skipped).toEqual([expect.objectContaining({ ruleId: "Z-02", tables: ["T11"], message: expect.stringContaining("公开11表") })]);
    expect(result.notApplicable).toEqual([expect.objectContaining({ ruleId: "Z-03", tables: ["T05"] })]);
  });
  it("renders a sum finding with tables, rows, columns, numbers, cells and intervals", () => {
    expect(result.findings).toHaveLength(1);
    const f = result.findings[0]!;
    expect(f).toMatchObject({ ruleId: "Z-01", severity: "error", outcome: "inconsistent", table: "T06", expected: 10.03, actual: 10, difference: -0.03 });
    expect(f.cells).toEqual(["公开06表!C5", "公开06表!D5", "公开06表!E5"]);
    expect(f.message).toBe(
      "公开06表 合计行 合计 10.00 与 合计行 基本支出 6.00 + 合计行 项目支出 4.03 = 10.03 不一致，相差 0.03 万元，超过四舍五入可解释的范围（3 个非零数，容差 0.015 万元）；报告值 [9.995, 10.005]，计算值 [10.02, 10.04]。",
    );
  });
  it("a 尾差 is info with the bound and the note", () => {
    const wb2 = workbook([codeTable("T06", [["合计", { total: "10.00", basic: "6.00", project: "4.01" }]])]);
    const [f] = runRules(wb2, [rowRule]).findings;
    expect(f).toMatchObject({ severity: "info", outcome: "rounding", bound: 0.015, note: "因四舍五入产生的尾差" });
  });
  it("tie and atMost messages name both tables", () => {
    const t05 = codeTable("T05", [["2010301", { gpb: "5.00" }, "行政运行"]]);
    const t06b = codeTable("T06", [["2010301", { total: "5.01" }, "行政运行"]]);
    const rule = defineRule({
      ...rowRule,
      id: "Z-04",
      tables: ["T05", "T06"],
      check: (ctx) => [
        ...ctx.compare.tie(codeRowFigure(ctx.tables.T05, ctx.tables.T05.rows[0], "gpb"), codeRowFigure(ctx.tables.T06, ctx.tables.T06.rows[0], "total")),
        ...ctx.compare.atMost(codeRowFigure(ctx.tables.T06, ctx.tables.T06.rows[0], "total"), codeRowFigure(ctx.tables.T05, ctx.tables.T05.rows[0], "gpb"), { leaf: true }),
      ],
    });
    const fs = runRules(workbook([t05, t06b]), [rule]).findings;
    expect(fs.map((f) => f.message)).toEqual([
      "公开05表 2010301 行政运行 一般公共预算财政拨款 5.00 与 公开06表 2010301 行政运行 合计 5.01 不一致，相差 0.01 万元，同一末级数据在两处列示，应完全相等，不存在尾差；报告值 [4.995, 5.005]，计算值 [5.005, 5.015]。",
      "公开06表 2010301 行政运行 合计 5.01 应不大于 公开05表 2010301 行政运行 一般公共预算财政拨款 5.00，超出 0.01 万元，两侧均为末级数据，四舍五入不改变大小顺序，应严格成立，不存在尾差；子项区间 [5.005, 5.015]，总项区间 [4.995, 5.005]。",
    ]);
    // grouped by table: T05 before T06
    expect(fs.map((f) => f.table)).toEqual(["T05", "T06"]);
  });
  it("wan() amounts keep their refs through figures", () => {
    expect(wan("1.00").ulp).toBe(10_000);
  });
});

describe("clusters", () => {
  it("groups the 尾差 of one table's roll-up; 不一致 stay single", async () => {
    const { clusterFindings } = await import("../../src/core/rules/findings");
    const rollUp = (await import("../../src/core/rules/i-07-code-roll-up")).default;
    const t = codeTable("T06", [
      ["合计", { total: "3.02" }],
      ["201", { total: "1.01" }],
      ["20101", { total: "1.00" }],
      ["208", { total: "2.00" }],
      ["20801", { total: "2.50" }],
    ]);
    const fs = runRules(workbook([t]), [rollUp]).findings;
    expect(fs.map((f) => f.outcome)).toEqual(["rounding", "rounding", "inconsistent"]);
    const clusters = clusterFindings(fs);
    expect(clusters.map((c) => c.findings.length)).toEqual([2, 1]);
    expect(clusters[0]!.key).toBe("I-07:T06:rounding");
  });
});
