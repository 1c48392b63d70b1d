import { workbookYear } from "../inputs/workbook-year";
import type { Inputs } from "../inputs/model";
import type { Workbook } from "../tables/model";
import type { NumberFormatOptions } from "./format";
import { resolveOptions, type NarrativeOptions, type ResolvedOptions } from "./options";
import { absent, inputCountSlot, inputTextSlot, isAbsent, known, type Slot } from "./slots";

/** What every section needs besides its own figures. */
export interface NarrativeContext {
  readonly workbook: Workbook;
  readonly inputs: Inputs;
  readonly options: ResolvedOptions;
  readonly numberFormat: NumberFormatOptions;
  readonly year: Slot<number>;
  /** One unit name for the whole text (N-11). */
  readonly unitName: Slot<string>;
  readonly headingStyle: "sichuan14" | "sichuan13";
}

export function makeContext(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): NarrativeContext {
  const resolved = resolveOptions(options);
  return {
    workbook,
    inputs,
    options: resolved,
    numberFormat: { keepTrailingZeros: resolved.keepTrailingZeros, plainZero: resolved.plainZero },
    year: yearSlot(workbook, inputs, options),
    unitName: unitNameSlot(workbook, inputs, options),
    headingStyle: resolved.headingStyle ?? (workbook.family === "sichuan13" ? "sichuan13" : "sichuan14"),
  };
}

function yearSlot(workbook: Workbook, inputs: Inputs, options: NarrativeOptions): Slot<number> {
  if (options.year !== undefined) return known(options.year);
  const fromInputs = inputCountSlot(inputs, "year");
  if (!isAbsent(fromInputs)) return fromInputs;
  const fromTitles = workbookYear(workbook);
  return fromTitles !== null ? known(fromTitles) : absent("year", "决算年度");
}

function unitNameSlot(workbook: Workbook, inputs: Inputs, options: NarrativeOptions): Slot<string> {
  if (options.unitName) return known(options.unitName);
  const fromInputs = inputTextSlot(inputs, "unitName");
  if (!isAbsent(fromInputs)) return fromInputs;
  return workbook.unitName ? known(workbook.unitName) : absent("unitName", "单位名称");
}
