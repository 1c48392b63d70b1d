/**
 * Runs the rules over a workbook. A rule that throws becomes a run issue and the others still
 * run; a rule whose table is missing is skipped with a note, or listed as n/a when the format
 * family does not publish that table (rules.md §1, tables.md §4).
 */
import type { TolerancePolicy } from "../rounding";
import type { LoadIssue, Workbook } from "../tables/model";
import { tableLabel, type TableId } from "../tables/table-ids";
import type { CompareObserver } from "./compare";
import { createContext } from "./context";
import { sortFindings, type Finding } from "./findings";
import type { AnyRule, NarrativeInput } from "./rule";

export interface RunOptions {
  /** Defaults to the interval policy. */
  readonly tolerance?: TolerancePolicy;
  readonly narrative?: NarrativeInput | null;
  /** Defaults to the full registry. */
  readonly rules?: readonly AnyRule[];
  /** Called with the figures of every comparison a rule evaluates (causes use it to know which rules read a cell). */
  readonly observe?: CompareObserver;
}

export interface RuleNote {
  readonly ruleId: string;
  readonly tables: readonly TableId[];
  readonly message: string;
}

export interface RunResult {
  /** Sorted by table, then rule id, then emission order. */
  readonly findings: Finding[];
  /** Rules not run because a table the family publishes is missing (C-01 reports the table). */
  readonly skipped: RuleNote[];
  /** Rules not assessable: a table absent by format, or no narrative given. */
  readonly notApplicable: RuleNote[];
  /** Rules that crashed, as load-issue-shaped data so hosts can list them together. */
  readonly runIssues: LoadIssue[];
  /** Ids of the rules that ran to completion. */
  readonly ran: string[];
}

export function runRules(workbook: Workbook, rules: readonly AnyRule[], opts: RunOptions = {}): RunResult {
  const findings: Finding[] = [];
  const skipped: RuleNote[] = [];
  const notApplicable: RuleNote[] = [];
  const runIssues: LoadIssue[] = [];
  const ran: string[] = [];
  for (const rule of rules) {
    const missing = (rule.tables as readonly TableId[]).filter((t) => workbook.tables[t] === undefined);
    const byFormat = missing.filter((t) => workbook.absentByFormat.includes(t));
    if (byFormat.length > 0) {
      notApplicable.push({ ruleId: rule.id, tables: byFormat, message: `本格式不含 ${byFormat.map(tableLabel).join("、")}，规则 ${rule.id} 不适用` });
      continue;
    }
    if (missing.length > 0) {
      skipped.push({ ruleId: rule.id, tables: missing, message: `缺少 ${missing.map(tableLabel).join("、")}，规则 ${rule.id}（${rule.title.zh}）未执行` });
      continue;
    }
    if (rule.needsNarrative && !opts.narrative) {
      notApplicable.push({ ruleId: rule.id, tables: [], message: `未提供情况说明文本，规则 ${rule.id} 不适用` });
      continue;
    }
    try {
      const ctx = createContext(rule, workbook, { policy: opts.tolerance, narrative: opts.narrative ?? null, ...(opts.observe ? { observe: opts.observe } : {}) });
      findings.push(...rule.check(ctx));
      ran.push(rule.id);
    } catch (err) {
      // A defect in one rule must not hide the others' findings; the crash itself is reported.
      runIssues.push({
        code: "rule-crashed",
        severity: "error",
        message: `规则 ${rule.id}（${rule.title.zh}）执行出错：${err instanceof Error ? err.message : String(err)}`,
        cells: [],
        ...(rule.tables[0] ? { table: rule.tables[0] as TableId } : {}),
      });
    }
  }
  return { findings: sortFindings(findings), skipped, notApplicable, runIssues, ran };
}
