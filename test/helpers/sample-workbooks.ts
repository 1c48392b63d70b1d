import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import type { RawSheet } from "../../src/core/raw-sheet";
import { readWorkbook, type Workbook } from "../../src/core/tables";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT, type SampleFigures, type SampleOptions } from "../../src/sample";

const cache = new Map<string, Promise<Uint8Array>>();

/** The sample workbook as real .xlsx bytes (built by the generator, cached per variant). */
export function sampleBytes(options: Partial<SampleOptions> = {}, figures: SampleFigures = FIGURES_2021_CONSISTENT): Promise<Uint8Array> {
  const key = JSON.stringify({ options, f: figures === FIGURES_2021_CONSISTENT ? "c" : figures });
  let p = cache.get(key);
  if (!p) {
    p = buildSampleWorkbook(figures, options).then((b) => new Uint8Array(b));
    cache.set(key, p);
  }
  return p;
}

/** Generated file → RawSheet[] through the production .xlsx adapter. */
export async function sampleSheets(options: Partial<SampleOptions> = {}, figures?: SampleFigures): Promise<RawSheet[]> {
  return readXlsx(await sampleBytes(options, figures));
}

export async function sampleWorkbook(options: Partial<SampleOptions> = {}, figures?: SampleFigures): Promise<Workbook> {
  return readWorkbook(await sampleSheets(options, figures));
}
