/**
 * Rounding-aware comparison (rules.md §5): the one place that decides 一致 / 尾差 / 不一致.
 *
 * Every reported figure is an interval [v − ulp/2, v + ulp/2] (Amount.ulp is one unit of the
 * last displayed decimal). Amounts are integer micros (万元 × 10⁶); half-widths may be half a
 * micro (a 元 table with 2 decimals has ulp = 1 micro), so every bound test is done on doubled
 * values — 2·|gap| ≤ Σ ulp — and stays in exact integer arithmetic. Percentages use BigInt
 * rationals. Binary floating point never decides an outcome.
 */
import { decimalToMicros, formatWan, MICROS_PER_WAN, toHalfWidth, type Amount } from "./amounts";

// ───────────────────────────── policy ─────────────────────────────

/**
 * How gaps are judged. `interval` is the spec's semantics; `exact` and `fixed` exist for units
 * that must tie exactly and for benchmarking against peer checkers (fixed 0.01 / 0.5 万元).
 */
export type TolerancePolicy =
  | { readonly kind: "interval" }
  | { readonly kind: "exact" }
  /** |gap| ≤ micros is 尾差; the bound does not depend on how many values are involved. */
  | { readonly kind: "fixed"; readonly micros: number };

export const INTERVAL_POLICY: TolerancePolicy = { kind: "interval" };

/** Parses the `--tolerance` option: "interval", "exact", "fixed:0.01" (万元). Null if malformed. */
export function parseTolerance(text: string): TolerancePolicy | null {
  const t = text.trim().toLowerCase();
  if (t === "interval") return { kind: "interval" };
  if (t === "exact") return { kind: "exact" };
  const m = /^fixed:(\d+(?:\.\d+)?)$/.exec(t);
  if (!m) return null;
  const micros = decimalToMicros(m[1]!, "万元");
  return micros === null ? null : { kind: "fixed", micros };
}

export function formatTolerance(p: TolerancePolicy): string {
  return p.kind === "fixed" ? `fixed:${formatWan(p.micros, { thousands: false })}` : p.kind;
}

// ───────────────────────────── terms and intervals ─────────────────────────────

/** A reported value with its sign in a relation (total = a + b − c). */
export interface SignedAmount {
  readonly amount: Amount;
  readonly sign: 1 | -1;
}

export type Term = Amount | SignedAmount;

export function minus(amount: Amount): SignedAmount {
  return { amount, sign: -1 };
}

function asSigned(t: Term): SignedAmount {
  return "sign" in t ? t : { amount: t, sign: 1 };
}

/** A closed interval in micros; ends may be half-integers. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** The interval a reported value stands for (§5.1); an exact zero is [0, 0]. */
export function intervalOf(a: Amount): Interval {
  return { lo: a.micros - a.ulp / 2, hi: a.micros + a.ulp / 2 };
}

/** Σ ±terms as an interval: widths add whatever the signs. */
export function sumInterval(terms: readonly Term[]): Interval {
  let mid = 0;
  let width = 0;
  for (const t of terms.map(asSigned)) {
    mid += t.sign * t.amount.micros;
    width += t.amount.micros === 0 ? 0 : t.amount.ulp;
  }
  return { lo: mid - width / 2, hi: mid + width / 2 };
}

// ───────────────────────────── comparisons ─────────────────────────────

/** 一致 / 尾差 / 不一致 (rules.md §1). */
export type Outcome = "exact" | "rounding" | "inconsistent";

/**
 * - `sum`: a total against Σ ±parts, or a total against another total (interval bound);
 * - `tie`: the same leaf figure shown twice — exact under the interval policy (§5.2);
 * - `balance`: 收入总计 = 支出总计 of one table — exact under every policy (I-05, I-12c);
 * - `atMost`: subset ≤ superset (§5.3).
 */
export type Relation = "sum" | "tie" | "balance" | "atMost";

export interface Comparison {
  readonly relation: Relation;
  readonly outcome: Outcome;
  /** Σ of the left side: the reported total, the first figure of a tie, the subset. */
  readonly left: number;
  /** Σ of the right side: the computed sum, the second figure, the superset. */
  readonly right: number;
  /** left − right, in micros. */
  readonly gap: number;
  /** Number of non-zero reported values involved (both sides). */
  readonly m: number;
  /**
   * The largest gap accepted as 尾差 under the policy used, in micros (may be a half-integer):
   * Σ ulp/2 for `interval`, the fixed amount for `fixed`, 0 when the relation must hold exactly.
   */
  readonly bound: number;
  /** 尾差 with |gap| exactly at the interval bound: explainable only with every true value at an end. */
  readonly boundary: boolean;
  readonly leftInterval: Interval;
  readonly rightInterval: Interval;
  readonly policy: TolerancePolicy;
}

export interface CompareOptions {
  readonly policy?: TolerancePolicy;
}

function countNonZero(terms: readonly SignedAmount[]): number {
  return terms.filter((t) => t.amount.micros !== 0).length;
}

function ulpSum(terms: readonly SignedAmount[]): number {
  return terms.reduce((s, t) => s + (t.amount.micros === 0 ? 0 : t.amount.ulp), 0);
}

function sumOf(terms: readonly SignedAmount[]): number {
  return terms.reduce((s, t) => s + t.sign * t.amount.micros, 0);
}

/**
 * The shared decision. `excess` is how far the relation is violated in micros (|gap| for an
 * equality, gap for ≤); `ulps` is Σ ulp of the non-zero values; `mayRound` is false for relations
 * that the spec makes exact under the interval policy (leaf ties, leaf inequalities, balances).
 */
function decide(
  excess: number,
  ulps: number,
  policy: TolerancePolicy,
  mayRound: boolean,
  alwaysExact: boolean,
): { outcome: Outcome; bound: number; boundary: boolean } {
  if (excess <= 0) return { outcome: "exact", bound: boundFor(ulps, policy, mayRound, alwaysExact), boundary: false };
  if (alwaysExact || policy.kind === "exact") return { outcome: "inconsistent", bound: 0, boundary: false };
  if (policy.kind === "fixed") {
    return { outcome: excess <= policy.micros ? "rounding" : "inconsistent", bound: policy.micros, boundary: false };
  }
  if (!mayRound) return { outcome: "inconsistent", bound: 0, boundary: false };
  const within = 2 * excess <= ulps;
  return { outcome: within ? "rounding" : "inconsistent", bound: ulps / 2, boundary: within && 2 * excess === ulps };
}

function boundFor(ulps: number, policy: TolerancePolicy, mayRound: boolean, alwaysExact: boolean): number {
  if (alwaysExact || policy.kind === "exact") return 0;
  if (policy.kind === "fixed") return policy.micros;
  return mayRound ? ulps / 2 : 0;
}

function equality(relation: Relation, left: readonly SignedAmount[], right: readonly SignedAmount[], policy: TolerancePolicy, mayRound: boolean, alwaysExact: boolean): Comparison {
  return comparison(relation, left, right, policy, (gap, ulps) => decide(Math.abs(gap), ulps, policy, mayRound, alwaysExact));
}

/** Builds a Comparison of Σ left against Σ right; `judge` turns the gap and Σ ulp into the outcome. */
function comparison(
  relation: Relation,
  left: readonly SignedAmount[],
  right: readonly SignedAmount[],
  policy: TolerancePolicy,
  judge: (gap: number, ulps: number) => { outcome: Outcome; bound: number; boundary: boolean },
): Comparison {
  const all = [...left, ...right];
  const l = sumOf(left);
  const r = sumOf(right);
  const gap = l - r;
  const d = judge(gap, ulpSum(all));
  return {
    relation,
    outcome: d.outcome,
    left: l,
    right: r,
    gap,
    m: countNonZero(all),
    bound: d.bound,
    boundary: d.boundary,
    leftInterval: sumInterval(left),
    rightInterval: sumInterval(right),
    policy,
  };
}

/**
 * total = Σ ±parts (§5.2). m counts the non-zero values, the total included; the interval bound
 * is Σ ulp/2 over them — 0.005·m for 2-decimal 万元 figures. Also use it for total vs total.
 */
export function compareSum(total: Amount, parts: readonly Term[], opts: CompareOptions = {}): Comparison {
  return equality("sum", [{ amount: total, sign: 1 }], parts.map(asSigned), opts.policy ?? INTERVAL_POLICY, true, false);
}

/**
 * Σ ±left = Σ ±right where both sides are expressions over reported values (e.g. a carry-over
 * identity 年初 + 收入 − 支出 = 年末). Same bound as compareSum.
 */
export function compareSums(left: readonly Term[], right: readonly Term[], opts: CompareOptions = {}): Comparison {
  return equality("sum", left.map(asSigned), right.map(asSigned), opts.policy ?? INTERVAL_POLICY, true, false);
}

/**
 * The same leaf figure shown twice (a 项 row, an economic item, a single fund cell): both are one
 * rounding of one exact amount, so any gap is 不一致 under the interval policy (§5.2).
 */
export function compareTie(a: Amount, b: Amount, opts: CompareOptions = {}): Comparison {
  return equality("tie", [{ amount: a, sign: 1 }], [{ amount: b, sign: 1 }], opts.policy ?? INTERVAL_POLICY, false, false);
}

/** 收入总计 = 支出总计 within one table: the same balance printed twice, exact under every policy. */
export function compareBalance(a: Amount, b: Amount, opts: CompareOptions = {}): Comparison {
  return equality("balance", [{ amount: a, sign: 1 }], [{ amount: b, sign: 1 }], opts.policy ?? INTERVAL_POLICY, false, true);
}

export interface AtMostOptions extends CompareOptions {
  /**
   * Both sides are leaf figures: rounding to nearest preserves order, so sub ≤ sup must hold
   * exactly (§5.3). Leave false when a total (or a derived total − total) is on either side.
   */
  readonly leaf?: boolean;
}

/** Σ sub ≤ Σ sup (§5.3). gap = Σ sub − Σ sup; 尾差 when 2·gap ≤ Σ ulp of all non-zero values. */
export function compareAtMost(sub: readonly Term[], sup: readonly Term[], opts: AtMostOptions = {}): Comparison {
  const policy = opts.policy ?? INTERVAL_POLICY;
  return comparison("atMost", sub.map(asSigned), sup.map(asSigned), policy, (gap, ulps) => decide(gap, ulps, policy, !opts.leaf, false));
}

// ───────────────────────────── message text ─────────────────────────────

/**
 * Exact decimal text of a micros value that may be a half-integer, with at least `minDecimals`
 * decimals and no binary rounding: 61875000 → "61.875", 300000000 → "300.00".
 */
export function formatMicrosExact(micros: number, minDecimals = 2): string {
  const twice = Math.round(micros * 2); // exact: micros is an integer or a half-integer
  const neg = twice < 0;
  let digits = String(Math.abs(twice) * 5); // value × 10⁷ as an integer string
  digits = digits.padStart(8, "0");
  const intPart = digits.slice(0, -7);
  let frac = digits.slice(-7).replace(/0+$/, "");
  if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, "0");
  const body = frac ? `${intPart}.${frac}` : intPart;
  return neg && twice !== 0 ? `-${body}` : body;
}

export function formatInterval(i: Interval): string {
  const decimals = Math.max(decimalsNeeded(i.lo), decimalsNeeded(i.hi), 2);
  return `[${formatMicrosExact(i.lo, decimals)}, ${formatMicrosExact(i.hi, decimals)}]`;
}

function decimalsNeeded(micros: number): number {
  const s = formatMicrosExact(micros, 0);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** "报告值 [s1, s2]，计算值 [x1, x2]" (§5.5); labels may be changed for inequalities. */
export function describeIntervals(c: Comparison, labels: { left?: string; right?: string } = {}): string {
  return `${labels.left ?? "报告值"} ${formatInterval(c.leftInterval)}，${labels.right ?? "计算值"} ${formatInterval(c.rightInterval)}`;
}

/** The bound in words: "4 个非零数，容差 0.020 万元", or the fixed/exact policy used. */
export function describeBound(c: Comparison): string {
  if (c.relation === "balance") return "同一平衡数，不允许任何差额";
  if (c.policy.kind === "exact") return "按精确比对（exact）口径，不允许任何差额";
  if (c.policy.kind === "fixed") return `按固定容差 ${formatMicrosExact(c.policy.micros, 2)} 万元口径`;
  if (c.bound === 0) return "同一末级数据在两处列示，应完全相等，不存在尾差";
  return `${c.m} 个非零数，容差 ${formatMicrosExact(c.bound, 3)} 万元`;
}

export const BOUNDARY_NOTE = "边界情形：差额恰等于容差上限，仅当各真实值都恰在四舍五入区间端点时才能解释";
export const ROUNDING_NOTE = "因四舍五入产生的尾差";

/** The gap as 万元 text without sign ("0.01"). */
export function formatGap(c: Comparison): string {
  return formatWan(Math.abs(c.gap), { thousands: false });
}

/** micros → 万元 number, for Finding.expected/actual/difference (display and JSON only). */
export function toWanNumber(micros: number): number {
  return Math.round(micros) / MICROS_PER_WAN;
}

// ───────────────────────────── percentages (§5.6) ─────────────────────────────

/** An exact rational number; den > 0. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function rat(num: bigint, den: bigint): Rational {
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

function cmp(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Rounds |x| half-up (away from zero on ties, 四舍五入) to an integer. */
function roundHalfUpInt(num: bigint, den: bigint): bigint {
  const neg = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = (2n * n + d) / (2n * d);
  return neg ? -q : q;
}

/**
 * a/b as a percentage in hundredths of a percent, rounded half-up once (narrative.md §1.2):
 * percentHalfUp(wan(3747.70).micros, wan(3831.87).micros) → 9780 (97.80%).
 */
export function percentHalfUp(aMicros: number, bMicros: number): number {
  if (bMicros === 0) throw new RangeError("percentage of a zero base");
  return Number(roundHalfUpInt(BigInt(aMicros) * 10000n, BigInt(bMicros)));
}

export type PercentKind = "share" | "completion" | "growth" | "decline";

/** Operand intervals on doubled micros, so half-micro ends stay integers. */
function twiceInterval(a: Amount): { lo: bigint; hi: bigint } {
  const m = BigInt(a.micros) * 2n;
  const u = BigInt(a.micros === 0 ? 0 : a.ulp);
  return { lo: m - u, hi: m + u };
}

/** x/y for x ∈ [xlo, xhi], y ∈ [ylo, yhi] with ylo > 0. */
function quotientInterval(x: { lo: bigint; hi: bigint }, y: { lo: bigint; hi: bigint }): { lo: Rational; hi: Rational } {
  const lo = x.lo >= 0n ? rat(x.lo, y.hi) : rat(x.lo, y.lo);
  const hi = x.hi >= 0n ? rat(x.hi, y.lo) : rat(x.hi, y.hi);
  return { lo, hi };
}

const HUNDRED = 100n;

/** The ratio × 100 (a percentage) as an exact rational, from the reported point values. */
export function percentPoint(kind: PercentKind, a: Amount, b: Amount): Rational | null {
  if (b.micros === 0) return null;
  const A = BigInt(a.micros);
  const B = BigInt(b.micros);
  switch (kind) {
    case "share":
    case "completion":
      return rat(A * HUNDRED, B);
    case "growth":
      return rat((A - B) * HUNDRED, B);
    case "decline":
      return rat((B - A) * HUNDRED, B);
  }
}

/**
 * The interval of the true percentage given the operand intervals (§5.6). For share/completion
 * a is the part or 决算数 and b the whole or 预算数; for growth/decline a is this year (c) and b
 * the base year (p₀). Null when the denominator's interval reaches 0 (N-06/N-07 apply).
 */
export function percentInterval(kind: PercentKind, a: Amount, b: Amount): { lo: Rational; hi: Rational } | null {
  const y = twiceInterval(b);
  if (y.lo <= 0n) return null;
  const q = quotientInterval(twiceInterval(a), y);
  const scale = (r: Rational): Rational => rat(r.num * HUNDRED, r.den);
  const shift = (r: Rational, by: bigint): Rational => rat(r.num + by * r.den, r.den);
  const neg = (r: Rational): Rational => rat(-r.num, r.den);
  switch (kind) {
    case "share":
    case "completion":
      return { lo: scale(q.lo), hi: scale(q.hi) };
    case "growth":
      return { lo: shift(scale(q.lo), -HUNDRED), hi: shift(scale(q.hi), -HUNDRED) };
    case "decline":
      return { lo: shift(neg(scale(q.hi)), HUNDRED), hi: shift(neg(scale(q.lo)), HUNDRED) };
  }
}

/** A stated percentage as written: value × 10^decimals as an integer. */
export interface ParsedPercent {
  readonly scaled: bigint;
  readonly decimals: number;
}

/** "15.19%", "97.8", "１５％", "-3.5%" → scaled integer and decimals; null if not a number. */
export function parsePercentText(text: string): ParsedPercent | null {
  const t = toHalfWidth(text).replace(/[\s%％]/g, "");
  const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return null;
  const frac = m[3] ?? "";
  const scaled = BigInt(m[2]! + frac) * (m[1] === "-" ? -1n : 1n);
  return { scaled, decimals: frac.length };
}

/**
 * R2: the stated figure is a 2-decimal value with trailing zeros trimmed ("15%" = 15.00 ± 0.005).
 * Rk: the figure means what it shows ("15%" = 15 ± 0.5). For ≥ 2 decimals there is one reading.
 */
export type PercentReadingName = "R2" | "Rk";

export interface PercentReading {
  readonly name: PercentReadingName;
  readonly decimals: number;
  /** The stated value at `decimals` (15% read as R2 → 1500n). */
  readonly scaled: bigint;
  readonly lo: Rational;
  readonly hi: Rational;
}

export function percentReadings(p: ParsedPercent): PercentReading[] {
  const reading = (name: PercentReadingName, decimals: number): PercentReading => {
    const scaled = p.scaled * 10n ** BigInt(decimals - p.decimals);
    const den = 2n * 10n ** BigInt(decimals);
    return { name, decimals, scaled, lo: rat(2n * scaled - 1n, den), hi: rat(2n * scaled + 1n, den) };
  };
  if (p.decimals >= 2) return [reading(p.decimals === 2 ? "R2" : "Rk", p.decimals)];
  return [reading("R2", 2), reading("Rk", p.decimals)];
}

export type PercentOutcome = Outcome | "undefined" | "unreadable";

export interface PercentCheck {
  readonly kind: PercentKind;
  readonly outcome: PercentOutcome;
  /** The reading the outcome used (null when undefined/unreadable). */
  readonly reading: PercentReading | null;
  /** The exact percentage from the reported values. */
  readonly point: Rational | null;
  /** The point value rounded half-up to 2 decimals, as text ("97.64"). */
  readonly expected2: string | null;
  readonly interval: { readonly lo: Rational; readonly hi: Rational } | null;
  /** When only Rk holds: what the trimmed 2-decimal convention would show. */
  readonly note: string | null;
}

function evaluateReading(r: PercentReading, point: Rational, interval: { lo: Rational; hi: Rational }): Outcome {
  const rounded = roundHalfUpInt(point.num * 10n ** BigInt(r.decimals), point.den);
  if (rounded === r.scaled) return "exact";
  const overlaps = cmp(interval.lo, r.hi) <= 0 && cmp(r.lo, interval.hi) <= 0;
  return overlaps ? "rounding" : "inconsistent";
}

const OUTCOME_RANK: Record<Outcome, number> = { exact: 0, rounding: 1, inconsistent: 2 };

/**
 * Checks a stated percentage against the table values (§5.6): R2 first, then Rk, keeping the
 * better outcome (R2 on a tie). a, b as in percentInterval.
 */
export function checkPercent(stated: { readonly text: string }, kind: PercentKind, a: Amount, b: Amount): PercentCheck {
  const parsed = parsePercentText(stated.text);
  const point = percentPoint(kind, a, b);
  const interval = percentInterval(kind, a, b);
  const expected2 = point ? formatScaled(roundHalfUpInt(point.num * HUNDRED, point.den), 2) : null;
  if (!parsed) return { kind, outcome: "unreadable", reading: null, point, expected2, interval, note: null };
  if (!point || !interval) return { kind, outcome: "undefined", reading: null, point, expected2, interval, note: null };
  let best: { r: PercentReading; o: Outcome } | null = null;
  for (const r of percentReadings(parsed)) {
    const o = evaluateReading(r, point, interval);
    if (!best || OUTCOME_RANK[o] < OUTCOME_RANK[best.o]) best = { r, o };
    if (o === "exact") break;
  }
  const { r, o } = best!;
  const note = r.name === "Rk" && parsed.decimals < 2 && o !== "inconsistent" ? `按两位小数应为 ${trimZeros(expected2!)}%` : null;
  return { kind, outcome: o, reading: r, point, expected2, interval, note };
}

/** A scaled integer as decimal text: (1519n, 2) → "15.19". */
export function formatScaled(scaled: bigint, decimals: number): string {
  const neg = scaled < 0n;
  const s = (neg ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const body = decimals > 0 ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
  return neg ? `-${body}` : body;
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** A rational as decimal text with `decimals` digits; lo ends round down, hi ends round up. */
export function formatRational(r: Rational, decimals: number, direction: "down" | "up" | "nearest" = "nearest"): string {
  const scale = 10n ** BigInt(decimals);
  const n = r.num * scale;
  let q = n / r.den; // truncates toward zero
  const exact = q * r.den === n;
  if (!exact) {
    if (direction === "nearest") q = roundHalfUpInt(n, r.den);
    else if (direction === "down" && n < 0n) q -= 1n;
    else if (direction === "up" && n > 0n) q += 1n;
  }
  return formatScaled(q, decimals);
}

/** "[15.19325, 15.19366]" — the ratio interval, widened outward to 5 decimals. */
export function formatPercentInterval(i: { lo: Rational; hi: Rational }, decimals = 5): string {
  return `[${formatRational(i.lo, decimals, "down")}, ${formatRational(i.hi, decimals, "up")}]`;
}
