import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addFindingsSheet, FINDINGS_HEADER, FINDINGS_HEADER_ROW } from "../../src/adapters/xlsx/findings-sheet";
import { parseTolerance } from "../../src/core/rounding";
import { checkWorkbook, type Finding } from "../../src/core/rules";
import { renderFinding } from "../../src/core/rules/render";
import type { LoadIssue } from "../../src/core/tables";
import { FIGURES_2021_PUBLISHED } from "../../src/sample";
import { sampleWorkbook } from "../helpers/sample-workbooks";

jest.setTimeout(60_000);

/** Writes the workbook to .xlsx bytes and reads it back, as Excel or LibreOffice would get it. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

const warning: Finding = {
  ruleId: "I-19",
  severity: "warning",
  outcome: "inconsistent",
  messageId: "note",
  data: { kind: "note", text: "公开06表 公开06表!E9 为负数 -3.00。" },
  message: "公开06表 公开06表!E9 为负数 -3.00。",
  refs: [{ sheet: "公开06表", row: 8, col: 4 }],
  cells: ["公开06表!E9"],
  expected: null,
  actual: -3,
  difference: null,
  table: "T06",
};
const issue: LoadIssue = { code: "text-in-number", severity: "error", message: "公开06表!E10 应为金额，却是文字“abc”。", cells: [{ sheet: "公开06表", row: 9, col: 4 }], table: "T06" };

describe("addFindingsSheet", () => {
  it("writes one row per finding and load issue under a frozen, filtered Chinese header, coloured by severity", async () => {
    const wb = await sampleWorkbook({}, FIGURES_2021_PUBLISHED);
    const rounding = checkWorkbook(wb).findings; // the two real 0.01 尾差
    const errors = checkWorkbook(wb, { tolerance: parseTolerance("exact")! }).findings; // the same two, as 错误
    expect(rounding).toHaveLength(2);
    expect(errors.every((f) => f.severity === "error")).toBe(true);

    const out = new ExcelJS.Workbook();
    addFindingsSheet(out, "样例", {
      file: "样例.xlsx",
      unitName: wb.unitName ?? undefined,
      family: wb.family,
      findings: [...errors, ...rounding, warning],
      loadIssues: [issue],
      provenance: { 引擎版本: "0.1.0", 规则集: "abc123" },
    });
    const ws = (await roundTrip(out)).getWorksheet("样例")!;

    expect(ws.getCell("A1").value).toBe("审核结果：攀枝花市人民政府办公室（样例.xlsx）");
    expect(ws.getCell("A2").value).toBe("格式：四川14表；错误 2 条，尾差 2 条，警告 1 条，提示 0 条；读取问题 1 条。");
    expect(ws.getRow(FINDINGS_HEADER_ROW).values).toEqual([undefined, ...FINDINGS_HEADER]);
    const row = (k: number): unknown[] => (ws.getRow(FINDINGS_HEADER_ROW + k).values as unknown[]).slice(1);

    const e = errors[0]!;
    // 说明 is the one-line headline, 详细说明 the explanation, both from the core's renderer.
    const { headline, detail } = renderFinding(e);
    expect(headline).not.toBe(e.message);
    expect(row(1)).toEqual([1, e.ruleId, "错误", "不一致", "公开04表", e.cells.join("、"), headline, e.expected, e.actual, e.difference, detail]);
    expect(row(3).slice(2, 4)).toEqual(["提示", "尾差"]);
    expect(row(3)[6]).toContain("（尾差）");
    expect(row(5).slice(0, 8)).toEqual([5, "I-19", "警告", "不一致", "公开06表", "公开06表!E9", warning.message.replace(/。$/, ""), undefined]);
    expect(row(6).slice(0, 7)).toEqual([6, "读取", "错误", "读取问题", "公开06表", "公开06表!E10", issue.message]);
    expect(ws.getCell(`H${FINDINGS_HEADER_ROW + 1}`).numFmt).toBe("#,##0.00");

    // Provenance below a blank row, outside the filter.
    expect(ws.getCell(`A${FINDINGS_HEADER_ROW + 8}`).value).toBe("追溯信息");
    expect(ws.getCell(`A${FINDINGS_HEADER_ROW + 9}`).value).toBe("引擎版本：0.1.0");
    expect(ws.getCell(`A${FINDINGS_HEADER_ROW + 10}`).value).toBe("规则集：abc123");

    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: FINDINGS_HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${FINDINGS_HEADER_ROW}:K${FINDINGS_HEADER_ROW + 6}`);
    expect(ws.getColumn(7).width).toBeGreaterThanOrEqual(60);
    expect(ws.getColumn(1).width).toBeLessThan(10);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]!.ref).toBe(`A${FINDINGS_HEADER_ROW + 1}:K${FINDINGS_HEADER_ROW + 6}`);
    expect(cf[0]!.rules.map((r) => r.formulae[0])).toEqual([`$C4="错误"`, `$C4="警告"`, `$D4="尾差"`]);
  });

  it("says 未发现问题 for a clean workbook and adds no colour rule", async () => {
    const out = new ExcelJS.Workbook();
    addFindingsSheet(out, "一致", { findings: [], loadIssues: [] });
    const ws = (await roundTrip(out)).getWorksheet("一致")!;
    expect(ws.getCell("A1").value).toBe("审核结果");
    expect(ws.getCell("A2").value).toBe("错误 0 条，尾差 0 条，警告 0 条，提示 0 条。未发现问题。");
    expect(ws.getCell(`A${FINDINGS_HEADER_ROW + 1}`).value).toBeNull();
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toEqual([]);
  });

  it("imports no Node module, so the pane can use it in the browser", () => {
    for (const file of ["findings-sheet.ts", "finding-labels.ts"]) {
      const source = readFileSync(join(__dirname, "../../src/adapters/xlsx", file), "utf8");
      const modules = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
      expect(modules.length).toBeGreaterThan(0);
      expect(modules.filter((m) => m.startsWith("node:") || ["fs", "path", "os", "crypto", "worker_threads"].includes(m))).toEqual([]);
    }
  });
});
