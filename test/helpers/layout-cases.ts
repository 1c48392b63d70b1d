/**
 * Reader layout fixtures: a generated sample workbook in one layout variant, read back through
 * the .xlsx adapter, with the amount-cell catalogue of its plain-data layout, so a test can
 * change one known cell and ask whether a rule names it.
 */
import type { RawSheet } from "../../src/core/raw-sheet";
import { checkWorkbook, type Finding } from "../../src/core/rules";
import { readWorkbook, type Workbook } from "../../src/core/tables";
import type { TableId } from "../../src/core/tables/table-ids";
import { FIGURES_2021_CONSISTENT, layoutSampleSheets, resolveOptions, type SampleFigures, type SampleOptions } from "../../src/sample";
import { amountCells, shiftAmount, type AmountCell } from "../../src/sample/mutate";
import { sampleSheets } from "./sample-workbooks";

export interface LayoutCase {
  readonly sheets: RawSheet[];
  readonly workbook: Workbook;
  readonly cells: AmountCell[];
}

export async function layoutCase(options: Partial<SampleOptions>, figures: SampleFigures = FIGURES_2021_CONSISTENT): Promise<LayoutCase> {
  const sheets = await sampleSheets(options, figures);
  const o = resolveOptions(options);
  return { sheets, workbook: readWorkbook(sheets), cells: amountCells(layoutSampleSheets(figures, o), o) };
}

/** Errors and warnings of a workbook (rounding 尾差 and infos left out). */
export function problems(wb: Workbook): Finding[] {
  return checkWorkbook(wb).findings.filter((f) => f.severity !== "info");
}

/** The first non-zero leaf cell of a table matching `pick`. */
export function leafCell(c: LayoutCase, table: TableId, pick: (a: AmountCell) => boolean = () => true): AmountCell {
  const cell = c.cells.find((a) => a.table === table && a.role === "leaf" && a.cents !== 0 && pick(a));
  if (!cell) throw new Error(`no non-zero leaf cell in ${table}`);
  return cell;
}

/** One cell off by `delta` (0.01 of the sheet's own unit; default 1 万元 on a 万元 sheet): the errors that name it. */
export function errorsNaming(c: LayoutCase, cell: AmountCell, delta = 100): Finding[] {
  const m = shiftAmount(c.sheets, cell, delta);
  const found = checkWorkbook(readWorkbook(m.sheets)).findings;
  return found.filter((f) => f.severity === "error" && f.cells.some((x) => m.changed.includes(x)));
}
