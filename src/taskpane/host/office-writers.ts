/**
 * The Office.js writers the pane calls, bound to src/adapters/office (which owns Excel.run, the
 * sync budget and the Chinese error messages). One object, so that OfficeWorkbookHost can be
 * tested with stand-ins and the binding to the adapters' exact signatures lives in one place.
 */
import { applyRounding, clearMarks, createSupplementaryTemplate, insertCharts, publishCheckResults, selectCell, writeNarrativeSheet } from "../../adapters/office";
import type { WorkbookHost } from "./workbook-host";

export type OfficeWriters = Pick<
  WorkbookHost,
  "selectCell" | "publishCheckResults" | "clearMarks" | "applyRounding" | "writeNarrativeSheet" | "createSupplementaryTemplate" | "insertCharts"
>;

export const OFFICE_WRITERS: OfficeWriters = {
  selectCell,
  publishCheckResults,
  clearMarks,
  applyRounding,
  writeNarrativeSheet,
  createSupplementaryTemplate,
  insertCharts: (specs, only) => insertCharts(specs, only ? { only } : {}),
};
