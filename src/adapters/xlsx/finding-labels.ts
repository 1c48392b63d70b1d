/**
 * How a finding or load issue is named in reports (Chinese), and the four counts every report
 * shows. Pure: used by the CLI, the report workbook and (issue 14) the pane's 审核结果 export.
 */
import type { CellRef } from "../../core/cells";
import type { Finding } from "../../core/rules/findings";

/** What a report uses of a Finding (issue 12 adds fields; these stay). */
export type ReportFinding = Pick<Finding, "ruleId" | "severity" | "outcome" | "message" | "cells" | "expected" | "actual" | "difference" | "table" | "note"> &
  Partial<Pick<Finding, "messageId" | "data">>;

/** What a report uses of a LoadIssue — or of its JSON form (cells as "工作表!A1", table null). */
export interface ReportLoadIssue {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly cells: readonly (CellRef | string)[];
  readonly table?: string | null;
}

export const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;

/** 错误 / 尾差 / 警告 / 提示: a 尾差 is counted as 尾差 whatever its severity. */
export interface FindingCounts {
  错误: number;
  尾差: number;
  警告: number;
  提示: number;
}

export function severityLabel(severity: string): string {
  return SEVERITY_ZH[severity as keyof typeof SEVERITY_ZH] ?? severity;
}

/** The kind a finding is counted as: 尾差 for rounding, else its severity. */
export function countLabel(f: Pick<Finding, "severity" | "outcome">): keyof FindingCounts {
  if (f.outcome === "rounding") return "尾差";
  return f.severity === "error" ? "错误" : f.severity === "warning" ? "警告" : "提示";
}

export function countFindings(findings: readonly Pick<Finding, "severity" | "outcome">[]): FindingCounts {
  const counts: FindingCounts = { 错误: 0, 尾差: 0, 警告: 0, 提示: 0 };
  for (const f of findings) counts[countLabel(f)] += 1;
  return counts;
}

/**
 * 结论 of a finding: 尾差 (explained by rounding), 不一致 (a comparison that fails), or 不符合要求
 * (completeness and format rules, which compare no figures).
 */
export function conclusionLabel(f: Pick<Finding, "outcome" | "expected" | "actual">): string {
  if (f.outcome === "rounding") return "尾差";
  return f.expected !== null || f.actual !== null ? "不一致" : "不符合要求";
}
