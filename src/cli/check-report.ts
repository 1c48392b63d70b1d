import { findCauses, type Cause } from "../core/causes/find-causes";
import { balanceRounding, type RoundingAdjustment } from "../core/causes/rounding-balance";
import { formatTolerance, type TolerancePolicy } from "../core/rounding";
import { countBySeverity, type Finding, type RunResult } from "../core/rules";
import { renderFinding, renderSentences } from "../core/rules/render";
import { tableName, TABLE_IDS, type Workbook } from "../core/tables";
import { issueReport, type IssueReport } from "./tables-report";
import { toleranceTextOf } from "./tolerance-text";

/** The JSON shape of `juesuan check --format json` (documented in the README). */
export interface CheckReport {
  format: Workbook["family"];
  unit: string | null;
  tolerance: string;
  summary: { error: number; warning: number; info: number };
  /** 最可能的出错位置: cells whose change repairs the listed findings (indices into `findings`). */
  causes: Cause[];
  /** 舍位平衡: 0.01 adjustments after which every 尾差 ties exactly; null when none is needed or found. */
  roundingAdjustments: RoundingAdjustment[] | null;
  findings: Finding[];
  loadIssues: IssueReport[];
  skippedRules: { ruleId: string; message: string }[];
}

/** Load issues that a rule reports as a finding (C-01, I-20, C-08): listed once, as the finding. */
const COVERED_BY_RULES = new Set(["table-missing", "hidden-decimals", "unit-missing"]);

export interface CheckReportOptions {
  /**
   * Search the cells that explain the errors and the 舍位平衡 adjustments (default true). The batch
   * leaves them out: its rows and report sheets show findings only, and the search is about a fifth
   * of the time per workbook (bench:batch).
   */
  readonly causes?: boolean;
}

export function buildCheckReport(wb: Workbook, result: RunResult, policy: TolerancePolicy, opts: CheckReportOptions = {}): CheckReport {
  const causes = opts.causes ?? true;
  return {
    format: wb.family,
    unit: wb.unit,
    tolerance: formatTolerance(policy),
    summary: countBySeverity(result.findings),
    causes: causes ? findCauses(wb, result.findings, { tolerance: policy }) : [],
    roundingAdjustments: causes ? balanceRounding(wb, result.findings, { tolerance: policy }) : null,
    findings: result.findings,
    loadIssues: [...wb.issues.filter((i) => !COVERED_BY_RULES.has(i.code)), ...result.runIssues].map(issueReport),
    skippedRules: [...result.skipped, ...result.notApplicable].map((s) => ({ ruleId: s.ruleId, message: s.message })),
  };
}

const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;

/** "[错误] I-14 headline", then the detail and the cells, indented under it. */
function findingLines(f: Finding, indent: string): string[] {
  const kind = f.outcome === "rounding" ? "尾差" : SEVERITY_ZH[f.severity];
  const { headline, detail } = renderFinding(f);
  const pad = `${indent}       `;
  return [`${indent}[${kind}] ${f.ruleId} ${headline}`, ...(detail ? [`${pad}${detail}`] : []), ...(f.cells.length ? [`${pad}单元格：${f.cells.join("、")}`] : [])];
}

export function renderCheckText(r: CheckReport): string {
  const lines: string[] = [];
  lines.push(`校验结果：错误 ${r.summary.error} 条，警告 ${r.summary.warning} 条，提示 ${r.summary.info} 条（容差：${toleranceTextOf(r.tolerance)}）`);
  // Causes first: one line that names the cell to fix, the findings it explains folded under it.
  const grouped = new Set(r.causes.flatMap((c) => c.findings));
  if (r.causes.length) {
    lines.push("");
    lines.push("最可能的出错位置：");
    r.causes.forEach((c, k) => {
      lines.push(`  ${k + 1}. ${c.message}`);
      for (const i of c.findings) lines.push(...findingLines(r.findings[i]!, "     "));
    });
  }
  if (r.roundingAdjustments) {
    lines.push("");
    lines.push(`舍位平衡建议（可选，按下列 ${r.roundingAdjustments.length} 处各调 0.01 万元后，全部勾稽关系完全相等）：`);
    for (const a of r.roundingAdjustments) lines.push(`  ${a.message}`);
  }
  for (const id of TABLE_IDS) {
    const fs = r.findings.map((f, i) => ({ f, i })).filter(({ f, i }) => f.table === id && !grouped.has(i));
    if (fs.length === 0) continue;
    lines.push("");
    lines.push(tableName(id));
    for (const { f } of fs) lines.push(...findingLines(f, "  "));
  }
  if (r.loadIssues.length) {
    lines.push("");
    lines.push(`读取问题 ${r.loadIssues.length} 条：`);
    for (const i of r.loadIssues) {
      const { headline, detail } = renderSentences(i.message);
      lines.push(`  [${SEVERITY_ZH[i.severity as keyof typeof SEVERITY_ZH] ?? i.severity}] ${headline}`, ...(detail ? [`         ${detail}`] : []));
    }
  }
  if (r.skippedRules.length) {
    lines.push("");
    lines.push(`未执行或不适用的规则 ${r.skippedRules.length} 条：`);
    for (const s of r.skippedRules) lines.push(`  ${s.message}`);
  }
  return lines.join("\n");
}
