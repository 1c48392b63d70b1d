import { formatTolerance, type TolerancePolicy } from "../core/rounding";
import { countBySeverity, type Finding, type RunResult } from "../core/rules";
import { tableName, TABLE_IDS, type Workbook } from "../core/tables";
import { issueReport, type IssueReport } from "./tables-report";
import { toleranceTextOf } from "./tolerance-text";

/** The JSON shape of `juesuan check --format json` (documented in the README). */
export interface CheckReport {
  format: Workbook["family"];
  unit: string | null;
  tolerance: string;
  summary: { error: number; warning: number; info: number };
  findings: Finding[];
  loadIssues: IssueReport[];
  skippedRules: { ruleId: string; message: string }[];
}

/** Load issues that a rule reports as a finding (C-01, I-20, C-08): listed once, as the finding. */
const COVERED_BY_RULES = new Set(["table-missing", "hidden-decimals", "unit-missing"]);

export function buildCheckReport(wb: Workbook, result: RunResult, policy: TolerancePolicy): CheckReport {
  return {
    format: wb.family,
    unit: wb.unit,
    tolerance: formatTolerance(policy),
    summary: countBySeverity(result.findings),
    findings: result.findings,
    loadIssues: [...wb.issues.filter((i) => !COVERED_BY_RULES.has(i.code)), ...result.runIssues].map(issueReport),
    skippedRules: [...result.skipped, ...result.notApplicable].map((s) => ({ ruleId: s.ruleId, message: s.message })),
  };
}

const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;

function findingLine(f: Finding): string {
  const kind = f.outcome === "rounding" ? "尾差" : SEVERITY_ZH[f.severity];
  return `  [${kind}] ${f.ruleId} ${f.message}${f.cells.length ? `\n         单元格：${f.cells.join("、")}` : ""}`;
}

export function renderCheckText(r: CheckReport): string {
  const lines: string[] = [];
  lines.push(`校验结果：错误 ${r.summary.error} 条，警告 ${r.summary.warning} 条，提示 ${r.summary.info} 条（容差：${toleranceTextOf(r.tolerance)}）`);
  for (const id of TABLE_IDS) {
    const fs = r.findings.filter((f) => f.table === id);
    if (fs.length === 0) continue;
    lines.push("");
    lines.push(tableName(id));
    for (const f of fs) lines.push(findingLine(f));
  }
  if (r.loadIssues.length) {
    lines.push("");
    lines.push(`读取问题 ${r.loadIssues.length} 条：`);
    for (const i of r.loadIssues) lines.push(`  [${SEVERITY_ZH[i.severity as keyof typeof SEVERITY_ZH] ?? i.severity}] ${i.message}`);
  }
  if (r.skippedRules.length) {
    lines.push("");
    lines.push(`未执行或不适用的规则 ${r.skippedRules.length} 条：`);
    for (const s of r.skippedRules) lines.push(`  ${s.message}`);
  }
  return lines.join("\n");
}
