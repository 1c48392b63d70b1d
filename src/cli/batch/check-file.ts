/**
 * One workbook of a batch: read, check, summarise. Runs inside a worker thread (or in the main
 * thread with --jobs 1) and returns plain data only, so it crosses the thread boundary as is.
 * Nothing here throws: an unreadable file or a failure of the program is the workbook's row.
 */
import { countFindings } from "../../adapters/xlsx/finding-labels";
import type { TolerancePolicy } from "../../core/rounding";
import { checkWorkbook, type Finding } from "../../core/rules";
import { readWorkbook } from "../../core/tables";
import { buildCheckReport } from "../check-report";
import { UserInputError } from "../errors";
import { parseWorkbookBytes, readInputFile } from "../load";
import { sha256Hex } from "../provenance";
import type { IssueReport } from "../tables-report";
import type { BatchTask } from "./collect";
import { ownOutputKind } from "./own-output";

/**
 * ok: no error; errors: an error finding or a failed table reader; no-tables: no 决算 table recognised;
 * unreadable: not a readable .xlsx; skipped: one of our own outputs; failed: a program error.
 */
export type WorkbookStatus = "ok" | "errors" | "no-tables" | "unreadable" | "skipped" | "failed";

/** Counts by what a reader acts on: info here excludes 尾差 (counted as rounding). */
export interface WorkbookSummary {
  error: number;
  rounding: number;
  warning: number;
  info: number;
}

export interface WorkbookResult {
  file: string;
  sha256: string | null;
  status: WorkbookStatus;
  /** Why it was not checked (unreadable, skipped, failed), or null. */
  reason: string | null;
  unitName: string | null;
  family: string | null;
  summary: WorkbookSummary;
  findings: Finding[];
  loadIssues: IssueReport[];
}

/**
 * A checked workbook as it crosses from a worker to the main thread: what the totals need, and the
 * whole result as JSON text. A string crosses threads as one copy; the result as objects (tens of
 * KB of findings per workbook) took about a tenth of each worker's time to clone, plus the main
 * thread's to rebuild, and the JSON report prints the text as it is.
 */
export interface CheckedWorkbook {
  readonly status: WorkbookStatus;
  readonly summary: WorkbookSummary;
  /** JSON.stringify of the WorkbookResult. */
  readonly json: string;
}

export function toChecked(result: WorkbookResult): CheckedWorkbook {
  return { status: result.status, summary: result.summary, json: JSON.stringify(result) };
}

/**
 * Reading problems that leave the workbook unchecked (no table found, a reader failed): they fail
 * the workbook like an error. Cell-level ones (文字 in an amount cell, read as 0) stay listed only,
 * as in a single check.
 */
export const WORKBOOK_UNUSABLE: ReadonlySet<string> = new Set(["no-tables", "reader-failed"]);

const NO_COUNTS: WorkbookSummary = { error: 0, rounding: 0, warning: 0, info: 0 };

function notChecked(file: string, sha256: string | null, status: WorkbookStatus, reason: string): WorkbookResult {
  return { file, sha256, status, reason, unitName: null, family: null, summary: { ...NO_COUNTS }, findings: [], loadIssues: [] };
}

function reasonOf(file: string, err: unknown): { status: WorkbookStatus; reason: string } {
  // The row already names the file: drop the "<file>：" the single-file message starts with.
  if (err instanceof UserInputError) return { status: "unreadable", reason: err.message.startsWith(`${file}：`) ? err.message.slice(file.length + 1) : err.message };
  return { status: "failed", reason: `程序内部错误：${err instanceof Error ? err.message : String(err)}` };
}

/** A workbook file's bytes, or why they could not be read; never a rejected promise, so it can wait. */
export type FileRead = { readonly bytes: Uint8Array } | { readonly error: unknown };

export function readTaskFile(task: BatchTask): Promise<FileRead> {
  return readInputFile(task.path).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ error }),
  );
}

/** `read` lets a worker read the next file while it checks this one. */
export async function checkFile(task: BatchTask, policy: TolerancePolicy, read?: Promise<FileRead>): Promise<WorkbookResult> {
  const file = task.path;
  if (task.problem) return notChecked(file, null, "unreadable", task.problem);
  let sha256: string | null = null;
  try {
    const got = await (read ?? readTaskFile(task));
    if ("error" in got) throw got.error;
    const bytes = got.bytes;
    sha256 = sha256Hex(bytes);
    const sheets = await parseWorkbookBytes(file, bytes);
    const own = task.fromFolder ? ownOutputKind(sheets) : null;
    if (own) return notChecked(file, sha256, "skipped", own);
    const workbook = readWorkbook(sheets);
    const report = buildCheckReport(workbook, checkWorkbook(workbook, { tolerance: policy }), policy, { causes: false });
    const c = countFindings(report.findings);
    const summary = { error: c.错误, rounding: c.尾差, warning: c.警告, info: c.提示 };
    const readingError = report.loadIssues.some((i) => WORKBOOK_UNUSABLE.has(i.code));
    const status: WorkbookStatus = workbook.family === "unknown" ? "no-tables" : summary.error > 0 || readingError ? "errors" : "ok";
    return { file, sha256, status, reason: null, unitName: workbook.unitName, family: workbook.family, summary, findings: report.findings, loadIssues: report.loadIssues };
  } catch (err) {
    const { status, reason } = reasonOf(file, err);
    return notChecked(file, sha256, status, reason);
  }
}
