import ExcelJS from "exceljs";
import { toA1 } from "../../core/cells";
import type { RawSheet } from "../../core/raw-sheet";

/**
 * Writes RawSheet[] back to an .xlsx file (values, number formats, merges, hidden rows, columns
 * and sheets). Used to build test
 * fixtures and benchmark workbooks from read-and-modified sheets, so every fixture is a real file.
 */
export async function writeRawSheets(sheets: readonly RawSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, i) => {
      const r = ws.getRow(s.origin.row + i + 1);
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = r.getCell(s.origin.col + j + 1);
        cell.value = v;
        const fmt = s.numberFormats?.[i]?.[j];
        if (fmt && fmt !== "General") cell.numFmt = fmt;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(`${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
    for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const c of s.hiddenCols ?? []) ws.getColumn(c + 1).hidden = true;
    if (s.hidden) ws.state = "hidden";
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
