/** The parts of `juesuan check` over many workbooks that need no process: folders, names, progress, totals. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { batchFailed, buildBatchReport, renderBatchText } from "../../src/cli/batch/batch-report";
import type { WorkbookResult } from "../../src/cli/batch/check-file";
import { collectWorkbooks } from "../../src/cli/batch/collect";
import { ownOutputKind, REPORT_SUMMARY_HEADER } from "../../src/cli/batch/own-output";
import { progressOnStderr } from "../../src/cli/batch/progress";
import { sheetNameFor } from "../../src/cli/batch/sheet-names";
import { provenanceOf } from "../../src/cli/provenance";
import type { RawSheet } from "../../src/core/raw-sheet";
import { INTERVAL_POLICY } from "../../src/core/rounding";
import { tempDir } from "../helpers/run-cli";

describe("collectWorkbooks", () => {
  const dir = tempDir();
  beforeAll(() => {
    mkdirSync(join(dir, "b/c"), { recursive: true });
    mkdirSync(join(dir, ".hidden"));
    for (const f of ["a.xlsx", "b/B.XLSX", "b/c/d.xlsx", "b/~$B.XLSX", "b/notes.txt", ".hidden/e.xlsx", "report.xlsx"]) writeFileSync(join(dir, f), "x");
    mkdirSync(join(dir, "formats"));
    for (const f of ["u1.xls", "u2.et", "u3.xlsm", "u4.xlsb", "u5.ods", "u6.csv", "~$u1.xls"]) writeFileSync(join(dir, "formats", f), "x");
    mkdirSync(join(dir, "empty"));
  });

  it("finds spreadsheet files recursively in a stable order (formats we cannot read too, to become rows), without lock files, hidden folders, other files or the report being written", async () => {
    const tasks = await collectWorkbooks([dir], [join(dir, "report.xlsx")]);
    expect(tasks.map((t) => t.path.slice(dir.length + 1))).toEqual(["a.xlsx", "b/B.XLSX", "b/c/d.xlsx", "formats/u1.xls", "formats/u2.et", "formats/u3.xlsm", "formats/u4.xlsb", "formats/u5.ods"]);
    expect(tasks.every((t) => t.fromFolder && !t.problem)).toBe(true);
  });

  it("keeps a named file (even a lock file), lists each file once, and turns a missing path or an empty folder into a row", async () => {
    const tasks = await collectWorkbooks([join(dir, "a.xlsx"), dir, join(dir, "nope.xlsx"), join(dir, "empty"), join(dir, "b/~$B.XLSX")]);
    expect(tasks.filter((t) => t.path.endsWith("a.xlsx"))).toEqual([{ path: join(dir, "a.xlsx"), fromFolder: false }]);
    expect(tasks.find((t) => t.path.endsWith("nope.xlsx"))?.problem).toBe(`找不到文件：${join(dir, "nope.xlsx")}`);
    expect(tasks.find((t) => t.path.endsWith("empty"))?.problem).toBe(`文件夹 ${join(dir, "empty")} 中没有 Excel 工作簿（.xlsx）。`);
    expect(tasks.find((t) => t.path.endsWith("~$B.XLSX"))).toMatchObject({ fromFolder: false });
  });
});

describe("sheetNameFor", () => {
  it("makes valid, unique Excel sheet names from file paths", () => {
    const taken = new Set(["汇总"]);
    expect(sheetNameFor("单位/a:b?[1].xlsx", taken)).toBe("a_b__1_");
    expect(sheetNameFor("x/汇总.xlsx", taken)).toBe("汇总(2)");
    expect(sheetNameFor("y/A_B__1_.xlsx", taken)).toBe("A_B__1_(2)");
    const long = sheetNameFor(`${"长".repeat(40)}.xlsx`, taken);
    expect(long).toHaveLength(31);
    expect(sheetNameFor(`${"长".repeat(40)}.xlsx`, taken)).toBe(`${"长".repeat(28)}(2)`);
    expect(sheetNameFor("'.xlsx", taken)).toBe("工作簿");
  });
});

describe("ownOutputKind", () => {
  it("recognises the report workbook and the 补充信息 template by content, and nothing else", () => {
    const sheet = (name: string, values: (string | null)[][]): RawSheet => ({ name, origin: { row: 0, col: 0 }, values, numberFormats: [] });
    expect(ownOutputKind([sheet("汇总", [["决算公开审核汇总"], [null], [...REPORT_SUMMARY_HEADER]])])).toBe("决算公开助手生成的审核汇总");
    expect(ownOutputKind([sheet("补充信息", [["项目", "数值", "说明"], ["决算年度", null, null]])])).toBe("决算公开助手生成的补充信息模板");
    expect(ownOutputKind([sheet("汇总", [["单位", "金额"]])])).toBeNull();
    expect(ownOutputKind([sheet("补充信息", [["项目", "数值", "说明"]]), sheet("公开01表", [["收入支出决算总表"]])])).toBeNull();
    expect(ownOutputKind([])).toBeNull();
  });
});

describe("progressOnStderr", () => {
  function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
    const written: string[] = [];
    return { stream: { isTTY, columns: 40, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
  }

  it("shows count and file on a terminal once the run has taken a second, and clears the line at the end", () => {
    let now = 0;
    const { stream, written } = fakeStream(true);
    const p = progressOnStderr({ quiet: false, stream, now: () => now });
    p.update(1, 200, "a.xlsx");
    expect(written).toEqual([]);
    now = 1500;
    p.update(2, 200, `${"很长的文件夹名/".repeat(6)}b.xlsx`);
    expect(written[0]!.startsWith("\r已检查 2/200：很长的文件夹名")).toBe(true);
    expect(written[0]!.endsWith("…\x1b[K")).toBe(true);
    expect(written[0]!.length).toBeLessThanOrEqual(1 + 39 + 3);
    p.done();
    expect(written[1]).toBe("\r\x1b[K");
  });

  it("is silent when stderr is not a terminal, or with --quiet", () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const { stream, written } = fakeStream(tty);
      let now = 0;
      const p = progressOnStderr({ quiet, stream, now: () => now });
      now = 5000;
      p.update(1, 2, "a.xlsx");
      p.done();
      expect(written).toEqual([]);
    }
  });
});

describe("batch totals and text", () => {
  const row = (file: string, status: WorkbookResult["status"], error = 0, reason: string | null = null): WorkbookResult => ({
    file,
    sha256: status === "unreadable" ? null : "ab".repeat(32),
    status,
    reason,
    unitName: status === "ok" || status === "errors" ? "某单位" : null,
    family: status === "ok" || status === "errors" ? "sichuan14" : null,
    summary: { error, rounding: 1, warning: 0, info: 0 },
    findings: [],
    loadIssues: [],
  });

  it("counts each status, sums the findings and fails on errors, unreadable and table-less workbooks only", () => {
    const r = buildBatchReport([row("a.xlsx", "ok"), row("b.xlsx", "errors", 2), row("c.xlsx", "unreadable", 0, "文件已损坏"), row("d.xlsx", "skipped", 0, "决算公开助手生成的审核汇总")], provenanceOf(INTERVAL_POLICY));
    expect(r.totals).toEqual({ workbooks: 4, ok: 1, errors: 1, noTables: 0, unreadable: 1, skipped: 1, failed: 0, findings: { error: 2, rounding: 4, warning: 0, info: 0 } });
    expect(batchFailed(r.totals)).toBe(true);
    expect(batchFailed(buildBatchReport([row("a.xlsx", "ok"), row("d.xlsx", "skipped")], provenanceOf(INTERVAL_POLICY)).totals)).toBe(false);
    const text = renderBatchText(r);
    expect(text).toContain("[通过] a.xlsx（某单位，四川14表）：错误 0，尾差 1，警告 0，提示 0");
    expect(text).toContain("[无法读取] c.xlsx：文件已损坏");
    expect(text).toContain("[已跳过] d.xlsx：决算公开助手生成的审核汇总");
    expect(text).toContain("合计 4 个工作簿：通过 1 个，有错误 1 个，未识别附表 0 个，无法读取 1 个，已跳过 1 个；错误 2，尾差 4，警告 0，提示 0。");
    expect(text).toContain(`${"ab".repeat(32)}  a.xlsx`);
  });

  it("a passing workbook's cell-level reading problem is listed in its findings, not shown as its first error", () => {
    const w = { ...row("a.xlsx", "ok"), loadIssues: [{ code: "text-in-number", severity: "error", table: "T11", message: "公开11表 E5 应为金额，却是文字“合计”，按 0 计算。", cells: [] }] };
    const text = renderBatchText(buildBatchReport([w], provenanceOf(INTERVAL_POLICY)));
    expect(text.split("\n")[0]).toBe("[通过] a.xlsx（某单位，四川14表）：错误 0，尾差 1，警告 0，提示 0");
  });
});
