import { readFile, stat } from "node:fs/promises";
import { WorkbookReadError } from "../adapters/xlsx/errors";
import type { RawSheet } from "../core/raw-sheet";
import { readWorkbook, type Workbook } from "../core/tables";
import { UserInputError } from "./errors";
import { fsErrorMessage } from "./fs-errors";

/** A file's bytes; a missing file, a folder or no permission is a UserInputError in Chinese. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new UserInputError(`“${path}”是文件夹，不是 Excel 文件。`);
    return await readFile(path);
  } catch (err) {
    if (err instanceof UserInputError) throw err;
    throw new UserInputError(fsErrorMessage(err, path, "读取"));
  }
}

/**
 * .xlsx bytes → RawSheet[]. The reader is loaded on first use, so that commands which read no
 * workbook (--help, usage errors, sample) start without it.
 */
export async function parseWorkbookBytes(path: string, bytes: Uint8Array): Promise<RawSheet[]> {
  const [{ readXlsx }, { inflateRawNode }] = await Promise.all([import("../adapters/xlsx/read-xlsx"), import("./node-inflate")]);
  try {
    return await readXlsx(bytes, { inflateRaw: inflateRawNode });
  } catch (err) {
    if (err instanceof WorkbookReadError) throw new UserInputError(`${path}：${err.message}`);
    throw err;
  }
}

/** Reads a workbook file; anything unreadable becomes a UserInputError (exit 2, one Chinese line). */
export async function loadSheets(path: string): Promise<RawSheet[]> {
  return parseWorkbookBytes(path, await readInputFile(path));
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
