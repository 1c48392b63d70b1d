/** Reading a generated sample workbook back with exceljs, for the sample tests. */
import ExcelJS from "exceljs";
import { buildSampleWorkbook, type SampleFigures, type SampleOptions } from "../../src/sample";

export async function loadSample(options: Partial<SampleOptions> = {}, figures?: SampleFigures): Promise<ExcelJS.Workbook> {
  const buf = await buildSampleWorkbook(figures, options);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

/** Cell values of a row from column 1 to the sheet's last column (merged slaves read as null). */
export function rowValues(ws: ExcelJS.Worksheet, r: number): unknown[] {
  const out: unknown[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const cell = ws.getCell(r, c);
    out.push(cell.isMerged && cell.master.address !== cell.address ? null : (cell.value ?? null));
  }
  return out;
}

/** First row number whose values satisfy the predicate, or throws. */
export function findRow(ws: ExcelJS.Worksheet, pred: (values: unknown[]) => boolean): number {
  for (let r = 1; r <= ws.rowCount; r++) if (pred(rowValues(ws, r))) return r;
  throw new Error(`no matching row in ${ws.name}`);
}

/** All non-empty cell values of a sheet, as strings. */
export function allTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
  return out;
}

/** The cells of a row after the first cell whose value equals `label`. */
export function after(values: unknown[], label: string): unknown[] {
  const i = values.indexOf(label);
  if (i < 0) throw new Error(`no ${label} in ${JSON.stringify(values)}`);
  return values.slice(i + 1);
}

/** Address of the merge master covering a cell ("A1"), or null when the cell is not merged. */
export function masterOf(ws: ExcelJS.Worksheet, r: number, c: number): string | null {
  const cell = ws.getCell(r, c);
  return cell.isMerged ? cell.master.address : null;
}
