import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { writeRawSheets } from "../../src/adapters/xlsx/write-raw-sheets";
import { deleteRow, setAmount } from "../../src/sample/mutate";
import { runCli, tempDir } from "../helpers/run-cli";

jest.setTimeout(90_000);

const SEED = resolve(__dirname, "../../../shared/seed/000_b9a6394348fdc04a.txt");

describe("juesuan check / narrative / charts / verify-text / inputs", () => {
  const dir = tempDir();
  const consistent = join(dir, "consistent.xlsx");
  const published = join(dir, "published.xlsx");
  beforeAll(() => {
    expect(runCli(["sample", "-o", consistent]).status).toBe(0);
    expect(runCli(["sample", "--published", "-o", published]).status).toBe(0);
  });

  it("check: the consistent sample has no finding and exits 0", () => {
    const r = runCli(["check", consistent, "--format", "json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ format: "sichuan14", unit: "万元", tolerance: "interval", summary: { error: 0, warning: 0, info: 0 } });
    expect(report.findings).toEqual([]);
    expect(report.loadIssues).toEqual([]);
  });

  it("check: the published figures give exactly the two real 0.01 carry-over problems", () => {
    const r = runCli(["check", published, "--format", "json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ error: 0, warning: 0, info: 2 });
    expect(report.findings.map((f: { ruleId: string; outcome: string }) => [f.ruleId, f.outcome])).toEqual([
      ["X-07", "rounding"],
      ["X-07", "rounding"],
    ]);
    expect(report.findings[0].message).toContain("61.88");
    expect(report.findings[1].message).toContain("19.01");
  });

  it("check: the published figures come with 舍位平衡 suggestions and messageId/data per finding", () => {
    const report = JSON.parse(runCli(["check", published, "--format", "json"]).stdout);
    expect(report.causes).toEqual([]);
    expect(report.roundingAdjustments.length).toBeGreaterThan(0);
    expect(report.findings[0]).toMatchObject({ messageId: "cross.atMost", data: { kind: "compare" }, cells: ["公开04表!C37", "公开01表!C38"] });
    const text = runCli(["check", published]).stdout;
    expect(text).toContain("舍位平衡建议");
  });

  it("check: one wrong cell is named first, with the findings it explains under it", async () => {
    const wrong = join(dir, "wrong.xlsx");
    const sheets = await readXlsx(readFileSync(consistent));
    const broken = setAmount(sheets, { sheet: "公开06表", row: 24, col: 5 }, 51_416).sheets;
    writeFileSync(wrong, await writeRawSheets(broken));
    const r = runCli(["check", wrong, "--format", "json"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.causes[0]).toMatchObject({ cell: "公开06表!F25", suggestedValue: 414.16, findings: [0, 1] });
    const text = runCli(["check", wrong]).stdout;
    const lines = text.split("\n");
    expect(lines[2]).toBe("最可能的出错位置：");
    expect(lines[3]).toContain("1. 公开06表!F25（公开06表 2080501 行政单位离退休 基本支出）现为 514.16，改为 414.16");
    expect(text).toContain("[错误] I-14 公开06表 2080501 行政单位离退休：合计 414.16 ≠ 基本支出 514.16 + 项目支出 空，差 100.00 万元");
  });

  it("check: a row deleted from one table is named as the row to add, in JSON and text", async () => {
    const missing = join(dir, "missing-row.xlsx");
    const sheets = await readXlsx(readFileSync(consistent));
    // 公开06表 row 26 is 2080501 行政单位离退休 (the row the wrong-cell test above edits, 0-based 24).
    expect(sheets.find((s) => s.name === "公开06表")!.values[24]!.slice(0, 4)).toEqual(["208", "05", "01", "行政单位离退休"]);
    writeFileSync(missing, await writeRawSheets(deleteRow(sheets, "公开06表", 24, []).sheets));
    const report = JSON.parse(runCli(["check", missing, "--format", "json"]).stdout);
    const broken = report.findings.filter((f: { outcome: string }) => f.outcome === "inconsistent").length;
    expect(report.causes[0]).toMatchObject({ kind: "missingRow", missingRow: { table: "T06", code: "2080501", at: "公开06表!A25" } });
    expect(report.causes[0].findings).toHaveLength(broken);
    const lines = runCli(["check", missing]).stdout.split("\n");
    expect(lines[2]).toBe("最可能的出错位置：");
    expect(lines[3]).toContain("1. 公开06表缺少 2080501 行政单位离退休 这一行");
    expect(lines[3]).toContain(`${broken} 条不一致即全部成立`);
  });

  it("check: --tolerance exact turns the 尾差 into errors and exits 1", () => {
    const r = runCli(["check", published, "--tolerance", "exact"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("错误 2 条");
  });

  it("check: a bad --tolerance is a usage error", () => {
    const r = runCli(["check", published, "--tolerance", "loose"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--tolerance");
  });

  it("narrative: writes sections 一 to 十 and lists no missing input for the sample", () => {
    const r = runCli(["narrative", consistent, "--format", "json"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.missingInputs).toEqual([]);
    const text = out.paragraphs.map((p: { text: string }) => p.text).join("\n");
    expect(text).toContain("2021年本年收入合计3789万元，其中：一般公共预算财政拨款收入3704.83万元，占97.78%");
    expect(text).toContain("十、其他重要事项的情况说明");
    const s2 = out.paragraphs.find((p: { section: string; kind: string }) => p.section === "二" && p.kind === "text");
    expect(s2.cells).toEqual(expect.arrayContaining(["公开01表!C36", "公开01表!C7", "补充信息!B2"]));
  });

  it("inputs writes an empty template (never over an existing file); a narrative from it has placeholders", () => {
    const tpl = join(dir, "补充信息.xlsx");
    expect(runCli(["inputs", "-o", tpl, "--from", consistent]).status).toBe(0);
    expect(runCli(["inputs", "-o", tpl]).status).toBe(2);
    const r = runCli(["narrative", tpl]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("【待补充");
    expect(r.stderr).toContain("待补充");
  });

  it("charts: seven charts with data", () => {
    const r = runCli(["charts", consistent, "--format", "json"]);
    expect(r.status).toBe(0);
    const charts = JSON.parse(r.stdout);
    expect(charts).toHaveLength(7);
    expect(charts[6].points.map((p: { category: string }) => p.category)).toEqual(["公务用车购置及运行维护费支出决算", "公务接待费支出决算"]);
  });

  it("verify-text: the example's own text shows its N-07 error and exits 1", () => {
    expect(existsSync(SEED)).toBe(true);
    const r = runCli(["verify-text", published, SEED, "--format", "json"]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(["N-07", "N-12", "N-17", "N-11"]));
  });

  it("verify-text: the generated narrative verifies clean", () => {
    const text = join(dir, "narrative.txt");
    writeFileSync(text, runCli(["narrative", consistent]).stdout);
    const r = runCli(["verify-text", consistent, text, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
  });
});
