/**
 * The host-independent shape of one worksheet, as every adapter delivers it (Office.js used
 * range, an .xlsx file, a test builder). Values are what Excel shows as the cell's value:
 * formulas are already evaluated, error cells arrive as their error text ("#REF!").
 */
export type RawValue = string | number | boolean | null;

/** A merged area, 0-based and absolute on the sheet, inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface RawSheet {
  readonly name: string;
  /** Absolute position of values[0][0] (the used range need not start at A1). */
  readonly origin: { readonly row: number; readonly col: number };
  /** Row-major values of the used range; rows may be shorter than the widest row. */
  readonly values: readonly (readonly RawValue[])[];
  /** Number formats parallel to `values` ("General", "#,##0.00", …); null when the host gave none. */
  readonly numberFormats: readonly (readonly string[])[] | null;
  /** Merged areas, when the host can tell them. Without them, header paths are inferred. */
  readonly merges?: readonly MergedArea[];
  /** True when the sheet is hidden in the workbook. */
  readonly hidden?: boolean;
  /** Hidden rows and columns (absolute, 0-based), when the host can tell them. They are not printed. */
  readonly hiddenRows?: readonly number[];
  readonly hiddenCols?: readonly number[];
}

/** Value at an absolute sheet position, or null outside the used range. */
export function rawValueAt(sheet: RawSheet, row: number, col: number): RawValue {
  const r = sheet.values[row - sheet.origin.row];
  if (!r) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

export function rawFormatAt(sheet: RawSheet, row: number, col: number): string {
  const r = sheet.numberFormats?.[row - sheet.origin.row];
  const f = r?.[col - sheet.origin.col];
  return f ?? "General";
}

/** Absolute bounds of the used range: [firstRow, lastRow] × [firstCol, lastCol], inclusive. */
export function sheetBounds(sheet: RawSheet): { top: number; left: number; bottom: number; right: number } {
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    top: sheet.origin.row,
    left: sheet.origin.col,
    bottom: sheet.origin.row + sheet.values.length - 1,
    right: sheet.origin.col + width - 1,
  };
}
