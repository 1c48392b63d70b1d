import { readFile, stat } from "node:fs/promises";
import { WorkbookReadError } from "../adapters/xlsx/errors";
import { readXlsx } from "../adapters/xlsx/read-xlsx";
import type { RawSheet } from "../core/raw-sheet";
import { readWorkbook, type Workbook } from "../core/tables";
import { UserInputError } from "./errors";

/** Reads a workbook file; anything unreadable becomes a UserInputError (exit 2, one Chinese line). */
export async function loadSheets(path: string): Promise<RawSheet[]> {
  let bytes: Uint8Array;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new UserInputError(`“${path}”是文件夹，不是 Excel 文件。`);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof UserInputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UserInputError(`找不到文件：${path}`);
    if (code === "EACCES") throw new UserInputError(`没有权限读取文件：${path}`);
    throw new UserInputError(`无法读取文件 ${path}：${(err as Error).message}`);
  }
  try {
    return await readXlsx(bytes);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw new UserInputError(`${path}：${err.message}`);
    throw err;
  }
}

export async function loadWorkbookFile(path: string): Promise<{ sheets: RawSheet[]; workbook: Workbook }> {
  const sheets = await loadSheets(path);
  return { sheets, workbook: readWorkbook(sheets) };
}

export function parseFormat(value: string | undefined): "text" | "json" {
  if (value === undefined || value === "text") return "text";
  if (value === "json") return "json";
  throw new UserInputError(`--format 只能是 text 或 json，收到“${value}”。`);
}
