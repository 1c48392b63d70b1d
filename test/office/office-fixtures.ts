/** Seeds for the adapter tests: the generator's sample workbook, clean or with one defect. */
import { analyze, type Analysis } from "../../src/core/analyze";
import type { RawSheet } from "../../src/core/raw-sheet";
import type { FakeExcel, FakeLogEntry } from "../helpers/fake-excel";
import { sampleSheets } from "../helpers/sample-workbooks";

/** A copy of `sheets` with one cell changed (row/col relative to the sheet's used range). */
export function withValue(sheets: readonly RawSheet[], name: string, row: number, col: number, value: number | string): RawSheet[] {
  return sheets.map((s) => (s.name !== name ? s : { ...s, values: s.values.map((r, i) => (i !== row ? r : r.map((x, j) => (j === col ? value : x)))) }));
}

/** 公开06表 E10 (行政运行, 合计) one 万元 too high: X-10, I-07 and I-14 errors on 公开05表/公开06表. */
export async function oneDefectSheets(): Promise<RawSheet[]> {
  return withValue(await sampleSheets(), "公开06表", 9, 4, 2143.76);
}

/** The same cell 0.01 off: 尾差 findings (yellow) and one warning. */
export async function roundingSheets(): Promise<RawSheet[]> {
  return withValue(await sampleSheets(), "公开06表", 9, 4, 2142.77);
}

export function analysisOf(sheets: readonly RawSheet[]): Analysis {
  return analyze(sheets);
}

const WRITE_KINDS: ReadonlySet<FakeLogEntry["kind"]> = new Set([
  "values",
  "formulas",
  "numberFormat",
  "fill",
  "fillClear",
  "fillPattern",
  "font",
  "format",
  "clear",
  "sheetAdd",
  "sheetDelete",
  "sheetRename",
  "sheetVisibility",
  "chartAdd",
  "chartDelete",
  "nameAdd",
  "nameDelete",
]);

/** Everything that changed the document (selection and activation excluded). */
export function writesOf(fake: FakeExcel): FakeLogEntry[] {
  return fake.log.filter((e) => WRITE_KINDS.has(e.kind));
}

/** Fills the user gave cells before the add-in ran (colour null = no fill; pattern needs 1.9). */
export async function userFills(fake: FakeExcel, cells: readonly { sheet: string; a1: string; color: string | null; pattern?: string }[]): Promise<void> {
  const context = fake.newContext();
  for (const c of cells) {
    const fill = context.workbook.worksheets.getItem(c.sheet).getRange(c.a1).format.fill;
    if (c.color === null) fill.clear();
    else fill.color = c.color;
    if (c.pattern) fill.pattern = c.pattern;
  }
  await context.sync();
  resetCounters(fake);
}

/** Forget what set-up did, so that a test counts only the code under test. */
export function resetCounters(fake: FakeExcel): void {
  fake.syncCount = 0;
  fake.runCount = 0;
  fake.log.splice(0, fake.log.length);
}

/** Fill as stored: colour (null = none) and pattern when not solid. */
export function fillOf(fake: FakeExcel, sheet: string, a1: string): { color: string | null; pattern?: string } {
  const cell = fake.cell(sheet, a1);
  return { color: cell?.fill ?? null, ...(cell?.pattern ? { pattern: cell.pattern } : {}) };
}
