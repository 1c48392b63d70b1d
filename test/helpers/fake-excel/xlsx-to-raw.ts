/**
 * Seeds the fake from a real .xlsx (a fixture, the sample generator's output) by reading it
 * with exceljs into the values Office.js would report. Test-only on purpose: the production
 * .xlsx adapter (src/adapters/xlsx) is separate work, and this converter only has to be good
 * enough to stand in for what Excel would show.
 */
import ExcelJS from "exceljs";
import type { MergedArea, RawSheet, RawValue } from "../../../src/core/raw-sheet";
import { fromA1 } from "../../../src/core/cells";

/** Excel's serial date (1900 system), which is what Office.js returns for a date cell. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function toRawValue(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value === "" ? null : value;
  if (value instanceof Date) return excelSerial(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("") || null;
  if ("hyperlink" in value) return value.text;
  // Formulas: Excel shows the cached result; a file written without results shows nothing.
  if ("result" in value || "formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : toRawValue(result);
  }
  return null;
}

function parseMerge(range: string): MergedArea | null {
  const [a = "", b = a] = range.split(":");
  const p = fromA1(a);
  const q = fromA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export async function xlsxToRawSheets(data: Buffer | ArrayBuffer | Uint8Array): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // exceljs' declared parameter type lags behind Node's Buffer generics; the bytes are what it wants.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((ws) => {
    const cells: { row: number; col: number; value: RawValue; format: string }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // Only the top-left cell of a merge holds the value in Excel; exceljs repeats it.
        const value = cell.type === ExcelJS.ValueType.Merge ? null : toRawValue(cell.value);
        if (value !== null) cells.push({ row: rowNumber - 1, col: colNumber - 1, value, format: cell.numFmt || "General" });
      });
    });
    const merges = ws.model.merges.map(parseMerge).filter((m): m is MergedArea => m !== null);
    const hidden = ws.state !== "visible";
    if (cells.length === 0) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges, ...(hidden ? { hidden } : {}) };
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const bottom = Math.max(...cells.map((c) => c.row));
    const right = Math.max(...cells.map((c) => c.col));
    // Hidden rows and columns inside the used range, as Excel reports them per row and column.
    const lines = (first: number, last: number, hidden: (i: number) => boolean | undefined): number[] =>
      Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((i) => hidden(i) === true);
    const hiddenRows = lines(top, bottom, (r) => ws.findRow(r + 1)?.hidden);
    const hiddenCols = lines(left, right, (c) => ws.getColumn(c + 1).hidden);
    const values: RawValue[][] = Array.from({ length: bottom - top + 1 }, () => Array<RawValue>(right - left + 1).fill(null));
    const numberFormats: string[][] = Array.from({ length: bottom - top + 1 }, () => Array<string>(right - left + 1).fill("General"));
    for (const c of cells) {
      values[c.row - top]![c.col - left] = c.value;
      numberFormats[c.row - top]![c.col - left] = c.format;
    }
    return {
      name: ws.name,
      origin: { row: top, col: left },
      values,
      numberFormats,
      merges,
      ...(hidden ? { hidden } : {}),
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
      ...(hiddenCols.length > 0 ? { hiddenCols } : {}),
    };
  });
}
