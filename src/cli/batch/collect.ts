/**
 * `juesuan check a.xlsx 单位/ …` → the list of workbooks to check, in a stable order. Folders are
 * searched recursively for spreadsheet files: .xlsx and .xlsm are read; .xls, .et, .xlsb and .ods
 * are listed too, so that a unit that sent its tables in a format we cannot read is a row saying
 * so, not a file silently left out of the review. Office lock files (~$…), hidden folders and the
 * report being written are left out. An argument that does not exist stays in the list, to become a row with its
 * reason rather than end the run.
 */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fsErrorMessage } from "../fs-errors";

export interface BatchTask {
  /** Path to open. */
  readonly path: string;
  /** Found by searching a folder (not named by the user): the add-in's own outputs are skipped. */
  readonly fromFolder: boolean;
  /** Set when the path cannot even be looked at: the row's reason. */
  readonly problem?: string;
}

const SPREADSHEET = /\.(xlsx|xlsm|xls|et|xlsb|ods)$/i;
const LOCK_FILE = /^~\$/;

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable sub-folder holds nothing we can check
  }
  entries.sort((a, b) => byPath(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && SPREADSHEET.test(e.name) && !LOCK_FILE.test(e.name)) out.push(p);
  }
}

export async function collectWorkbooks(args: readonly string[], exclude: readonly string[] = []): Promise<BatchTask[]> {
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const seen = new Set<string>();
  const tasks: BatchTask[] = [];
  const add = (task: BatchTask): void => {
    const key = resolve(task.path);
    if (seen.has(key) || excluded.has(key)) return;
    seen.add(key);
    tasks.push(task);
  };
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch (err) {
      add({ path: arg, fromFolder: false, problem: fsErrorMessage(err, arg, "读取") });
      continue;
    }
    if (!isDir) {
      add({ path: arg, fromFolder: false });
      continue;
    }
    const found: string[] = [];
    await walk(arg, found);
    const usable = found.filter((p) => !excluded.has(resolve(p)));
    if (usable.length === 0) add({ path: arg, fromFolder: false, problem: `文件夹 ${arg} 中没有 Excel 工作簿（.xlsx）。` });
    for (const p of usable) add({ path: p, fromFolder: true });
  }
  return tasks;
}
