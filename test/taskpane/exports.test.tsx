/**
 * 导出 Word / 导出审核结果: the buttons appear for a file opened in the browser (and the offline
 * page) and not in Excel; the 审核结果 workbook has the batch report's per-workbook layout.
 */
import ExcelJS from "exceljs";
import { FINDINGS_HEADER, FINDINGS_HEADER_ROW } from "../../src/adapters/xlsx/findings-sheet";
import { analyze, type Analysis } from "../../src/core/analyze";
import { CheckPanel } from "../../src/taskpane/CheckPanel";
import { findingsExport } from "../../src/taskpane/exports/findings-export";
import { baseName } from "../../src/taskpane/exports/save-file";
import { DEFAULT_SETTINGS } from "../../src/taskpane/host/settings-store";
import { NarrativePanel } from "../../src/taskpane/NarrativePanel";
import { sampleSheets } from "../helpers/sample-workbooks";
import { render, session, EXCEL, BROWSER, noop } from "../helpers/pane-render";

jest.setTimeout(60_000);


async function defectAnalysis(): Promise<Analysis> {
  const sheets = await sampleSheets();
  const t06 = sheets.find((s) => s.name === "公开06表")!;
  (t06.values[9] as (number | string | null)[])[4] = 2143.76;
  return analyze(sheets);
}

describe("export buttons", () => {
  it("a file opened in the browser: 导出审核结果 and 导出 Word", async () => {
    const s = session(await defectAnalysis(), "决算2021.xlsx");
    expect(render(<CheckPanel session={s} actions={BROWSER} canRun needsFile={false} />)).toContain(">导出审核结果</button>");
    expect(render(<NarrativePanel session={s} actions={BROWSER} settings={DEFAULT_SETTINGS} onSettings={noop} canRun needsFile={false} />)).toContain(">导出 Word</button>");
  });

  it("in Excel (no file): neither, the results go into the workbook", async () => {
    const s = session(await defectAnalysis(), null);
    expect(render(<CheckPanel session={s} actions={EXCEL} canRun needsFile={false} />)).not.toContain("导出审核结果");
    expect(render(<NarrativePanel session={s} actions={EXCEL} settings={DEFAULT_SETTINGS} onSettings={noop} canRun needsFile={false} />)).not.toContain("导出 Word");
  });

  it("exported files are named after the workbook", () => {
    expect(baseName("决算2021.xlsx")).toBe("决算2021");
    expect(baseName("A.XLSX")).toBe("A");
    expect(baseName(null)).toBe("决算公开");
  });
});

describe("审核结果 .xlsx", () => {
  it("one sheet in the batch report's layout: header, every finding in order, counts, provenance", async () => {
    const analysis = await defectAnalysis();
    expect(analysis.check.findings.length).toBeGreaterThan(0);
    const bytes = await findingsExport(analysis, "决算2021.xlsx", new Date(2026, 0, 2, 3, 4, 5));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["审核结果"]);
    const ws = wb.getWorksheet("审核结果")!;
    expect(String(ws.getCell("A1").value)).toContain("决算2021.xlsx");
    expect((ws.getRow(FINDINGS_HEADER_ROW).values as unknown[]).slice(1)).toEqual([...FINDINGS_HEADER]);
    const rows = analysis.check.findings.map((_, k) => ws.getRow(FINDINGS_HEADER_ROW + 1 + k));
    expect(rows.map((r) => r.getCell(2).value)).toEqual(analysis.check.findings.map((f) => f.ruleId));
    expect(rows.map((r) => r.getCell(6).value)).toEqual(analysis.check.findings.map((f) => f.cells.join("、")));
    const texts: string[] = [];
    ws.eachRow((r) => texts.push(String(r.getCell(1).value)));
    expect(texts).toContain("生成时间：2026/1/2 03:04:05");
  });
});
