/**
 * Root causes (最可能的出错位置): the fewest cells whose change explains the 不一致 findings. One
 * wrong number breaks every relation it is part of; the cell shared by those relations, with the
 * one value that makes all of them hold, is the place to fix. Candidates come from the findings'
 * own arithmetic (the value that would close each gap); every candidate is then checked by running
 * the rules again on the workbook with that value substituted, and is kept only when the findings
 * it lists are gone and no other relation breaks. A cause never lists a finding it does not repair.
 * A row missing from one table has no cell to change: such candidates (missing-row.ts) are added
 * to the model as a row and verified the same way.
 */
import { formatWan } from "../amounts";
import { formatRef, type CellRef } from "../cells";
import type { TolerancePolicy } from "../rounding";
import type { Figure } from "../rules/figures";
import type { Finding } from "../rules/findings";
import { tableLabel, type TableId } from "../tables/table-ids";
import { ROLE_ZH } from "../rules/describe";
import type { AmountRole, Workbook } from "../tables/model";
import { missingRowCandidates, type MissingRow } from "./missing-row";
import { cellKey } from "./substitute";
import { createVerifier, findingKey, isBroken, type Verifier } from "./verify";

/** "missingRow": a coded row absent from one table that another lists (see missing-row.ts). */
export type CauseKind = "value" | "blank" | "transposed" | "sign" | "column" | "missingRow";

export interface Cause {
  /** `公开06表!F25` (for a missing row: its cell in a table that lists it). */
  readonly cell: string;
  readonly ref: CellRef;
  /** The table of `cell`. */
  readonly table: TableId;
  /** How the findings name the cell: "2080501 行政单位离退休 基本支出" (a missing row: "2080501 行政单位离退休"). */
  readonly label: string;
  readonly kind: CauseKind;
  /** The value read now (万元); 0 for a blank cell. */
  readonly current: number;
  /** The value that repairs every listed finding (万元). */
  readonly suggestedValue: number;
  /** Indices into the findings the causes were computed from. */
  readonly findings: readonly number[];
  readonly message: string;
  /** A value typed one column off: the neighbour that holds it, and what it should read. */
  readonly also?: { readonly cell: string; readonly ref: CellRef; readonly current: number; readonly suggestedValue: number };
  /**
   * kind "missingRow": the table that lacks the row, the row, where it belongs and what it should
   * read per column. `cell` then points at the row in the table that lists it; `suggestedValue`
   * is the added row's 合计 (or first column).
   */
  readonly missingRow?: {
    readonly table: TableId;
    readonly code: string;
    readonly name: string;
    /** The code cell of the row it goes before (or just below the table's last row). */
    readonly at: string;
    readonly atRef: CellRef;
    /** Per amount column of the table lacking the row: its header role or label, sheet column (0-based) and value. */
    readonly values: readonly { readonly column: string; readonly col: number; readonly value: number }[];
  };
}

export interface CauseOptions {
  readonly tolerance?: TolerancePolicy;
  /** (cell, value) pairs verified, best-supported first. */
  readonly maxCandidates?: number;
  readonly maxCauses?: number;
  /** Missing-row candidates verified (each re-runs the rules of one table's sheet). */
  readonly maxRowCandidates?: number;
}

interface Change {
  readonly ref: CellRef;
  readonly figure: Figure;
  readonly value: number;
}

interface Candidate extends Change {
  /** Findings whose gap this value closes on paper. */
  readonly votes: Set<number>;
  /** A second cell changed with it (a value typed into the neighbouring column). */
  readonly pair?: Change;
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

/**
 * A value typed one column off leaves one cell short and its neighbour over by the same amount:
 * neither alone repairs anything without breaking the row's own identity, both together do.
 */
function neighbourPairs(cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of cands) {
    const da = a.value - a.figure.amount.micros;
    for (const b of cands) {
      if (b === a || b.ref.sheet !== a.ref.sheet || b.ref.row !== a.ref.row || b.ref.col !== a.ref.col + 1) continue;
      if (b.value - b.figure.amount.micros !== -da) continue;
      // The cell to fill first: the one left short (usually blank now).
      const [first, second] = da > 0 ? [a, b] : [b, a];
      out.push({ ...first, votes: new Set([...a.votes, ...b.votes]), pair: { ref: second.ref, figure: second.figure, value: second.value } });
    }
  }
  return out;
}

type CellKind = Exclude<CauseKind, "missingRow">;

function kindOf(f: Figure, value: number): CellKind {
  const now = f.amount.micros;
  if (now === 0 && f.amount.blank) return "blank";
  if (now !== 0 && value === -now) return "sign";
  if (isTransposition(now, value)) return "transposed";
  return "value";
}

function causeMessage(cell: string, f: Figure, kind: CellKind, value: number, n: number, pair?: Change): string {
  const where = `${cell}（${tableLabel(f.table)} ${f.label}）`;
  const to = formatWan(value);
  const then = `，${n} 条不一致即全部成立`;
  switch (kind) {
    case "column": {
      const p = pair!;
      return `${where}现为 ${formatWan(f.amount.micros)}，相邻的 ${formatRef(p.ref)}（${p.figure.label}）现为 ${formatWan(p.figure.amount.micros)}：数值可能填错了列，改为 ${to} 和 ${formatWan(p.value)}${then}`;
    }
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

interface Verified {
  /** The broken findings it repairs. */
  readonly fixed: number[];
  /** 尾差 after the change minus before: the true value leaves the figures as clean as they were. */
  readonly roundingAdded: number;
  /** The cause, listing the findings it is credited with. */
  readonly cause: (listed: number[]) => Cause;
}

type Rerun = ReturnType<Verifier["rerun"]>;

/**
 * Which broken findings a change repairs (the rules re-run on the changed model), or null when it
 * breaks another relation or repairs nothing.
 */
function repairs(findings: readonly Finding[], targets: readonly number[], { findings: after, rules: ran }: Rerun, cause: Verified["cause"]): Verified | null {
  const before = new Set(findings.filter((f) => isBroken(f) && ran.has(f.ruleId)).map(findingKey));
  const still = new Set<string>();
  for (const f of after) {
    if (!isBroken(f)) continue;
    const k = findingKey(f);
    if (!before.has(k)) return null;
    still.add(k);
  }
  const fixed = targets.filter((i) => !still.has(findingKey(findings[i]!)));
  if (fixed.length === 0) return null;
  const rounding = (fs: readonly Finding[]): number => fs.filter((f) => f.outcome === "rounding" && ran.has(f.ruleId)).length;
  return { fixed, roundingAdded: rounding(after) - rounding(findings), cause };
}

function cellCause(c: Candidate, listed: number[]): Cause {
  const cell = formatRef(c.ref);
  const kind = c.pair ? "column" : kindOf(c.figure, c.value);
  return {
    cell,
    ref: c.ref,
    table: c.figure.table,
    label: c.figure.label,
    kind,
    current: c.figure.amount.micros / 1_000_000,
    suggestedValue: c.value / 1_000_000,
    findings: listed,
    message: causeMessage(cell, c.figure, kind, c.value, listed.length, c.pair),
    ...(c.pair ? { also: { cell: formatRef(c.pair.ref), ref: c.pair.ref, current: c.pair.figure.amount.micros / 1_000_000, suggestedValue: c.pair.value / 1_000_000 } } : {}),
  };
}

/**
 * The added row's columns in sheet order: 合计, 基本支出, … and breakdown columns by their
 * headers, each with the column its parent row's cell sits in.
 */
function rowColumns(m: MissingRow): { column: string; col: number; micros: number }[] {
  const out: { column: string; col: number; micros: number }[] = [];
  for (const [role, a] of Object.entries(m.row.values)) {
    const col = m.cols.get(role);
    if (a && col !== undefined) out.push({ column: ROLE_ZH[role as AmountRole], micros: a.micros, col });
  }
  for (const [key, a] of Object.entries(m.row.breakdown ?? {})) {
    const col = m.cols.get(`breakdown:${key}`);
    if (col !== undefined) out.push({ column: m.set.breakdowns.find((x) => x.key === key)?.label ?? key, micros: a.micros, col });
  }
  return out.sort((a, b) => a.col - b.col);
}

function rowCause(m: MissingRow, listed: number[]): Cause {
  const cell = formatRef(m.source.ref);
  const label = m.name ? `${m.code} ${m.name}` : m.code;
  const columns = rowColumns(m);
  const main = m.row.values.total ?? Object.values(m.row.values)[0];
  const src = m.source.row.values;
  const quoted = src.total ? `，合计 ${formatWan(src.total.micros)} 万元` : src.amount ? `，金额 ${formatWan(src.amount.micros)} 万元` : "";
  const has = `${tableLabel(m.source.table)} 第${m.source.row.row + 1}行有${quoted}`;
  // Columns left at 0 go unnamed: the row's money is what the reader types.
  const nonZero = columns.filter((c) => c.micros !== 0);
  const fill = `${nonZero.map((c) => `${c.column} ${formatWan(c.micros)}`).join("、")} 万元${nonZero.length < columns.length ? "，其余各栏为 0" : ""}`;
  return {
    cell,
    ref: m.source.ref,
    table: m.source.table,
    label,
    kind: "missingRow",
    current: 0,
    suggestedValue: (main?.micros ?? 0) / 1_000_000,
    findings: listed,
    message: `${tableLabel(m.set.table)}缺少 ${label} 这一行（${has}）：在${tableLabel(m.set.table)}第${m.at.row + 1}行处补上这一行（${fill}）后 ${listed.length} 条不一致即全部成立`,
    missingRow: {
      table: m.set.table,
      code: m.code,
      name: m.name,
      at: formatRef(m.at),
      atRef: m.at,
      values: columns.map((c) => ({ column: c.column, col: c.col, value: c.micros / 1_000_000 })),
    },
  };
}

/**
 * The causes of `findings` (as returned by checkWorkbook on `workbook`, same tolerance), most
 * explaining first. Each lists the indices of the findings it repairs; a finding is listed under
 * the first cause that repairs it.
 */
export function findCauses(workbook: Workbook, findings: readonly Finding[], opts: CauseOptions = {}): Cause[] {
  const targets = findings.map((f, i) => (isBroken(f) ? i : -1)).filter((i) => i >= 0);
  if (targets.length === 0) return [];
  const all = proposals(findings, targets);
  const byVotes = (a: Candidate, b: Candidate): number => b.votes.size - a.votes.size || cellKey(a.ref).localeCompare(cellKey(b.ref)) || a.value - b.value;
  const cands = [...all.sort(byVotes).slice(0, opts.maxCandidates ?? 12), ...neighbourPairs(all).sort(byVotes).slice(0, 4)];
  const verifier = createVerifier(workbook, opts.tolerance ? { tolerance: opts.tolerance } : {});
  const rules = new Set(targets.map((i) => findings[i]!.ruleId));
  const verified: Verified[] = [];
  for (const c of cands) {
    const values = new Map([[cellKey(c.ref), c.value]]);
    if (c.pair) values.set(cellKey(c.pair.ref), c.pair.value);
    const v = repairs(findings, targets, verifier.rerun(values, rules), (listed) => cellCause(c, listed));
    if (v) verified.push(v);
  }
  // Rows come after cells: when a cell and a row explain the same findings, the one cell is the
  // simpler story (the greedy below keeps the first of equals).
  for (const m of missingRowCandidates(workbook, findings, targets, opts.maxRowCandidates ?? 6)) {
    const v = repairs(findings, targets, verifier.rerunModel(m.set.put(workbook, m.rows), new Set([m.set.sheet]), rules), (listed) => rowCause(m, listed));
    if (v) verified.push(v);
  }
  const causes: Cause[] = [];
  const covered = new Set<number>();
  while (causes.length < (opts.maxCauses ?? 5)) {
    let best: Verified | null = null;
    let bestNew = 0;
    for (const v of verified) {
      const n = v.fixed.filter((i) => !covered.has(i)).length;
      // Among equals: the change that adds the fewest 尾差 (a wrong cell "repaired" by another
      // one leaves rounding-sized gaps elsewhere), then the best supported (sorted by votes above).
      if (n > bestNew || (n === bestNew && n > 0 && best !== null && v.roundingAdded < best.roundingAdded)) {
        best = v;
        bestNew = n;
      }
    }
    if (!best) break;
    const listed = best.fixed.filter((i) => !covered.has(i));
    listed.forEach((i) => covered.add(i));
    causes.push(best.cause(listed));
  }
  return causes;
}
