/**
 * Number formatting for the narrative (narrative.md §1.2). All arithmetic is on integers: amounts
 * are micros (万元 × 10⁶, see amounts.ts), percentages are hundredths of a percent. BigInt keeps
 * a·10000 exact for amounts of any size.
 */

export interface NumberFormatOptions {
  /** Always print two decimals ("689.90", "15.00%"); by default trailing zeros are trimmed. */
  readonly keepTrailingZeros?: boolean;
  /** With keepTrailingZeros, still write a zero amount as "0" (Shanghai 2024: "工程采购金额0万元"). */
  readonly plainZero?: boolean;
}

const MICROS_PER_HUNDREDTH = 10_000n; // 0.01 万元 = 10 000 micros

/** round_half_up(n / d) for d > 0, half away from zero (as 四舍五入 is meant for magnitudes). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError("divisor must be positive");
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return neg ? -q : q;
}

/** Micros → hundredths of 万元, half-up (table values already at 2 decimals pass unchanged). */
export function toHundredths(micros: number): bigint {
  return divRoundHalfUp(BigInt(micros), MICROS_PER_HUNDREDTH);
}

/** A value in hundredths → "3187.51", "689.9", "3789", "0" (or always 2 decimals). */
export function formatHundredths(hundredths: bigint, options: NumberFormatOptions = {}): string {
  const neg = hundredths < 0n;
  const abs = neg ? -hundredths : hundredths;
  const int = (abs / 100n).toString();
  let frac = (abs % 100n).toString().padStart(2, "0");
  if (!options.keepTrailingZeros || (options.plainZero && abs === 0n)) frac = frac.replace(/0+$/, "");
  return (neg ? "-" : "") + (frac ? `${int}.${frac}` : int);
}

/** 万元 text without thousands separators: 318751000000 micros → "3187.51". */
export function formatAmount(micros: number, options: NumberFormatOptions = {}): string {
  return formatHundredths(toHundredths(micros), options);
}

/**
 * a / b as a percentage in hundredths of a percent, with one final half-up rounding:
 * round_half_up(a·10000 / b). Null when b ≤ 0 (no ratio: N-06, N-07).
 */
export function percentHundredths(a: number, b: number): bigint | null {
  if (b <= 0) return null;
  return divRoundHalfUp(BigInt(a) * 10_000n, BigInt(b));
}

/** "15.19", "15", "97.8" (without the % sign). */
export function formatPercent(hundredths: bigint, options: NumberFormatOptions = {}): string {
  return formatHundredths(hundredths, options);
}

/** Count statistics are integers written as they are. */
export function formatCount(n: number): string {
  return String(n);
}
