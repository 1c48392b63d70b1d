/** The in-memory Excel used by adapter and task-pane tests. See install.ts for usage. */
export { FakeExcel, installFakeExcel, type FakeExcelOptions } from "./install";
export { FakeRequestContext, type FakeLogEntry } from "./context";
export { FakeOfficeError } from "./errors";
export { FakeWorkbook, FakeWorksheet, FakeWorksheetCollection } from "./worksheet";
export { FakeRange, FakeRangeAreas, FakeRangeFill, FakeRangeFormat } from "./range";
export { FakeClientResult } from "./client-result";
export { FakeChart, FakeChartCollection, seriesFromBlock } from "./chart";
export { FakeNamedItem, FakeNamedItemCollection } from "./names";
export { enteredValue, hyperlinkTarget } from "./input";
export { type CellState, type ChartState, type NameState, sheetToRaw } from "./state";
export { xlsxToRawSheets } from "./xlsx-to-raw";
export { buildSheet, buildSheets } from "./build";
