/**
 * Hidden rows and columns read in Excel (hidden-lines.ts): the sample generator's hidden copy of a
 * 项 row and hidden 上年数 column in 公开06表 must give, through the Office adapter, what the .xlsx
 * adapter gives the CLI — the same RawSheet lines, tables and findings — without an extra sync.
 */
import { readAllSheets } from "../../src/adapters/office/read-workbook";
import { MAX_LINES_ONE_BY_ONE } from "../../src/adapters/office/hidden-lines";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { analyze } from "../../src/core/analyze";
import type { RawSheet, RawValue } from "../../src/core/raw-sheet";
import { buildSheet, type FakeExcel, FakeRange, installFakeExcel, xlsxToRawSheets } from "../helpers/fake-excel";
import { sampleBytes } from "../helpers/sample-workbooks";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  jest.restoreAllMocks();
});

const lines = (sheets: readonly RawSheet[]) => sheets.map((s) => [s.name, s.hiddenRows, s.hiddenCols]);
const withoutLines = (sheets: readonly RawSheet[]): RawSheet[] => sheets.map(({ hiddenRows: _r, hiddenCols: _c, ...s }) => s);
const outcome = (sheets: readonly RawSheet[]) => {
  const a = analyze(sheets);
  return { findings: a.check.findings, issues: a.workbook.issues, tables: a.workbook.tables };
};

/** The sample with hidden lines, as the CLI reads it and as the fake is seeded from it. */
async function hiddenSample(): Promise<{ cli: RawSheet[]; seed: RawSheet[] }> {
  const bytes = await sampleBytes({ hiddenRowsAndColumns: true });
  return { cli: await readXlsx(bytes), seed: await xlsxToRawSheets(bytes) };
}

describe("hidden rows and columns in Excel", () => {
  it.each([
    ["ExcelApi 1.9+ (getRowProperties / getColumnProperties)", "1.17"],
    ["ExcelApi 1.8 (row by row, column by column)", "1.8"],
  ])("reads the sample's hidden 项 row and 上年数 column as the .xlsx adapter does, in 3 syncs: %s", async (_, apiVersion) => {
    const sample = await hiddenSample();
    const seed = sample.seed;
    // Below ExcelApi 1.13 Excel gives no merged areas: compare with the .xlsx reading without them.
    const cli = apiVersion === "1.8" ? sample.cli.map(({ merges: _m, ...s }) => s) : sample.cli;
    expect(lines(cli).filter(([, r, c]) => r || c)).toEqual([["公开06表", [10], [4]]]);
    fake = installFakeExcel(seed, { apiVersion });
    const read = await readAllSheets();
    expect(fake.syncCount).toBe(3);
    expect(lines(read)).toEqual(lines(cli));
    const expected = outcome(cli);
    expect(outcome(read)).toEqual(expected);
    expect(expected.issues.map((i) => i.code)).toContain("hidden-cells");
    // The same sheets read as if nothing were hidden (as before) give other, false, findings.
    expect(outcome(withoutLines(read)).findings).not.toEqual(expected.findings);
  });

  it("asks nothing more of a workbook without hidden lines: no line flags, none reported", async () => {
    const rowProps = jest.spyOn(FakeRange.prototype, "getRowProperties");
    const colProps = jest.spyOn(FakeRange.prototype, "getColumnProperties");
    const seed = await xlsxToRawSheets(await sampleBytes());
    fake = installFakeExcel(seed);
    const read = await readAllSheets();
    expect(fake.syncCount).toBe(3);
    expect(read.every((s) => !("hiddenRows" in s) && !("hiddenCols" in s))).toBe(true);
    expect(rowProps).not.toHaveBeenCalled();
    expect(colProps).not.toHaveBeenCalled();
  });

  it("asks line flags only of the sheet with some hidden: one call each for 公开06表", async () => {
    const rowProps = jest.spyOn(FakeRange.prototype, "getRowProperties");
    const colProps = jest.spyOn(FakeRange.prototype, "getColumnProperties");
    fake = installFakeExcel((await hiddenSample()).seed);
    await readAllSheets();
    expect(rowProps).toHaveBeenCalledTimes(1);
    expect(colProps).toHaveBeenCalledTimes(1);
  });

  it("reports every line when all are hidden, from the used range alone", async () => {
    const colProps = jest.spyOn(FakeRange.prototype, "getColumnProperties");
    fake = installFakeExcel([{ ...buildSheet("S", [["a", "b"], [1, 2]], { origin: { row: 2, col: 3 } }), hiddenCols: [3, 4], hiddenRows: [3] }]);
    const [sheet] = await readAllSheets();
    expect([sheet!.hiddenRows, sheet!.hiddenCols]).toEqual([[3], [3, 4]]);
    expect(colProps).not.toHaveBeenCalled();
  });

  it.each(["1.17", "1.8"])("finds hidden rows across chunks, and through a chunk Excel refuses and that is split (ExcelApi %s)", async (apiVersion) => {
    const rows: RawValue[][] = Array.from({ length: 600 }, (_, r) => [`第${r}行`, r, r * 2, "说明文字说明文字"]);
    const hiddenRows = [0, 149, 150, 301, 599];
    const seed: RawSheet = { ...buildSheet("明细", rows, { origin: { row: 1, col: 1 } }), hiddenRows: hiddenRows.map((r) => r + 1), hiddenCols: [3] };
    const colProps = jest.spyOn(FakeRange.prototype, "getColumnProperties");
    const colOneByOne = jest.spyOn(FakeRange.prototype, "getColumn");
    // About 150 rows a chunk by estimate; the limit then refuses some chunks, which are split.
    fake = installFakeExcel([seed], { payloadLimit: 8_000, apiVersion });
    const [sheet] = await readAllSheets({ budgetBytes: 30_000 });
    expect(fake.payloads.some((p) => p.response > 8_000)).toBe(true);
    expect(sheet!.values).toEqual(seed.values);
    expect([sheet!.hiddenRows, sheet!.hiddenCols]).toEqual([seed.hiddenRows, [3]]);
    // The columns' flags come with the first band only, and again only if that band was split.
    const columnReads = apiVersion === "1.8" ? colOneByOne.mock.calls.length / 4 : colProps.mock.calls.length;
    expect(columnReads).toBeGreaterThanOrEqual(1);
    expect(columnReads).toBeLessThanOrEqual(2);
  });

  it(`below ExcelApi 1.9, leaves a sheet of more than ${MAX_LINES_ONE_BY_ONE} rows unknown rather than ask row by row`, async () => {
    const rows: RawValue[][] = Array.from({ length: MAX_LINES_ONE_BY_ONE + 1 }, (_, r) => [`行${r}`, r]);
    const seed: RawSheet = { ...buildSheet("长表", rows), hiddenRows: [5], hiddenCols: [1] };
    fake = installFakeExcel([seed], { apiVersion: "1.8" });
    const [sheet] = await readAllSheets();
    expect(fake.syncCount).toBe(3);
    // Unknown rows are read as visible, as before; the two columns are still asked one by one.
    expect(sheet!.hiddenRows).toBeUndefined();
    expect(sheet!.hiddenCols).toEqual([1]);
  });

  it("reads no hidden lines, and does not fail, on a host below ExcelApi 1.2", async () => {
    fake = installFakeExcel((await hiddenSample()).seed, { apiVersion: "1.1" });
    const read = await readAllSheets();
    expect(read.every((s) => s.hiddenRows === undefined && s.hiddenCols === undefined)).toBe(true);
  });
});
