/**
 * 舍位平衡: where totals and details differ only by rounding (尾差), the fewest 0.01 万元
 * adjustments after which every relation holds exactly — what a disclosure office does by hand
 * before publishing. Built greedily, one cent at a time: each step tries moving each cell of each
 * remaining 尾差 by 0.01 towards closing its gap, re-runs the rules that read it, and keeps the move
 * that leaves the fewest 尾差 without breaking anything. The result is offered only when the rules,
 * run in full on the adjusted figures, find no 尾差 and no new 不一致; it is a suggestion and is
 * never applied to the user's cells by the core.
 */
import { formatWan } from "../amounts";
import { formatRef, type CellRef } from "../cells";
import type { TolerancePolicy } from "../rounding";
import { ALL_RULES, runRules, type Finding } from "../rules";
import type { Figure } from "../rules/figures";
import type { Workbook } from "../tables/model";
import { tableLabel, type TableId } from "../tables/table-ids";
import { cellKey, withCellValues } from "./substitute";
import { createVerifier, findingKey, isBroken } from "./verify";

export interface RoundingAdjustment {
  /** `公开04表!C37` */
  readonly cell: string;
  readonly ref: CellRef;
  readonly table: TableId;
  readonly label: string;
  /** 万元, as read and as suggested (they differ by 0.01 or a few 0.01). */
  readonly from: number;
  readonly to: number;
  /** "公开04表!C37（公开04表 年初财政拨款结转和结余）61.88 → 61.87" */
  readonly message: string;
}

export interface BalanceOptions {
  readonly tolerance?: TolerancePolicy;
  /** Upper bound on the number of 0.01 steps (adjustments) searched for. */
  readonly maxSteps?: number;
  /**
   * Upper bound on the re-checks the search may run (each a few rules): a workbook with dozens of
   * 尾差 gets no suggestion rather than a long wait.
   */
  readonly maxTrials?: number;
  /** More 尾差 than this: no search (see MAX_OPEN). */
  readonly maxOpen?: number;
}

/** The search handles a handful of 尾差 (a publication's few cents); beyond this it is not tried. */
const MAX_OPEN = 8;

const CENT = 10_000;

/** A one-cent relation the adjustments may break on the way (then mend): never a real error. */
const STEP_GAP = 2 * 10_000;

function isRounding(f: Finding): boolean {
  return f.outcome === "rounding" && f.data.kind === "compare";
}

interface State {
  readonly values: ReadonlyMap<string, number>;
  /** The first figure read from each moved cell (its value before any move). */
  readonly figures: ReadonlyMap<string, Figure>;
  readonly findings: readonly Finding[];
  /** 尾差 plus relations the moves broke: what is still to mend. */
  readonly open: number;
  readonly gaps: number;
}

/** The unresolved relations of a state: 尾差 and small 不一致 not broken before. */
function openOf(findings: readonly Finding[], brokenBefore: ReadonlySet<string>): Finding[] | null {
  const out: Finding[] = [];
  for (const f of findings) {
    if (isRounding(f)) out.push(f);
    else if (isBroken(f) && !brokenBefore.has(findingKey(f))) {
      // A move that breaks a relation by more than a cent or two is not a 舍位 step.
      if (f.data.kind !== "compare" || Math.abs(f.data.comparison.gap) > STEP_GAP) return null;
      out.push(f);
    }
  }
  return out;
}

function gapOf(f: Finding): number {
  return f.data.kind === "compare" ? Math.abs(f.data.comparison.gap) : 0;
}

/** The one-cent moves that shrink an open relation's gap: each cell of the relation, towards closing it. */
function moves(open: readonly Finding[], values: ReadonlyMap<string, number>): { ref: CellRef; figure: Figure; value: number }[] {
  const out = new Map<string, { ref: CellRef; figure: Figure; value: number }>();
  for (const f of open) {
    if (f.data.kind !== "compare") continue;
    const gap = f.data.comparison.gap;
    const terms = [...f.data.left.map((x) => ({ x, k: x.sign ?? 1 })), ...f.data.right.map((x) => ({ x, k: -(x.sign ?? 1) }))];
    for (const { x, k } of terms) {
      const ref = x.amount.ref;
      // Only figures typed with cents take a cent; a blank or 0 cell stays as it is.
      if (!ref || x.amount.micros === 0 || x.amount.ulp !== CENT) continue;
      const now = values.get(cellKey(ref)) ?? x.amount.micros;
      const value = now - k * Math.sign(gap) * CENT;
      out.set(`${cellKey(ref)}=${value}`, { ref, figure: x, value });
    }
  }
  return [...out.values()];
}

function signature(values: ReadonlyMap<string, number>): string {
  return [...values.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(";");
}

/**
 * The adjustments, or null when there is no 尾差, or no set of cent moves found makes every
 * relation tie (then nothing is suggested). A beam search over states (which cells moved by how
 * many cents), fewest moves first: a cent moved from a total often shifts the 尾差 to the next
 * relation up (年初 → 收入总计 → 支出总计 → 年末), so steps that only move the problem are allowed.
 */
export function balanceRounding(workbook: Workbook, findings: readonly Finding[], opts: BalanceOptions = {}): RoundingAdjustment[] | null {
  if (!findings.some(isRounding)) return null;
  const policy = opts.tolerance ? { tolerance: opts.tolerance } : {};
  const verifier = createVerifier(workbook, policy);
  const brokenBefore = new Set(findings.filter(isBroken).map(findingKey));
  const roundingRules = new Set(findings.filter(isRounding).map((f) => f.ruleId));
  const start = openOf(findings, brokenBefore)!;
  let beam: State[] = [{ values: new Map(), figures: new Map(), findings, open: start.length, gaps: start.reduce((s, f) => s + gapOf(f), 0) }];
  const seen = new Set<string>([""]);
  let done: State | null = null;
  // Dozens of 尾差 (a whole table rounded independently) need a table-wide rebalancing this
  // cell-by-cell search does not attempt: no suggestion rather than a long wait.
  if (start.length > (opts.maxOpen ?? MAX_OPEN)) return null;
  let trials = opts.maxTrials ?? 200;
  const maxSteps = opts.maxSteps ?? Math.min(40, 2 * start.length + 4);
  for (let depth = 0; depth < maxSteps && !done && trials > 0; depth++) {
    const next: State[] = [];
    for (const state of beam) {
      const open = openOf(state.findings, brokenBefore)!;
      for (const m of moves(open, state.values)) {
        const key = cellKey(m.ref);
        const values = new Map(state.values);
        if (m.value === m.figure.amount.micros && !state.values.has(key)) continue;
        values.set(key, m.value);
        const sig = signature(values);
        if (seen.has(sig)) continue;
        seen.add(sig);
        if (trials-- <= 0) break;
        const { findings: rerun, rules } = verifier.rerun(values, new Set([...roundingRules, ...open.map((f) => f.ruleId)]));
        const all = [...state.findings.filter((f) => !rules.has(f.ruleId)), ...rerun];
        const stillOpen = openOf(all, brokenBefore);
        if (!stillOpen) continue;
        const figures = new Map(state.figures);
        if (!figures.has(key)) figures.set(key, m.figure);
        const s: State = { values, figures, findings: all, open: stillOpen.length, gaps: stillOpen.reduce((t, f) => t + gapOf(f), 0) };
        if (s.open === 0) {
          done = s;
          break;
        }
        next.push(s);
      }
      if (done) break;
    }
    beam = next.sort((a, b) => a.open - b.open || a.gaps - b.gaps).slice(0, BEAM);
    if (beam.length === 0) break;
  }
  if (!done) return null;
  const { values, figures } = done;
  // The whole registry on the adjusted figures: no 尾差 left and nothing newly broken.
  const final = runRules(withCellValues(workbook, values), ALL_RULES, policy).findings;
  if (final.some(isRounding) || final.some((f) => isBroken(f) && !brokenBefore.has(findingKey(f)))) return null;
  const out: RoundingAdjustment[] = [];
  for (const [key, micros] of values) {
    const f = figures.get(key)!;
    const ref = f.amount.ref!;
    if (micros === f.amount.micros) continue;
    const cell = formatRef(ref);
    out.push({
      cell,
      ref,
      table: f.table,
      label: f.label,
      from: f.amount.micros / 1_000_000,
      to: micros / 1_000_000,
      message: `${cell}（${tableLabel(f.table)} ${f.label}）${formatWan(f.amount.micros)} → ${formatWan(micros)}`,
    });
  }
  return out.length > 0 ? out : null;
}

/** States kept per depth of the search. */
const BEAM = 12;
