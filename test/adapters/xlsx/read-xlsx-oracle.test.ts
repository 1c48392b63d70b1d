/**
 * The .xlsx reader against an independent one: exceljs, converted the way Office.js reports a
 * range (test/helpers/fake-excel/xlsx-to-raw.ts). On the generated corpus, every layout variant
 * and the real Shanghai workbook, both give the same values and formats, and therefore the same
 * tables and the same findings.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readXlsx } from "../../../src/adapters/xlsx/read-xlsx";
import { writeRawSheets } from "../../../src/adapters/xlsx/write-raw-sheets";
import type { RawSheet } from "../../../src/core/raw-sheet";
import { checkWorkbook } from "../../../src/core/rules";
import { readWorkbook } from "../../../src/core/tables";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT, type SampleOptions } from "../../../src/sample";
import { buildCorpus } from "../../../src/sample/corpus";
import { xlsxToRawSheets } from "../../helpers/fake-excel/xlsx-to-raw";

jest.setTimeout(120_000);

/** What both readers must agree on: values, and the format of every cell that has a value. */
function comparable(sheets: readonly RawSheet[]): unknown {
  return sheets.map((s) => ({
    name: s.name,
    hidden: s.hidden === true,
    origin: s.origin,
    values: s.values,
    // exceljs drops the backslash escapes of format codes; Office.js (and our reader) keep them.
    formats: s.values.map((row, r) => row.map((v, c) => (v === null ? null : (s.numberFormats?.[r]?.[c] ?? "General").replace(/\\(.)/g, "$1")))),
    merges: [...(s.merges ?? [])].map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
  }));
}

/** The tables and findings, without the reader-specific parts of the sheets. */
function outcome(sheets: RawSheet[]): unknown {
  const wb = readWorkbook(sheets.map(({ hiddenRows: _r, hiddenCols: _c, ...s }) => s));
  return { family: wb.family, unit: wb.unitName, issues: wb.issues, findings: checkWorkbook(wb).findings };
}

async function expectSameReading(bytes: Uint8Array): Promise<void> {
  const ours = await readXlsx(bytes);
  const theirs = await xlsxToRawSheets(bytes);
  expect(comparable(ours)).toEqual(comparable(theirs));
  expect(outcome(ours)).toEqual(outcome(theirs));
}

describe("the reader agrees with exceljs read as Office.js would report", () => {
  it("on 40 corpus workbooks (families, units, layouts, text amounts, defects)", async () => {
    const corpus = await buildCorpus(40, 5);
    expect(corpus.some((w) => w.defect)).toBe(true);
    for (const w of corpus) await expectSameReading(w.bytes);
  });

  const variants: Partial<SampleOptions>[] = [
    { family: "central9", fundSubHeaders: "totalRow" },
    { t09Columns: "economic" },
    { t07Layout: "matrix" },
    { t05Columns: "fundParts" },
    { codeHeaderWording: "分类" },
    { totalRows: "last" },
    { decimals: 4 },
    { unit: "元", decimals: 0 },
    { columnNumberRow: "bare" },
    { continuedTable: true },
    { numericCodeParts: true, codePrefixedNames: true },
    { sheetNames: "arbitrary", titleLabel: false },
  ];
  it.each(variants.map((v) => [JSON.stringify(v), v] as const))("on the layout %s", async (_name, options) => {
    await expectSameReading(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, options)));
  });

  it("on the real Shanghai 2024 workbook", async () => {
    await expectSameReading(new Uint8Array(readFileSync(resolve(__dirname, "../../../../shared/real/shanghai-putuo-shehuigongzuobu-2024.xlsx"))));
  });
});

describe("hidden rows and columns, which the exceljs conversion does not report", () => {
  it("survive a write and a read (test fixtures are built that way)", async () => {
    const sheets = await readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, { hiddenRowsAndColumns: true })));
    const hiddenSheet = { ...sheets[0]!, name: "隐藏表", hidden: true };
    const back = await readXlsx(await writeRawSheets([...sheets, hiddenSheet]));
    const hiddenOf = (ss: readonly RawSheet[]): unknown => ss.map((s) => [s.name, s.hidden, s.hiddenRows ?? [], s.hiddenCols ?? []]);
    expect(hiddenOf(back)).toEqual(hiddenOf([...sheets, hiddenSheet]));
    expect(back.some((s) => (s.hiddenRows ?? []).length > 0)).toBe(true);
  });

  it("are reported within the used range of the sheet that has them", async () => {
    const sheets = await readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, { hiddenRowsAndColumns: true })));
    const withHidden = sheets.filter((s) => s.hiddenRows || s.hiddenCols);
    expect(withHidden).toHaveLength(1);
    const s = withHidden[0]!;
    expect(s.hiddenRows).toHaveLength(1);
    expect(s.hiddenCols).toHaveLength(1);
    const bottom = s.origin.row + s.values.length - 1;
    expect(s.hiddenRows!.every((r) => r >= s.origin.row && r <= bottom)).toBe(true);
  });
});
