import { percentHundredths } from "./format";

/**
 * Year-over-year change (narrative.md §3.0). Amounts in micros; `delta` is a magnitude, the
 * direction word carries the sign; `rate` is in hundredths of a percent.
 */
export type YearChange =
  | { readonly kind: "missing" }
  | { readonly kind: "flat" }
  /** Prior year 0 (or below): an amount but no growth rate (N-06). */
  | { readonly kind: "fromZero"; readonly direction: "增加" | "减少"; readonly delta: number }
  | { readonly kind: "increase"; readonly delta: number; readonly rate: bigint }
  | { readonly kind: "decrease"; readonly delta: number; readonly rate: bigint };

export function yearChange(current: number, prior: number | null): YearChange {
  if (prior === null) return { kind: "missing" };
  if (current === prior) return { kind: "flat" };
  const delta = Math.abs(current - prior);
  if (prior <= 0) return { kind: "fromZero", direction: current > prior ? "增加" : "减少", delta };
  // The rate is computed from the two table values, never from a rounded Δ.
  const rate = percentHundredths(delta, prior)!;
  return current > prior ? { kind: "increase", delta, rate } : { kind: "decrease", delta, rate };
}

/** 增加/减少 and 增长/下降 for a change with a direction. */
export function directionWords(change: YearChange): { amount: "增加" | "减少"; rate: "增长" | "下降" } | null {
  switch (change.kind) {
    case "increase":
      return { amount: "增加", rate: "增长" };
    case "decrease":
      return { amount: "减少", rate: "下降" };
    case "fromZero":
      return change.direction === "增加" ? { amount: "增加", rate: "增长" } : { amount: "减少", rate: "下降" };
    default:
      return null;
  }
}

/**
 * Whether |Δ|/上年 reaches a threshold given as a fraction (0.1 = 10%). A zero prior year with a
 * change always reaches it.
 */
export function reachesThreshold(change: YearChange, threshold: number): boolean {
  if (change.kind === "fromZero") return true;
  if (change.kind !== "increase" && change.kind !== "decrease") return false;
  return Number(change.rate) >= Math.round(threshold * 10_000);
}
