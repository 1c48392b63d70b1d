/**
 * The real Shanghai 2024 document (../shared/real) read through the Office adapter on the strict
 * fake: the batched read must deliver what the .xlsx reader delivers, and 校验 with marks must work.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readAllSheets } from "../../src/adapters/office/read-workbook";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { applyRounding } from "../../src/adapters/office/apply-rounding";
import { clearMarks } from "../../src/adapters/office/clear-marks";
import { cellAdjustments } from "../../src/taskpane/view/rounding-view";
import { analyze } from "../../src/core/analyze";
import { type FakeExcel, installFakeExcel, xlsxToRawSheets } from "../helpers/fake-excel";

const FILE = join(__dirname, "../../../shared/real/shanghai-putuo-shehuigongzuobu-2024.xlsx");

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

describe("the real Shanghai 2024 document in the strict fake", () => {
  it("reads the same sheets as the .xlsx reader, checks, marks and clears", async () => {
    expect(existsSync(FILE)).toBe(true);
    const raw = await xlsxToRawSheets(readFileSync(FILE));
    fake = installFakeExcel(raw);
    const read = await readAllSheets();
    const shape = (s: (typeof raw)[number]) => [s.name, s.origin, s.values, s.numberFormats, s.merges ?? [], s.hiddenRows, s.hiddenCols];
    expect(read.map(shape)).toEqual(raw.map(shape));
    expect(fake.syncCount).toBe(3);

    const analysis = analyze(read);
    expect(analysis.check.findings).toEqual(analyze(raw).check.findings);
    const result = await publishCheckResults({ findings: analysis.check.findings, loadIssues: analysis.workbook.issues, mark: true });
    expect(result.sheetName).toBe("审核结果");
    expect(result.marked).toBeGreaterThan(0); // the README of ../shared/real lists real defects
    const cleared = await clearMarks();
    expect(cleared.restored).toBe(result.marked);
  });

  it("应用舍位平衡 on its 尾差: the re-check has none left, 清除标记 gives the sheets back as they were", async () => {
    const raw = await xlsxToRawSheets(readFileSync(FILE));
    fake = installFakeExcel(raw);
    const analysis = analyze(await readAllSheets());
    const adjustments = cellAdjustments(analysis);
    expect(analysis.check.findings.some((f) => f.outcome === "rounding")).toBe(true);
    expect(adjustments.length).toBeGreaterThan(0);
    const before = fake.sheets();

    expect(await applyRounding(adjustments)).toEqual({ applied: adjustments.length, skipped: [] });
    const after = analyze(await readAllSheets());
    expect(after.check.findings.filter((f) => f.outcome === "rounding")).toEqual([]);
    // Only the 尾差 went: the document's real errors are still reported.
    expect(after.check.findings.length).toBe(analysis.check.findings.filter((f) => f.outcome !== "rounding").length);

    expect((await clearMarks()).valuesRestored).toBe(adjustments.length);
    expect(fake.sheets()).toEqual(before);
  });
});
