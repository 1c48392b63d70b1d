import type { CellRef } from "../../src/core/cells";
import type { RawSheet } from "../../src/core/raw-sheet";
import { checkWorkbook, type Finding } from "../../src/core/rules";
import { readWorkbook, type Workbook } from "../../src/core/tables";
import { layoutSampleSheets, resolveOptions, FIGURES_2021_CONSISTENT } from "../../src/sample";
import { amountCells, setAmount, type AmountCell } from "../../src/sample/mutate";
import { sampleSheets } from "../helpers/sample-workbooks";

/** The consistent sample's sheets and its amount-cell catalogue (from the generator's layout). */
export async function sampleWithCells(): Promise<{ sheets: RawSheet[]; cells: AmountCell[] }> {
  const options = resolveOptions({});
  return { sheets: await sampleSheets(), cells: amountCells(layoutSampleSheets(FIGURES_2021_CONSISTENT, options), options) };
}

/** Reads and checks edited sheets the way a user's file is read. */
export function check(sheets: readonly RawSheet[]): { workbook: Workbook; findings: Finding[] } {
  const workbook = readWorkbook([...sheets]);
  return { workbook, findings: checkWorkbook(workbook).findings };
}

/** Types `wan` (万元) into a cell of the sheets, as a user applying a suggestion would. */
export function typeValue(sheets: readonly RawSheet[], ref: CellRef, wan: number): RawSheet[] {
  return setAmount(sheets, ref, Math.round(wan * 100)).sheets;
}
