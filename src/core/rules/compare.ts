/**
 * The rule-facing side of rounding.ts: compares Figures, and turns a 尾差 or 不一致 into a
 * Finding whose message names the tables, rows, columns and numbers (rules.md §5.5).
 */
import { formatRef, type CellRef } from "../cells";
import {
  compareAtMost,
  compareBalance,
  compareSum,
  compareSums,
  compareTie,
  ROUNDING_NOTE,
  toWanNumber,
  type Comparison,
  type SignedAmount,
  type TolerancePolicy,
} from "../rounding";
import type { TableId } from "../tables/table-ids";
import type { Figure } from "./figures";
import type { CompareData, Finding, MessageId, Severity } from "./findings";
import { messageText } from "./render";

export { expression, verdict } from "./render";

export interface CompareMessageOptions {
  /** What the relation says, put first: "本年收入合计应等于各项收入之和". */
  readonly subject?: string;
  /** Group the finding under this table instead of the first figure's. */
  readonly table?: TableId;
  /** Text appended to the message (a likely cause, a hint). */
  readonly hint?: string;
  /** Cluster key for 尾差 findings that share a root (Finding.group); 不一致 stay single. */
  readonly roundingGroup?: string;
}

export interface AtMostMessageOptions extends CompareMessageOptions {
  /** Both sides are leaf figures: must hold exactly (rules.md §5.3). */
  readonly leaf?: boolean;
}

type MaybeFigure = Figure | null | undefined;

/** Comparisons as a rule reads them; each returns 0 or 1 finding. A null operand means "skip". */
export interface Comparer {
  readonly policy: TolerancePolicy;
  /** total = Σ ±parts (null parts are absent rows and count as 0). Also total vs another total. */
  sum(total: MaybeFigure, parts: readonly MaybeFigure[], opts?: CompareMessageOptions): Finding[];
  /** Σ ±left = Σ ±right, e.g. 年初 + 收入 − 支出 = 年末 (use negate()). */
  sums(left: readonly MaybeFigure[], right: readonly MaybeFigure[], opts?: CompareMessageOptions): Finding[];
  /** The same leaf figure in two places: exact under the interval policy. */
  tie(a: MaybeFigure, b: MaybeFigure, opts?: CompareMessageOptions): Finding[];
  /** 收入总计 = 支出总计 of one table: exact under every policy. */
  balance(a: MaybeFigure, b: MaybeFigure, opts?: CompareMessageOptions): Finding[];
  /** Σ sub ≤ Σ sup. Pass `leaf: true` when both sides are leaf figures. */
  atMost(sub: MaybeFigure | readonly MaybeFigure[], sup: MaybeFigure | readonly MaybeFigure[], opts?: AtMostMessageOptions): Finding[];
  /** The raw comparison, for rules that build their own message. */
  evaluate(kind: "sum" | "tie" | "balance" | "atMost", left: readonly Figure[], right: readonly Figure[], leaf?: boolean): Comparison;
}

function signed(f: Figure): SignedAmount {
  return { amount: f.amount, sign: f.sign ?? 1 };
}

function present(list: readonly MaybeFigure[]): Figure[] {
  return list.filter((f): f is Figure => f !== null && f !== undefined);
}

/**
 * A blank operand is named as a suspect only when the relation narrows the blanks down to this
 * many: a row's two or three fund or basic/project cells, a 款 with one or two 项. A relation with
 * more blank candidates (T01/T04's 20+ empty class rows, a T02 row's six income columns) cannot
 * point at one of them, and names none.
 */
export const MAX_BLANK_SUSPECTS = 3;

/**
 * The blank cells (Amount.blank: nothing typed, as a cleared cell reads) that may be why a
 * relation is 不一致: those whose filling in with a positive amount would shrink the gap — a blank
 * part when Σ parts falls short of a non-zero total, a blank total when the parts are not zero, a
 * blank superset of a larger subset. `gap` is Σ left − Σ right. A cell shown as 0.00 or "-" was
 * typed as zero on purpose and is not suspected; neither is a row the table lacks (no cell).
 * Empty when more than MAX_BLANK_SUSPECTS blanks qualify.
 */
export function blankSuspects(left: readonly Figure[], right: readonly Figure[], gap: number): Figure[] {
  if (gap === 0) return [];
  const side = (fs: readonly Figure[], s: 1 | -1): Figure[] =>
    fs.filter((f) => f.amount.blank && f.amount.micros === 0 && f.amount.ref !== null && s * (f.sign ?? 1) * gap < 0);
  const out = [...side(left, 1), ...side(right, -1)];
  return out.length > MAX_BLANK_SUSPECTS ? [] : out;
}

/**
 * The cells a finding lists: the first figure (where to jump, even when it reads 0), the other
 * non-zero figures, then the blank suspects of a 不一致 (zero terms do not count, §5.1, but a
 * cleared cell is what the finding must point at).
 */
function cellsOf(first: readonly Figure[], rest: readonly Figure[], suspects: readonly Figure[] = []): CellRef[] {
  const out: CellRef[] = [];
  const add = (f: Figure, always: boolean): void => {
    const ref = f.amount.ref ?? f.ref;
    if (!ref || (!always && f.amount.micros === 0)) return;
    if (!out.some((r) => sameCell(r, ref))) out.push(ref);
  };
  first.forEach((f, i) => add(f, i === 0));
  rest.forEach((f) => add(f, false));
  // A relation whose only non-zero side is on the right still needs a jump target.
  if (out.length === 0) rest.forEach((f) => add(f, true));
  suspects.forEach((f) => add(f, true));
  return out;
}

export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.row === b.row && a.col === b.col && a.sheet === b.sheet;
}

/** Sees the figures of every comparison evaluated, with the rule that made it. */
export type CompareObserver = (ruleId: string, figures: readonly Figure[]) => void;

export function createComparer(ruleId: string, severity: Severity, policy: TolerancePolicy, observe?: CompareObserver): Comparer {
  const toFinding = (messageId: MessageId, c: Comparison, left: readonly Figure[], right: readonly Figure[], opts: CompareMessageOptions): Finding[] => {
    if (c.outcome === "exact") return [];
    const first = left[0] ?? right[0];
    const data: CompareData = { kind: "compare", ...(opts.subject ? { subject: opts.subject } : {}), ...(opts.hint ? { hint: opts.hint } : {}), left, right, comparison: c };
    const refs = cellsOf(left, right, c.outcome === "inconsistent" ? blankSuspects(left, right, c.gap) : []);
    return [
      {
        ruleId,
        severity: c.outcome === "rounding" ? "info" : severity,
        outcome: c.outcome === "rounding" ? "rounding" : "inconsistent",
        messageId,
        data,
        message: messageText(messageId, data),
        refs,
        cells: refs.map(formatRef),
        expected: toWanNumber(c.right),
        actual: toWanNumber(c.left),
        difference: toWanNumber(c.gap),
        table: opts.table ?? first!.table,
        ...(c.bound > 0 ? { bound: c.bound / 1_000_000 } : {}),
        ...(c.boundary ? { boundary: true } : {}),
        ...(c.outcome === "rounding" ? { note: ROUNDING_NOTE } : {}),
        ...(c.outcome === "rounding" && opts.roundingGroup ? { group: opts.roundingGroup } : {}),
      },
    ];
  };

  const evaluate = (kind: "sum" | "tie" | "balance" | "atMost", left: readonly Figure[], right: readonly Figure[], leaf = false): Comparison => {
    observe?.(ruleId, [...left, ...right]);
    const l = left.map(signed);
    const r = right.map(signed);
    switch (kind) {
      case "sum":
        return l.length === 1 && l[0]!.sign === 1 ? compareSum(l[0]!.amount, r, { policy }) : compareSums(l, r, { policy });
      case "tie":
        return compareTie(left[0]!.amount, right[0]!.amount, { policy });
      case "balance":
        return compareBalance(left[0]!.amount, right[0]!.amount, { policy });
      case "atMost":
        return compareAtMost(l, r, { policy, leaf });
    }
  };

  const pair = (kind: "tie" | "balance", a: MaybeFigure, b: MaybeFigure, opts: CompareMessageOptions): Finding[] => {
    if (!a || !b) return [];
    const c = evaluate(kind, [a], [b]);
    return toFinding(`compare.${kind}`, c, [a], [b], opts);
  };

  return {
    policy,
    evaluate,
    sum(totalFig, parts, opts = {}) {
      if (!totalFig) return [];
      const ps = present(parts);
      const c = evaluate("sum", [totalFig], ps);
      return toFinding("compare.sum", c, [totalFig], ps, opts);
    },
    sums(left, right, opts = {}) {
      const l = present(left);
      const r = present(right);
      if (l.length === 0 || r.length === 0) return [];
      const c = evaluate("sum", l, r);
      return toFinding("compare.sums", c, l, r, opts);
    },
    tie: (a, b, opts = {}) => pair("tie", a, b, opts),
    balance: (a, b, opts = {}) => pair("balance", a, b, opts),
    atMost(sub, sup, opts = {}) {
      const l = present(Array.isArray(sub) ? sub : [sub as MaybeFigure]);
      const r = present(Array.isArray(sup) ? sup : [sup as MaybeFigure]);
      if (l.length === 0 || r.length === 0) return [];
      const c = evaluate("atMost", l, r, opts.leaf ?? false);
      return toFinding("compare.atMost", c, l, r, opts);
    },
  };
}
