export * from "./fields";
export * from "./model";
export { labelMatchKey, resolveLabel } from "./labels";
export { findSupplementarySheet, readInputs, readSupplementarySheet, SUPPLEMENTARY_SHEET_NAME } from "./read-sheet";
export { supplementaryTemplate, TEMPLATE_HEADER, type TemplateRow, type InputsTemplate } from "./template";
export { priorFromInputs, priorFromWorkbook, type PriorWorkbookOptions } from "./prior-workbook";
export { workbookYear } from "./workbook-year";
