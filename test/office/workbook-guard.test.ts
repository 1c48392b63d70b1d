/**
 * Issue 10, item 8: a workbook open read-only, or with its structure protected, is refused before
 * anything is written, with the right advice — not "unprotect the sheet".
 */
import { clearMarks } from "../../src/adapters/office/clear-marks";
import { OfficeAdapterError } from "../../src/adapters/office/errors";
import { insertCharts } from "../../src/adapters/office/insert-charts";
import { createSupplementaryTemplate } from "../../src/adapters/office/write-inputs-template";
import { writeNarrativeSheet } from "../../src/adapters/office/write-narrative";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { type FakeExcel, installFakeExcel } from "../helpers/fake-excel";
import { analysisOf, oneDefectSheets, resetCounters, writesOf } from "./office-fixtures";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

async function setUp(options: { readOnly?: boolean; workbookProtected?: boolean }) {
  const sheets = await oneDefectSheets();
  const analysis = analysisOf(sheets);
  fake = installFakeExcel(sheets, options);
  return analysis;
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as OfficeAdapterError);

describe("workbook protection and read-only mode", () => {
  it("refuses every write in a read-only workbook, in one sync, writing nothing", async () => {
    const analysis = await setUp({ readOnly: true });
    const chart = analysis.charts.find((c) => !c.unavailable && c.points.length > 0)!;
    const actions: [string, () => Promise<unknown>][] = [
      ["写入审核结果", () => publishCheckResults({ findings: analysis.check.findings, mark: true })],
      ["清除标记", () => clearMarks()],
      ["写入情况说明", () => writeNarrativeSheet([{ section: "一", text: "正文" }])],
      ["创建补充信息表", () => createSupplementaryTemplate([{ label: "上年收支总计", hint: "" }])],
      ["插入图表", () => insertCharts([chart])],
    ];
    for (const [doing, act] of actions) {
      resetCounters(fake!);
      const err = await failure(act());
      expect(err).toBeInstanceOf(OfficeAdapterError);
      expect(err!.message).toContain("只读");
      expect(err!.message).toContain(doing);
      expect(err!.message).not.toContain("撤销工作表保护");
      expect(fake!.syncCount).toBe(1);
      expect(writesOf(fake!)).toEqual([]);
    }
  });

  it("refuses what adds a sheet under structure protection, and says which protection", async () => {
    const analysis = await setUp({ workbookProtected: true });
    const err = await failure(publishCheckResults({ findings: analysis.check.findings, mark: true }));
    expect(err!.message).toMatch(/^工作簿结构受保护，助手无法添加“审核结果”工作表/);
    expect(err!.message).toContain("保护工作簿");
    expect(writesOf(fake!)).toEqual([]);
    const narrative = await failure(writeNarrativeSheet([{ section: "一", text: "正文" }]));
    expect(narrative!.message).toContain("“情况说明”");
    // 清除标记 adds no sheet: it works under structure protection.
    await expect(clearMarks()).resolves.toEqual({ restored: 0, kept: 0, valuesRestored: 0, valuesKept: 0 });
  });
});
