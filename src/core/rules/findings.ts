import type { CellRef } from "../cells";
import type { Comparison } from "../rounding";
import type { TableId } from "../tables/table-ids";
import { TABLE_IDS } from "../tables/table-ids";
import type { Figure } from "./figures";

export type Severity = "error" | "warning" | "info";

/** 不一致 (or a hygiene/completeness problem) vs 尾差 explained by rounding (rules.md §1). */
export type FindingOutcome = "inconsistent" | "rounding";

/**
 * One result of one rule, as plain data (rendered once, in Chinese, from the numbers it holds).
 * Amounts are 万元 numbers for display and JSON; every decision was taken on integer micros.
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly outcome: FindingOutcome;
  /** Which text the renderer (render.ts) builds from `data`. */
  readonly messageId: MessageId;
  /** What the text is built from: the figures compared and the comparison, or a rule's own words. */
  readonly data: FindingData;
  /** The full Chinese text (render.ts, from messageId + data); kept for hosts that show one string. */
  readonly message: string;
  /** The cells the finding names; the first is the cell to jump to. Adapters use these. */
  readonly refs: readonly CellRef[];
  /** `工作表名!A1` of `refs`, in the same order (the JSON and text form). */
  readonly cells: readonly string[];
  /** The value the relation implies (Σ parts, the other table's figure, the superset). */
  readonly expected: number | null;
  /** The reported value (the total, this table's figure, the subset). */
  readonly actual: number | null;
  /** actual − expected. */
  readonly difference: number | null;
  /** The table the finding is grouped under. */
  readonly table: TableId;
  /** The tolerance used for 尾差 (万元), when a comparison was made. */
  readonly bound?: number;
  /** The gap equals the bound: only explainable with every true value at an interval end. */
  readonly boundary?: boolean;
  /** A note a disclosure may add ("因四舍五入产生的尾差") or a hint (补0). */
  readonly note?: string;
  /**
   * Findings with the same group share a root and may be shown as one cluster (rules.md §1
   * grouping), e.g. the 尾差 of one table's 类/款/项 roll-up.
   */
  readonly group?: string;
}

/**
 * compare.*: a comparison built by the rule-facing comparer (compare.ts); cross.*: a cross-table
 * comparison whose sides carry their table labels (cross-helpers.ts); note: a rule's own sentence.
 */
export type MessageId = "compare.sum" | "compare.sums" | "compare.tie" | "compare.balance" | "compare.atMost" | "cross.equal" | "cross.atMost" | "note";

/** The figures and the comparison a comparison finding was decided on (all amounts in micros). */
export interface CompareData {
  readonly kind: "compare";
  /** What the relation says ("本年收入合计应等于各项收入之和"). */
  readonly subject?: string;
  /** A likely cause or a hint, appended to the text. */
  readonly hint?: string;
  /** Σ ±left is compared with Σ ±right (the total, the subset or the first table's side first). */
  readonly left: readonly Figure[];
  readonly right: readonly Figure[];
  readonly comparison: Comparison;
}

/** A finding that is a sentence of its rule (hygiene and completeness rules). */
export interface NoteData {
  readonly kind: "note";
  readonly text: string;
}

export type FindingData = CompareData | NoteData;

const TABLE_ORDER = new Map<TableId, number>(TABLE_IDS.map((id, i) => [id, i]));

/**
 * Stable order: by table (T01…T14), then rule id, then the order the rule emitted them
 * (rules walk rows top-down, so this is sheet order).
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (TABLE_ORDER.get(a.f.table)! - TABLE_ORDER.get(b.f.table)!) || compareIds(a.f.ruleId, b.f.ruleId) || a.i - b.i)
    .map((x) => x.f);
}

/** "C-01" < "I-01" < "I-10" < "X-01": family letter, then number. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export interface FindingCluster {
  /** The group key, or the finding's own position for an ungrouped finding. */
  readonly key: string;
  readonly findings: readonly Finding[];
}

/** Clusters grouped findings (keeping the order of each group's first finding); others stay single. */
export function clusterFindings(findings: readonly Finding[]): FindingCluster[] {
  const clusters: { key: string; findings: Finding[] }[] = [];
  const byKey = new Map<string, { key: string; findings: Finding[] }>();
  findings.forEach((f, i) => {
    if (f.group) {
      const existing = byKey.get(f.group);
      if (existing) {
        existing.findings.push(f);
        return;
      }
      const c = { key: f.group, findings: [f] };
      byKey.set(f.group, c);
      clusters.push(c);
    } else {
      clusters.push({ key: `#${i}`, findings: [f] });
    }
  });
  return clusters;
}
