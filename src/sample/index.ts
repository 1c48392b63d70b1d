/** The sample workbook generator: figures → a 部门决算公开 .xlsx in several real-world layouts. */
export { buildSampleWorkbook, layoutSampleSheets, SUPPLEMENTARY_SHEET, type SampleSheet } from "./build-workbook";
export { FIGURES_2021_CONSISTENT, FIGURES_2021_PUBLISHED } from "./figures-2021";
export * from "./figures";
export { DEFAULT_SAMPLE_OPTIONS, resolveOptions, type SampleOptions, type SheetNaming, type TableFamily } from "./options";
export { familyTables, type FamilyTable } from "./families";
