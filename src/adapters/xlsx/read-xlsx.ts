import ExcelJS from "exceljs";
import type { MergedArea, RawSheet, RawValue } from "../../core/raw-sheet";
import { WorkbookReadError } from "./errors";
import { guardZip } from "./zip-guard";

type CellValue = ExcelJS.CellValue;

/** exceljs cell value → what Excel would show as the value (formulas evaluated, errors as text). */
export function toRawValue(v: CellValue): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: unknown }).error);
      if (result instanceof Date) return result.toISOString().slice(0, 10);
      return result as RawValue;
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

interface MergeModel {
  model: { top: number; left: number; bottom: number; right: number };
}

/** exceljs keeps merges on a private map; read it defensively. */
function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  const raw = (ws as unknown as { _merges?: Record<string, MergeModel> })._merges;
  if (!raw) return [];
  return Object.values(raw).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

function sheetToRaw(ws: ExcelJS.Worksheet): RawSheet {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  const merges = mergesOf(ws);
  if (bottom < 0) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges, hidden: ws.state !== "visible" };
  const values: RawValue[][] = [];
  const formats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const vr: RawValue[] = [];
    const fr: string[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.findCell(c);
      vr.push(cell ? toRawValue(cell.value) : null);
      fr.push(cell?.numFmt ?? "General");
    }
    values.push(vr);
    formats.push(fr);
  }
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) if (ws.getRow(r).hidden) hiddenRows.push(r - 1);
  const hiddenCols: number[] = [];
  for (let c = left; c <= right; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  return {
    name: ws.name,
    origin: { row: top - 1, col: left - 1 },
    values,
    numberFormats: formats,
    merges,
    hidden: ws.state !== "visible",
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenCols.length > 0 ? { hiddenCols } : {}),
  };
}

/**
 * Reads an .xlsx file's bytes into RawSheet[] — the same shape the Office.js adapter delivers.
 * Runs in Node and in the browser. Throws WorkbookReadError with a Chinese message when the
 * bytes are not a readable workbook.
 */
export async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  await guardZip(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new WorkbookReadError(`文件已损坏，无法作为 .xlsx 读取（${err instanceof Error ? err.message : String(err)}）。`);
  }
  return wb.worksheets.map(sheetToRaw);
}
