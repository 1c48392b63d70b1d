/**
 * What the 校验 tab shows, computed from the analysis as plain data (no React): counts by outcome,
 * findings grouped by table, the filter, and load issues in plain words.
 */
import { formatRef } from "../../core/cells";
import type { Finding } from "../../core/rules/findings";
import { type LoadIssue, TABLES, type TableId } from "../../core/tables";

/** How the pane names a finding's kind. 尾差 is any rounding outcome; the rest go by severity. */
export type FindingKind = "error" | "rounding" | "warning" | "info";

export const KIND_LABELS: Readonly<Record<FindingKind, string>> = { error: "错误", rounding: "尾差", warning: "警告", info: "提示" };
export const KIND_ORDER: readonly FindingKind[] = ["error", "rounding", "warning", "info"];

export function findingKind(f: Pick<Finding, "outcome" | "severity">): FindingKind {
  if (f.outcome === "rounding") return "rounding";
  return f.severity;
}

export type KindCounts = Readonly<Record<FindingKind, number>>;

export function countByKind(findings: readonly Finding[]): KindCounts {
  const counts: Record<FindingKind, number> = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const f of findings) counts[findingKind(f)]++;
  return counts;
}

export interface FindingFilter {
  /** Kinds to show; empty = all. */
  readonly kinds: readonly FindingKind[];
  /** Matched against message, rule id and cells, case-insensitively. */
  readonly text: string;
}

export const NO_FILTER: FindingFilter = { kinds: [], text: "" };

export function matchesFilter(f: Finding, filter: FindingFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(findingKind(f))) return false;
  const q = filter.text.trim().toLowerCase();
  if (q === "") return true;
  return [f.message, f.ruleId, TABLES[f.table].label, ...f.cells].some((s) => s.toLowerCase().includes(q));
}

export interface FindingGroup {
  readonly table: TableId;
  /** "公开06表 一般公共预算财政拨款支出决算表" */
  readonly title: string;
  readonly findings: readonly Finding[];
  readonly counts: KindCounts;
}

/** Groups in table order (the core sorts findings by table already; the order is kept). */
export function groupByTable(findings: readonly Finding[]): FindingGroup[] {
  const byTable = new Map<TableId, Finding[]>();
  for (const f of findings) {
    const list = byTable.get(f.table) ?? [];
    list.push(f);
    byTable.set(f.table, list);
  }
  return [...byTable.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([table, list]) => ({ table, title: `${TABLES[table].label} ${TABLES[table].title}`, findings: list, counts: countByKind(list) }));
}

/** "差额 1.00" etc. for a finding's numbers; null when the rule compared nothing. */
export function describeNumbers(f: Finding): string | null {
  if (f.expected === null && f.actual === null) return null;
  const parts: string[] = [];
  if (f.actual !== null) parts.push(`填报 ${formatWan(f.actual)}`);
  if (f.expected !== null) parts.push(`应为 ${formatWan(f.expected)}`);
  if (f.difference !== null) parts.push(`差额 ${formatWan(f.difference)}`);
  return parts.join("，");
}

function formatWan(n: number): string {
  return n.toFixed(2);
}

export interface IssueLine {
  readonly key: string;
  readonly severity: LoadIssue["severity"];
  readonly text: string;
  /** First cell, "公开07表!B5", when the issue points at one. */
  readonly cell: string | null;
}

export function issueLines(issues: readonly LoadIssue[]): IssueLine[] {
  return issues.map((issue, i) => ({
    key: `${issue.code}-${i}`,
    severity: issue.severity,
    text: issue.message,
    cell: issue.cells[0] ? formatRef(issue.cells[0]) : null,
  }));
}

/** A workbook where nothing was recognised: say so in one sentence instead of 14 "未找到". */
export function noTablesFound(issues: readonly LoadIssue[]): boolean {
  return issues.some((i) => i.code === "no-tables");
}

export const NO_TABLES_MESSAGE =
  "这个工作簿里没有找到部门决算公开附表。助手按表名识别附表（如“收入支出决算总表”“一般公共预算财政拨款支出决算表”），请确认打开的是从决算软件导出的公开表工作簿。";

/**
 * Load issues that a rule also reports as a finding (C-01 a missing table, I-20 hidden decimals,
 * C-08 a missing unit) are listed once, as the finding — the same choice as `juesuan check`.
 */
const COVERED_BY_RULES: Readonly<Record<string, string>> = { "table-missing": "C-01", "hidden-decimals": "I-20", "unit-missing": "C-08" };

export function visibleIssues(issues: readonly LoadIssue[], findings: readonly Finding[]): LoadIssue[] {
  return issues.filter((issue) => {
    const rule = COVERED_BY_RULES[issue.code];
    if (!rule) return true;
    return !findings.some((f) => f.ruleId === rule && (issue.table === undefined || f.table === issue.table));
  });
}
