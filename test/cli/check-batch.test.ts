/**
 * `juesuan check <folder>` over a mixed folder as a 财政局 would have it: good, defective,
 * unreadable and not-决算 workbooks, an Office lock file, and (from an earlier run) the report.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { writeRawSheets } from "../../src/adapters/xlsx/write-raw-sheets";
import { FIGURES_2021_CONSISTENT, FIGURES_2021_PUBLISHED, layoutSampleSheets, resolveOptions } from "../../src/sample";
import { amountCells, shiftAmount } from "../../src/sample/mutate";
import { runCli, tempDir } from "../helpers/run-cli";
import { sampleBytes } from "../helpers/sample-workbooks";

jest.setTimeout(180_000);

interface JsonWorkbook {
  file: string;
  sha256: string | null;
  status: string;
  reason: string | null;
  unitName: string | null;
  family: string | null;
  summary: { error: number; rounding: number; warning: number; info: number };
  findings: { ruleId: string; severity: string; cells: string[] }[];
  loadIssues: { code: string }[];
}

const dir = tempDir();
const folder = join(dir, "各单位");
const report = join(folder, "审核汇总.xlsx");
const rel = (p: string) => p.slice(dir.length + 1);
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
let defectCell: string;

beforeAll(async () => {
  mkdirSync(join(folder, "二级单位"), { recursive: true });
  const good = await sampleBytes();
  writeFileSync(join(folder, "good.xlsx"), good);
  writeFileSync(join(folder, "~$good.xlsx"), "lock");
  writeFileSync(join(folder, "二级单位", "published.xlsx"), await sampleBytes({}, FIGURES_2021_PUBLISHED));
  // One 公开06表 amount 1 万元 too high: a real one-defect workbook from the generator.
  const options = resolveOptions({});
  const cell = amountCells(layoutSampleSheets(FIGURES_2021_CONSISTENT, options), options).find((c) => c.sheet === "公开06表" && c.role === "leaf" && c.cents > 0)!;
  defectCell = cell.ref;
  writeFileSync(join(folder, "defective.xlsx"), await writeRawSheets(shiftAmount(await readXlsx(good), cell, 100).sheets));
  writeFileSync(join(folder, "broken.xlsx"), "单位,金额\n办公室,1\n");
  writeFileSync(join(folder, "other.xlsx"), await writeRawSheets([{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [["姓名", "年龄"], ["张三", 30]], numberFormats: [] }]));
});

describe("juesuan check over a mixed folder", () => {
  let byFile: Map<string, JsonWorkbook>;
  let jobs1: JsonWorkbook[];

  it("JSON: the right status for each workbook, totals, provenance and sha256; exit 1", () => {
    const r = runCli(["check", "各单位", "--format", "json", "--jobs", "1"], dir);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { workbooks: JsonWorkbook[]; totals: Record<string, unknown>; provenance: Record<string, unknown> };
    jobs1 = out.workbooks;
    byFile = new Map(out.workbooks.map((w) => [w.file, w]));
    expect([...byFile.keys()]).toEqual(["各单位/broken.xlsx", "各单位/defective.xlsx", "各单位/good.xlsx", "各单位/other.xlsx", "各单位/二级单位/published.xlsx"]);
    expect(byFile.get("各单位/good.xlsx")).toMatchObject({ status: "ok", unitName: "攀枝花市人民政府办公室", family: "sichuan14", summary: { error: 0, rounding: 0, warning: 0, info: 0 }, findings: [] });
    expect(byFile.get("各单位/二级单位/published.xlsx")).toMatchObject({ status: "ok", summary: { error: 0, rounding: 2 } });
    const defective = byFile.get("各单位/defective.xlsx")!;
    expect(defective.status).toBe("errors");
    expect(defective.summary.error).toBeGreaterThan(0);
    expect(defective.findings.some((f) => f.severity === "error" && f.cells.includes(defectCell))).toBe(true);
    expect(byFile.get("各单位/broken.xlsx")).toMatchObject({ status: "unreadable", unitName: null, findings: [] });
    expect(byFile.get("各单位/broken.xlsx")!.reason).toContain("不是 Excel 工作簿");
    expect(byFile.get("各单位/other.xlsx")).toMatchObject({ status: "no-tables", family: "unknown" });
    expect(byFile.get("各单位/other.xlsx")!.loadIssues.map((i) => i.code)).toContain("no-tables");
    for (const w of out.workbooks) expect(w.sha256).toBe(sha(join(dir, w.file)));
    expect(out.totals).toEqual({ workbooks: 5, ok: 2, errors: 1, noTables: 1, unreadable: 1, skipped: 0, failed: 0, findings: expect.objectContaining({ rounding: 2 }) });
    expect(out.provenance).toMatchObject({ engine: "juesuan 0.1.0", tolerance: "interval", toleranceText: "四舍五入区间", ruleSet: { rules: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });

  it("--jobs 2 gives the same result and writes the report workbook (never over an existing one without --force)", async () => {
    const r = runCli(["check", "各单位", "--format", "json", "--jobs", "2", "-o", rel(report)], dir);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).workbooks).toEqual(jobs1);
    expect(r.stderr).toContain("已写出审核汇总");

    const before = statSync(report).mtimeMs;
    const again = runCli(["check", "各单位", "-o", rel(report)], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("已存在");
    expect(again.stderr).toContain("--force");
    expect(statSync(report).mtimeMs).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(report) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["汇总", "defective", "good", "other", "published"]);
    const summary = wb.getWorksheet("汇总")!;
    expect(summary.getRow(3).getCell(1).value).toBe("序号");
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(summary.autoFilter).toBe("A3:M8");
    const rows = [4, 5, 6, 7, 8].map((n) => summary.getRow(n));
    expect(rows.map((row) => [row.getCell(2).value, row.getCell(5).value])).toEqual([
      ["各单位/broken.xlsx", "无法读取"],
      ["各单位/defective.xlsx", "有错误"],
      ["各单位/good.xlsx", "通过"],
      ["各单位/other.xlsx", "未识别附表"],
      ["各单位/二级单位/published.xlsx", "通过"],
    ]);
    expect(rows[1]!.getCell(12).value).toMatchObject({ formula: `HYPERLINK("#'defective'!A1","查看")` });
    expect(rows[0]!.getCell(12).value).toBe("");
    expect(rows[2]!.getCell(13).value).toBe(sha(join(folder, "good.xlsx")));
    const sheet = wb.getWorksheet("defective")!;
    expect(sheet.getRow(3).getCell(7).value).toBe("说明");
    expect(sheet.getRow(4).getCell(3).value).toBe("错误");
    const text = sheet.getColumn(1).values.filter((v): v is string => typeof v === "string");
    expect(text).toContain(`文件 SHA-256：${sha(join(folder, "defective.xlsx"))}`);
  });

  it("text: one line per workbook, totals and the sha256 list; the earlier report in the folder is skipped", () => {
    const r = runCli(["check", "各单位", "--jobs", "2"], dir);
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^\[无法读取\] 各单位\/broken\.xlsx：文件不是 Excel 工作簿/);
    expect(lines[1]).toMatch(/^\[有错误\] 各单位\/defective\.xlsx（攀枝花市人民政府办公室，四川14表）：错误 \d+，尾差 \d+，警告 0，提示 0；首个错误：/);
    expect(lines[2]).toBe("[通过] 各单位/good.xlsx（攀枝花市人民政府办公室，四川14表）：错误 0，尾差 0，警告 0，提示 0");
    expect(lines[3]).toBe("[未识别附表] 各单位/other.xlsx：工作簿中没有识别出任何决算公开附表（按表名识别，如“收入支出决算总表”）。");
    expect(lines[4]).toBe("[通过] 各单位/二级单位/published.xlsx（攀枝花市人民政府办公室，四川14表）：错误 0，尾差 2，警告 0，提示 0");
    expect(lines[5]).toBe("[已跳过] 各单位/审核汇总.xlsx：决算公开助手生成的审核汇总");
    expect(r.stdout).toMatch(/合计 6 个工作簿：通过 2 个，有错误 1 个，未识别附表 1 个，无法读取 1 个，已跳过 1 个；/);
    expect(r.stdout).toContain(`${sha(join(folder, "good.xlsx"))}  各单位/good.xlsx`);
    expect(r.stdout).toContain("容差：四舍五入区间");
    expect(r.stderr).toBe(""); // not a terminal: no progress
  });

  it("exits 0 when every workbook passes; a bad --jobs is a usage error", () => {
    const ok = runCli(["check", "各单位/good.xlsx", "各单位/二级单位", "--quiet"], dir);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("合计 2 个工作簿：通过 2 个");
    const bad = runCli(["check", "各单位", "--jobs", "0"], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--jobs");
  });
});

describe("juesuan check on one workbook keeps its output, with provenance", () => {
  it("text and JSON state the engine, rule set, tolerance and the file's sha256", () => {
    const t = runCli(["check", "各单位/good.xlsx"], dir);
    expect(t.status).toBe(0);
    expect(t.stdout.split("\n")[0]).toBe("校验结果：错误 0 条，警告 0 条，提示 0 条（容差：四舍五入区间）");
    expect(t.stdout).toMatch(/引擎：juesuan 0\.1\.0；规则集：\d+ 条规则，SHA-256 [0-9a-f]{16}；容差：四舍五入区间/);
    expect(t.stdout).toContain(`${sha(join(folder, "good.xlsx"))}  各单位/good.xlsx`);
    const j = JSON.parse(runCli(["check", "各单位/good.xlsx", "--format", "json", "--tolerance", "fixed:0.01"], dir).stdout);
    expect(j).toMatchObject({ format: "sichuan14", file: "各单位/good.xlsx", sha256: sha(join(folder, "good.xlsx")), provenance: { tolerance: "fixed:0.01", toleranceText: "固定容差 0.01 万元" } });
  });
});

describe("a folder where some units sent other spreadsheet formats", () => {
  it("every file is a row: .xlsm is checked, .xls / .et / .xlsb / .ods say which format and to save as .xlsx", async () => {
    const other = join(dir, "格式");
    mkdirSync(other, { recursive: true });
    const good = await sampleBytes();
    writeFileSync(join(other, "a.xlsm"), good);
    // An OLE compound file header: what .xls and WPS .et files start with.
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    writeFileSync(join(other, "b.xls"), ole);
    writeFileSync(join(other, "c.et"), ole);
    writeFileSync(join(other, "d.csv"), "单位,金额\n");
    const r = runCli(["check", "格式", "--format", "json", "--jobs", "1"], dir);
    const rows = (JSON.parse(r.stdout) as { workbooks: JsonWorkbook[] }).workbooks;
    expect(rows.map((w) => [w.file, w.status])).toEqual([
      ["格式/a.xlsm", "ok"],
      ["格式/b.xls", "unreadable"],
      ["格式/c.et", "unreadable"],
    ]);
    expect(rows[2]!.reason).toBe("这是旧版 Excel 97-2003（.xls）或 WPS 表格（.et）文件，或设置了打开密码的工作簿：请在 Excel 或 WPS 中（取消密码后）“另存为” Excel 工作簿（.xlsx）再读取。");
    expect(r.status).toBe(1);
  });
});
