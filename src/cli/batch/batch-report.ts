/** The several-workbook result of `juesuan check`: totals, the JSON shape and the text lines. */
import { FAMILY_NAMES } from "../../core/tables/table-ids";
import type { Provenance } from "../provenance";
import { provenanceFooter } from "../provenance";
import type { WorkbookResult, WorkbookStatus, WorkbookSummary } from "./check-file";

export interface BatchTotals {
  workbooks: number;
  ok: number;
  errors: number;
  noTables: number;
  unreadable: number;
  skipped: number;
  /** Program errors on a workbook (reported, never hidden). */
  failed: number;
  findings: WorkbookSummary;
}

/** `juesuan check a.xlsx b/ --format json` (documented in the README). */
export interface BatchReport {
  workbooks: WorkbookResult[];
  totals: BatchTotals;
  provenance: Provenance;
}

export const STATUS_ZH: Record<WorkbookStatus, string> = {
  ok: "通过",
  errors: "有错误",
  "no-tables": "未识别附表",
  unreadable: "无法读取",
  skipped: "已跳过",
  failed: "程序错误",
};

export function batchTotals(workbooks: readonly { status: WorkbookStatus; summary: WorkbookSummary }[]): BatchTotals {
  const totals: BatchTotals = { workbooks: workbooks.length, ok: 0, errors: 0, noTables: 0, unreadable: 0, skipped: 0, failed: 0, findings: { error: 0, rounding: 0, warning: 0, info: 0 } };
  const key = { ok: "ok", errors: "errors", "no-tables": "noTables", unreadable: "unreadable", skipped: "skipped", failed: "failed" } as const;
  for (const w of workbooks) {
    totals[key[w.status]] += 1;
    for (const k of ["error", "rounding", "warning", "info"] as const) totals.findings[k] += w.summary[k];
  }
  return totals;
}

export function buildBatchReport(workbooks: WorkbookResult[], provenance: Provenance): BatchReport {
  return { workbooks, totals: batchTotals(workbooks), provenance };
}

/**
 * `--format json` of a batch: the report's shape, indented, with each workbook on one line: the
 * JSON text its worker wrote (in task order).
 */
export function batchReportJson(report: Omit<BatchReport, "workbooks">, workbooks: readonly string[]): string {
  const marker = "\u0000workbooks\u0000";
  const outline = JSON.stringify({ workbooks: [marker], totals: report.totals, provenance: report.provenance }, null, 2);
  const quoted = JSON.stringify(marker);
  const at = outline.indexOf(quoted);
  const indent = outline.slice(outline.lastIndexOf("\n", at) + 1, at);
  return outline.slice(0, at) + workbooks.join(`,\n${indent}`) + outline.slice(at + quoted.length);
}

/** Exit 1 when any workbook has errors, holds no table, or could not be read or checked. */
export function batchFailed(t: BatchTotals): boolean {
  return t.errors + t.noTables + t.unreadable + t.failed > 0;
}

export function familyLabel(family: string | null): string {
  return family ? (FAMILY_NAMES[family as keyof typeof FAMILY_NAMES] ?? family) : "";
}

export function countsText(s: WorkbookSummary): string {
  return `错误 ${s.error}，尾差 ${s.rounding}，警告 ${s.warning}，提示 ${s.info}`;
}

/** The first error of a workbook (a finding, else a reading error), as one line; or its reason. */
export function firstProblem(w: WorkbookResult): string | null {
  if (w.reason) return w.reason;
  const f = w.findings.find((x) => x.severity === "error" && x.outcome !== "rounding");
  if (f) return `${f.ruleId} ${f.message}`;
  // A passing workbook may list cell-level reading problems; they are not its "first error".
  const i = w.status === "ok" ? undefined : w.loadIssues.find((x) => x.severity === "error");
  return i ? i.message : null;
}

function workbookLine(w: WorkbookResult): string {
  const who = [w.unitName ?? "", w.family === "unknown" ? "" : familyLabel(w.family)].filter(Boolean).join("，");
  const head = `[${STATUS_ZH[w.status]}] ${w.file}${who ? `（${who}）` : ""}`;
  if (w.status === "unreadable" || w.status === "skipped" || w.status === "failed" || w.status === "no-tables") return `${head}：${firstProblem(w) ?? ""}`;
  const first = firstProblem(w);
  return `${head}：${countsText(w.summary)}${first ? `；首个错误：${first}` : ""}`;
}

export function totalsText(t: BatchTotals): string {
  const parts = [`通过 ${t.ok} 个`, `有错误 ${t.errors} 个`, `未识别附表 ${t.noTables} 个`, `无法读取 ${t.unreadable} 个`];
  if (t.skipped) parts.push(`已跳过 ${t.skipped} 个`);
  if (t.failed) parts.push(`程序错误 ${t.failed} 个`);
  return `合计 ${t.workbooks} 个工作簿：${parts.join("，")}；${countsText(t.findings)}。`;
}

export function renderBatchText(r: BatchReport): string {
  return [...r.workbooks.map(workbookLine), "", totalsText(r.totals), provenanceFooter(r.provenance, r.workbooks)].join("\n");
}
