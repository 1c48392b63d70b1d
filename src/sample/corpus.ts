/**
 * A folder's worth of varied workbooks for `npm run bench:batch` and the batch tests: different
 * figures (rounding noise on the 2021 sample), layouts (format family, sheet names, units, codes,
 * 三公 layout, padding, amounts as text) and, for some, one defect (an amount off by 0.05–50 万元).
 * Deterministic for a seed. Each is a real .xlsx built by the generator.
 */
import { readXlsx } from "../adapters/xlsx/read-xlsx";
import { writeRawSheets } from "../adapters/xlsx/write-raw-sheets";
import { buildSampleWorkbook, layoutSampleSheets } from "./build-workbook";
import { FIGURES_2021_CONSISTENT } from "./figures-2021";
import { amountCells, Rng, shiftAmount } from "./mutate";
import { noiseFigures } from "./mutate-noise";
import { resolveOptions, type SampleOptions } from "./options";

export interface CorpusWorkbook {
  /** File name, e.g. "0007-central9-defect.xlsx". */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The changed cell for a defective workbook, else null. */
  readonly defect: string | null;
  readonly options: SampleOptions;
}

function variantOptions(rng: Rng): SampleOptions {
  return resolveOptions({
    family: rng.pick(["sichuan14", "sichuan14", "sichuan13", "central9"] as const),
    sheetNames: rng.pick(["label", "label", "fujian", "arbitrary"] as const),
    unit: rng.pick(["万元", "万元", "万元", "元"] as const),
    codes: rng.pick(["split", "whole"] as const),
    sanGongLayout: rng.pick(["horizontal", "vertical"] as const),
    amountsAsText: rng.next() < 0.15,
    zeroStyle: rng.pick(["blank", "zero"] as const),
    padding: { rows: rng.int(0, 2), cols: rng.int(0, 1) },
  });
}

/** `count` workbooks; about a quarter carry one defect (numeric 万元 ones only). */
export async function buildCorpus(count: number, seed = 11): Promise<CorpusWorkbook[]> {
  const rng = new Rng(seed);
  const out: CorpusWorkbook[] = [];
  for (let i = 0; i < count; i++) {
    const options = variantOptions(rng);
    // Rounding noise is a 万元 phenomenon: a 元 workbook prints the exact figures.
    const figures = rng.next() < 0.7 && options.unit === "万元" ? noiseFigures(FIGURES_2021_CONSISTENT, rng).rounded : FIGURES_2021_CONSISTENT;
    let bytes: Uint8Array = new Uint8Array(await buildSampleWorkbook(figures, options));
    let defect: string | null = null;
    // The mutation helpers write numbers in 万元: defects go into numeric 万元 workbooks only.
    const mutable = options.unit === "万元" && !options.amountsAsText;
    if (rng.next() < 0.45 && mutable) {
      const cells = amountCells(layoutSampleSheets(figures, options), options).filter((c) => c.cents !== 0);
      const cell = rng.pick(cells);
      const sign = rng.next() < 0.5 ? -1 : 1;
      const m = shiftAmount(await readXlsx(bytes), cell, sign * rng.pick([5, 30, 100, 5000]));
      bytes = await writeRawSheets(m.sheets);
      defect = cell.ref;
    }
    out.push({ name: `${String(i + 1).padStart(4, "0")}-${options.family}${defect ? "-defect" : ""}.xlsx`, bytes, defect, options });
  }
  return out;
}
