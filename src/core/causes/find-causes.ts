/**
 * Root causes (最可能的出错位置): the fewest cells whose change explains the 不一致 findings. One
 * wrong number breaks every relation it is part of; the cell shared by those relations, with the
 * one value that makes all of them hold, is the place to fix. Candidates come from the findings'
 * own arithmetic (the value that would close each gap); every candidate is then checked by running
 * the rules again on the workbook with that value substituted, and is kept only when the findings
 * it lists are gone and no other relation breaks. A cause never lists a finding it does not repair.
 */
import { formatWan } from "../amounts";
import { formatRef, type CellRef } from "../cells";
import type { TolerancePolicy } from "../rounding";
import type { Figure } from "../rules/figures";
import type { Finding } from "../rules/findings";
import { tableLabel, type TableId } from "../tables/table-ids";
import type { Workbook } from "../tables/model";
import { cellKey } from "./substitute";
import { createVerifier, findingKey, isBroken, type Verifier } from "./verify";

export type CauseKind = "value" | "blank" | "transposed" | "sign";

export interface Cause {
  /** `公开06表!F25` */
  readonly cell: string;
  readonly ref: CellRef;
  readonly table: TableId;
  /** How the findings name the cell: "2080501 行政单位离退休 基本支出". */
  readonly label: string;
  readonly kind: CauseKind;
  /** The value read now (万元); 0 for a blank cell. */
  readonly current: number;
  /** The value that repairs every listed finding (万元). */
  readonly suggestedValue: number;
  /** Indices into the findings the causes were computed from. */
  readonly findings: readonly number[];
  readonly message: string;
}

export interface CauseOptions {
  readonly tolerance?: TolerancePolicy;
  /** (cell, value) pairs verified, best-supported first. */
  readonly maxCandidates?: number;
  readonly maxCauses?: number;
}

interface Candidate {
  readonly ref: CellRef;
  readonly figure: Figure;
  readonly value: number;
  /** Findings whose gap this value closes on paper. */
  readonly votes: Set<number>;
}

/**
 * Per finding, per cell on either side: the value that would make the relation hold exactly.
 * gap = Σ left − Σ right; a term with coefficient k (its sign, negated on the right) closes it at
 * current − k·gap.
 */
function proposals(findings: readonly Finding[], targets: readonly number[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const i of targets) {
    const d = findings[i]!.data;
    if (d.kind !== "compare") continue;
    const gap = d.comparison.gap;
    const terms = [...d.left.map((f) => ({ f, k: f.sign ?? 1 })), ...d.right.map((f) => ({ f, k: -(f.sign ?? 1) }))];
    for (const { f, k } of terms) {
      const ref = f.amount.ref;
      if (!ref) continue;
      const value = f.amount.micros - k * gap;
      const key = `${cellKey(ref)}=${value}`;
      let c = byKey.get(key);
      if (!c) byKey.set(key, (c = { ref, figure: f, value, votes: new Set() }));
      c.votes.add(i);
    }
  }
  return [...byKey.values()];
}

/** The digits of a and b (cents, no sign) differ by one swap of adjacent digits. */
export function isTransposition(aMicros: number, bMicros: number): boolean {
  const a = String(Math.round(Math.abs(aMicros) / 10_000));
  const b = String(Math.round(Math.abs(bMicros) / 10_000));
  if (a.length !== b.length || a === b || Math.sign(aMicros) !== Math.sign(bMicros)) return false;
  for (let i = 0; i + 1 < a.length; i++) {
    if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return false;
}

function kindOf(f: Figure, value: number): CauseKind {
  const now = f.amount.micros;
  if (now === 0 && f.amount.blank) return "blank";
  if (now !== 0 && value === -now) return "sign";
  if (isTransposition(now, value)) return "transposed";
  return "value";
}

function causeMessage(cell: string, f: Figure, kind: CauseKind, value: number, n: number): string {
  const where = `${cell}（${tableLabel(f.table)} ${f.label}）`;
  const to = formatWan(value);
  const then = `，${n} 条不一致即全部成立`;
  switch (kind) {
    case "blank":
      return `${where}为空白，填入 ${to} 后 ${n} 条不一致即全部成立`;
    case "sign":
      return `${where}现为 ${formatWan(f.amount.micros)}，正负号可能填反，改为 ${to}${then}`;
    case "transposed":
      return `${where}现为 ${formatWan(f.amount.micros)}，疑似两位数字颠倒，应为 ${to}${then}`;
    case "value":
      return `${where}现为 ${formatWan(f.amount.micros)}，改为 ${to}${then}`;
  }
}

/** Which broken findings the candidate repairs, or null when the change breaks another relation. */
function repairs(verifier: Verifier, findings: readonly Finding[], targets: readonly number[], c: Candidate): number[] | null {
  const rules = new Set(targets.map((i) => findings[i]!.ruleId));
  const { findings: after, rules: ran } = verifier.rerun(new Map([[cellKey(c.ref), c.value]]), rules);
  const before = new Set(findings.filter((f) => isBroken(f) && ran.has(f.ruleId)).map(findingKey));
  const still = new Set<string>();
  for (const f of after) {
    if (!isBroken(f)) continue;
    const k = findingKey(f);
    if (!before.has(k)) return null;
    still.add(k);
  }
  const fixed = targets.filter((i) => !still.has(findingKey(findings[i]!)));
  return fixed.length > 0 ? fixed : null;
}

/**
 * The causes of `findings` (as returned by checkWorkbook on `workbook`, same tolerance), most
 * explaining first. Each lists the indices of the findings it repairs; a finding is listed under
 * the first cause that repairs it.
 */
export function findCauses(workbook: Workbook, findings: readonly Finding[], opts: CauseOptions = {}): Cause[] {
  const targets = findings.map((f, i) => (isBroken(f) ? i : -1)).filter((i) => i >= 0);
  if (targets.length === 0) return [];
  const cands = proposals(findings, targets)
    .sort((a, b) => b.votes.size - a.votes.size || cellKey(a.ref).localeCompare(cellKey(b.ref)) || a.value - b.value)
    .slice(0, opts.maxCandidates ?? 12);
  if (cands.length === 0) return [];
  const verifier = createVerifier(workbook, opts.tolerance ? { tolerance: opts.tolerance } : {});
  const verified = cands
    .map((c) => ({ c, fixed: repairs(verifier, findings, targets, c) }))
    .filter((x): x is { c: Candidate; fixed: number[] } => x.fixed !== null);
  const causes: Cause[] = [];
  const covered = new Set<number>();
  while (causes.length < (opts.maxCauses ?? 5)) {
    let best: { c: Candidate; fixed: number[] } | null = null;
    let bestNew = 0;
    for (const v of verified) {
      const n = v.fixed.filter((i) => !covered.has(i)).length;
      // Ties keep the better-supported candidate (sorted by votes above).
      if (n > bestNew) {
        best = v;
        bestNew = n;
      }
    }
    if (!best) break;
    const listed = best.fixed.filter((i) => !covered.has(i));
    listed.forEach((i) => covered.add(i));
    const { c } = best;
    const cell = formatRef(c.ref);
    const kind = kindOf(c.figure, c.value);
    causes.push({
      cell,
      ref: c.ref,
      table: c.figure.table,
      label: c.figure.label,
      kind,
      current: c.figure.amount.micros / 1_000_000,
      suggestedValue: c.value / 1_000_000,
      findings: listed,
      message: causeMessage(cell, c.figure, kind, c.value, listed.length),
    });
  }
  return causes;
}
