export * from "./model";
export * from "./table-ids";
export * from "./labels";
export * from "./lookup";
export { readWorkbook, familyName, OWN_SHEETS } from "./workbook";
export { shortClassName, FUNCTION_CLASSES, classCodeOfLabel } from "./codes";
