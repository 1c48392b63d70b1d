/**
 * The real Shanghai 2024 document (../shared/real) read through the Office adapter on the strict
 * fake: the batched read must deliver what the .xlsx reader delivers, and 校验 with marks must work.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readAllSheets } from "../../src/adapters/office/read-workbook";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { clearMarks } from "../../src/adapters/office/clear-marks";
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
    const shape = (s: (typeof raw)[number]) => [s.name, s.origin, s.values, s.numberFormats, s.merges ?? []];
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
});
