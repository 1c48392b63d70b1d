/**
 * Browser bundle served in place of office.js in the e2e tests: the in-memory Excel
 * (test/helpers/fake-excel) seeded from RawSheets the test computed in Node, plus the bits of
 * Office the pane uses that the fake leaves out (document settings). Built with esbuild as an
 * IIFE; it must not import anything Node-only (the exceljs converter stays out: the seed
 * arrives as plain RawSheets in window.__FAKE_SEED__).
 *
 * window.__fakeExcel lets the test look inside: syncs, the selected cell, charts, sheets.
 */
import type { RawSheet } from "../../src/core/raw-sheet";
import { FakeExcel, type FakeExcelOptions } from "../helpers/fake-excel/install";
import { areaA1, quoteSheetName } from "../helpers/fake-excel/state";

export interface FakeSeed {
  readonly sheets: RawSheet[];
  readonly options: FakeExcelOptions;
  /** Document settings already saved in the workbook (Office.context.document.settings). */
  readonly settings?: Record<string, unknown>;
}

export interface FakeChartSummary {
  readonly sheet: string;
  readonly chartType: string;
  readonly title: string;
  readonly seriesBy: string;
  readonly categories: unknown[];
}

export interface FakeExcelProbe {
  syncCount(): number;
  runCount(): number;
  /** "公开05表!F11", or null before anything was selected. */
  selection(): string | null;
  charts(): FakeChartSummary[];
  sheetNames(): string[];
  sheets(): RawSheet[];
  /** Fill colours of a sheet's cells, "A1" → colour. */
  fills(sheet: string): Record<string, string>;
  settings(): Record<string, unknown>;
  logKinds(): string[];
}

declare global {
  interface Window {
    __FAKE_SEED__?: FakeSeed;
    __fakeExcel?: FakeExcelProbe;
  }
}

/** Office.Settings as far as the pane uses it; saveAsync calls back like Office does. */
class FakeSettings {
  constructor(private readonly values: Record<string, unknown>) {}
  get(name: string): unknown {
    return this.values[name] ?? null;
  }
  set(name: string, value: unknown): void {
    this.values[name] = value;
  }
  remove(name: string): void {
    delete this.values[name];
  }
  saveAsync(callback?: (result: { status: string; value: undefined }) => void): void {
    setTimeout(() => callback?.({ status: "succeeded", value: undefined }), 0);
  }
}

const seed: FakeSeed = window.__FAKE_SEED__ ?? { sheets: [], options: {} };
const fake = new FakeExcel(seed.sheets, seed.options).install();
const savedSettings: Record<string, unknown> = { ...(seed.settings ?? {}) };

// The fake's Office global is a plain object: add what the pane reads beyond it.
const office = (globalThis as unknown as { Office: { context: Record<string, unknown>; AsyncResultStatus?: unknown } }).Office;
office.context.document = { settings: new FakeSettings(savedSettings) };
office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };

window.__fakeExcel = {
  syncCount: () => fake.syncCount,
  runCount: () => fake.runCount,
  selection: () => {
    const sel = fake.doc.selection;
    if (!sel) return null;
    const sheet = fake.doc.sheets.find((s) => s.id === sel.sheetId);
    return sheet ? `${quoteSheetName(sheet.name)}!${areaA1(sel.area)}` : null;
  },
  charts: () =>
    fake.charts().map((c) => ({
      sheet: fake.doc.sheets.find((s) => s.charts.includes(c))?.name ?? "",
      chartType: c.chartType,
      title: c.title,
      seriesBy: c.seriesBy,
      categories: [...c.categories],
    })),
  sheetNames: () => fake.doc.sheets.map((s) => s.name),
  sheets: () => fake.sheets(),
  fills: (name) => {
    const sheet = fake.doc.findSheet(name);
    const out: Record<string, string> = {};
    if (!sheet) return out;
    for (const [key, cell] of sheet.cells) {
      if (!cell.fill) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      out[areaA1({ top: r, left: c, rowCount: 1, columnCount: 1 })] = cell.fill;
    }
    return out;
  },
  settings: () => ({ ...savedSettings }),
  logKinds: () => fake.log.map((e) => e.kind),
};
