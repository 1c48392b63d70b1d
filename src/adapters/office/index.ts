/** The Office.js adapter: the only code that calls Excel.run. Plain data in and out. */
export { readAllSheets, type ReadOptions } from "./read-workbook";
export { publishCheckResults, type PublishCheckOptions, type PublishCheckResult } from "./write-findings";
export { clearMarks, type ClearMarksResult } from "./clear-marks";
export { applyRounding, type ApplyRoundingResult, type CellAdjustment } from "./apply-rounding";
export { selectCell } from "./select-cell";
export { writeNarrativeSheet, type NarrativeParagraph, type WriteNarrativeResult } from "./write-narrative";
export { createSupplementaryTemplate, type CreateTemplateResult, type TemplateRowInput } from "./write-inputs-template";
export { insertCharts, type ChartSpecInput, type InsertChartsOptions, type InsertChartsResult } from "./insert-charts";
export { MARK_COLOURS, type MarkKind } from "./marks";
export { OWN_SHEET_NAMES, type OwnRole } from "./own-sheets";
export { describeOfficeError, officeErrorMessage, OfficeAdapterError, type OfficeErrorDescription } from "./errors";
export type { FindingRow, LoadIssueRow } from "./check-sheet-rows";
