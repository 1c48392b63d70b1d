import { exactAmount, wan, ZERO, type Amount } from "../../src/core/amounts";
import {
  checkPercent,
  compareAtMost,
  compareBalance,
  compareSum,
  compareSums,
  compareTie,
  describeBound,
  describeIntervals,
  formatMicrosExact,
  formatPercentInterval,
  minus,
  parseTolerance,
  percentHalfUp,
  percentInterval,
  type TolerancePolicy,
} from "../../src/core/rounding";

const fixed001: TolerancePolicy = { kind: "fixed", micros: 10_000 };
/** A 元 table figure with 2 decimals: ulp = 0.01 元 = 1 micro. */
const yuan = (text: string): Amount => ({ micros: Math.round(Number(text) * 100), ulp: 1, ref: null, blank: false });

describe("tolerance policy", () => {
  it("parses the three forms", () => {
    expect(parseTolerance("interval")).toEqual({ kind: "interval" });
    expect(parseTolerance("EXACT")).toEqual({ kind: "exact" });
    expect(parseTolerance("fixed:0.01")).toEqual({ kind: "fixed", micros: 10_000 });
    expect(parseTolerance("fixed:0.5")).toEqual({ kind: "fixed", micros: 500_000 });
    expect(parseTolerance("fixed:")).toBeNull();
    expect(parseTolerance("loose")).toBeNull();
  });
});

describe("sum checks (§5.2)", () => {
  it("I-01 example: zero rows excluded, m = 4, exact", () => {
    const c = compareSum(wan("3789.00"), [wan("3704.83"), wan("82.16"), wan("2.01"), ZERO, wan(0)]);
    expect(c.outcome).toBe("exact");
    expect(c.m).toBe(4);
    expect(c.bound).toBe(20_000);
  });
  it("3 parts: gap 0.02 is 尾差 at the boundary, 0.03 is 不一致", () => {
    const parts = [wan("1.00"), wan("2.00"), wan("3.00")];
    const atBound = compareSum(wan("6.02"), parts);
    expect(atBound.outcome).toBe("rounding");
    expect(atBound.boundary).toBe(true);
    expect(atBound.gap).toBe(20_000);
    const over = compareSum(wan("6.03"), parts);
    expect(over.outcome).toBe("inconsistent");
    expect(compareSum(wan("5.99"), parts)).toMatchObject({ outcome: "rounding", boundary: false });
  });
  it("2 parts: 0.01 is 尾差 (bound 0.015), 0.02 is not", () => {
    expect(compareSum(wan("3.01"), [wan("1"), wan("2")]).outcome).toBe("rounding");
    expect(compareSum(wan("3.02"), [wan("1"), wan("2")]).outcome).toBe("inconsistent");
  });
  it("total vs total (n = 1): 0.01 is the boundary", () => {
    const c = compareSum(wan("3829.87"), [wan("3829.86")]);
    expect(c).toMatchObject({ outcome: "rounding", boundary: true, m: 2, bound: 10_000 });
    expect(compareSum(wan("3829.88"), [wan("3829.86")]).outcome).toBe("inconsistent");
  });
  it("signed parts and intervals (§6.1 from totals)", () => {
    // T04 年初 = 3848.87 − 3704.83 − 82.16; T01 年初 = 3850.87 − 3789.00
    const c = compareAtMost([wan("3848.87"), minus(wan("3704.83")), minus(wan("82.16"))], [wan("3850.87"), minus(wan("3789.00"))]);
    expect(c).toMatchObject({ outcome: "rounding", m: 5, bound: 25_000, gap: 10_000, boundary: false });
  });
  it("both sides as expressions (carry-over identity)", () => {
    const c = compareSums([wan("10.00"), wan("5.00"), minus(wan("12.00"))], [wan("3.01")]);
    expect(c.outcome).toBe("rounding");
    expect(compareSums([wan("10.00"), wan("5.00"), minus(wan("12.00"))], [wan("3.03")]).outcome).toBe("inconsistent");
  });
  it("mixed precision: 元 values with cents have half-micro half-widths", () => {
    const c = compareSum(yuan("100.02"), [yuan("50.00"), yuan("50.00")]);
    // gap 0.02 元 = 2 micros; bound 3 × 0.005 元 = 1.5 micros
    expect(c.outcome).toBe("inconsistent");
    expect(compareSum(yuan("100.01"), [yuan("50.00"), yuan("50.00")])).toMatchObject({ outcome: "rounding", bound: 1.5 });
    expect(describeIntervals(compareSum(yuan("100.01"), [yuan("50.00")]))).toBe(
      "报告值 [0.0100005, 0.0100015]，计算值 [0.0049995, 0.0050005]",
    );
  });
  it("exact amounts (ulp 0) add no tolerance", () => {
    expect(compareSum(exactAmount(10), [exactAmount(9)]).outcome).toBe("inconsistent");
  });
  it("exact policy: any gap is 不一致; fixed: |gap| ≤ x is 尾差", () => {
    const parts = [wan("1.00"), wan("2.00"), wan("3.00")];
    expect(compareSum(wan("6.01"), parts, { policy: { kind: "exact" } }).outcome).toBe("inconsistent");
    expect(compareSum(wan("6.00"), parts, { policy: { kind: "exact" } }).outcome).toBe("exact");
    expect(compareSum(wan("6.01"), parts, { policy: fixed001 })).toMatchObject({ outcome: "rounding", bound: 10_000 });
    expect(compareSum(wan("6.02"), parts, { policy: fixed001 }).outcome).toBe("inconsistent");
  });
});

describe("leaf ties and balances", () => {
  it("a leaf tie is exact: 0.01 is 不一致 under interval", () => {
    expect(compareTie(wan("2142.76"), wan("2142.76")).outcome).toBe("exact");
    const c = compareTie(wan("2142.76"), wan("2142.77"));
    expect(c).toMatchObject({ outcome: "inconsistent", bound: 0 });
    expect(describeBound(c)).toContain("应完全相等");
  });
  it("a leaf tie follows a fixed policy", () => {
    expect(compareTie(wan("2142.76"), wan("2142.77"), { policy: fixed001 }).outcome).toBe("rounding");
  });
  it("I-05 balance: exact under every policy", () => {
    expect(compareBalance(wan("3850.87"), wan("3850.87")).outcome).toBe("exact");
    expect(compareBalance(wan("3850.87"), wan("3850.86")).outcome).toBe("inconsistent");
    expect(compareBalance(wan("3850.87"), wan("3850.86"), { policy: { kind: "fixed", micros: 500_000 } }).outcome).toBe("inconsistent");
  });
});

describe("inequalities (§5.3)", () => {
  it("§6.1 年初 as cells: 61.88 ≤ 61.87 is 尾差 at the boundary", () => {
    const c = compareAtMost([wan("61.88")], [wan("61.87")]);
    expect(c).toMatchObject({ outcome: "rounding", boundary: true, m: 2, bound: 10_000 });
    expect(describeIntervals(c)).toBe("报告值 [61.875, 61.885]，计算值 [61.865, 61.875]");
  });
  it("holds exactly when sub ≤ sup", () => {
    expect(compareAtMost([wan("19.00")], [wan("19.01")]).outcome).toBe("exact");
  });
  it("0.02 above on a 1:1 total comparison is 不一致", () => {
    expect(compareAtMost([wan("19.02")], [wan("19.00")]).outcome).toBe("inconsistent");
  });
  it("between leaves it must hold exactly", () => {
    expect(compareAtMost([wan("0.56")], [wan("0.55")], { leaf: true }).outcome).toBe("inconsistent");
    expect(compareAtMost([wan("0.55")], [wan("0.55")], { leaf: true }).outcome).toBe("exact");
  });
});

describe("number text", () => {
  it("formats half-micro values exactly", () => {
    expect(formatMicrosExact(61_875_000)).toBe("61.875");
    expect(formatMicrosExact(300_000_000)).toBe("300.00");
    expect(formatMicrosExact(0.5, 2)).toBe("0.0000005");
    expect(formatMicrosExact(-5_000)).toBe("-0.005");
  });
});

describe("percentages (§5.6)", () => {
  const cases: [string, "share" | "completion" | "growth" | "decline", string, string, string, string, string | null][] = [
    // stated, kind, a, b, outcome, reading, note
    ["15.19%", "decline", "3850.87", "4540.77", "exact", "R2", null],
    ["15%", "decline", "3848.87", "4528.01", "exact", "R2", null],
    ["97.8%", "share", "3747.7", "3831.87", "exact", "R2", null],
    ["0.05%", "share", "2.01", "3789", "exact", "R2", null],
    ["46.60%", "decline", "0.55", "1.03", "exact", "R2", null],
    ["3.04%", "growth", "50.14", "48.66", "exact", "R2", null],
    ["71.73%", "share", "2106.66", "2940.05", "inconsistent", "R2", null],
    ["38.28%", "share", "2570.97", "6714.88", "inconsistent", "R2", null],
    ["98%", "completion", "20218.21", "20707.11", "exact", "Rk", "按两位小数应为 97.64%"],
    ["100%", "share", "169.43", "169.43", "exact", "R2", null],
  ];
  it.each(cases)("%s (%s of %s / %s) → %s via %s", (stated, kind, a, b, outcome, reading, note) => {
    const r = checkPercent({ text: stated }, kind, wan(a), wan(b));
    expect(r.outcome).toBe(outcome);
    expect(r.reading?.name).toBe(reading);
    expect(r.note).toBe(note);
  });
  it("46.6% decline: wide interval from small operands", () => {
    const i = percentInterval("decline", wan("0.55"), wan("1.03"))!;
    expect(formatPercentInterval(i, 3)).toBe("[45.853, 47.343]");
  });
  it("ratio interval of the 15.19% example, widened outward (the spec prints 15.19366 rounded to nearest)", () => {
    expect(formatPercentInterval(percentInterval("decline", wan("3850.87"), wan("4540.77"))!)).toBe("[15.19325, 15.19367]");
  });
  it("尾差 when only the interval overlaps", () => {
    // 1.00/3.00 = 33.333…; 33.34 is inside [0.995/3.005, 1.005/2.995] but not the point rounding
    expect(checkPercent({ text: "33.34%" }, "share", wan("1.00"), wan("3.00")).outcome).toBe("rounding");
  });
  it("zero base is undefined; junk text is unreadable", () => {
    expect(checkPercent({ text: "0%" }, "completion", ZERO, ZERO).outcome).toBe("undefined");
    expect(checkPercent({ text: "约一半" }, "share", wan("1"), wan("2")).outcome).toBe("unreadable");
  });
  it("percentHalfUp in hundredths of a percent", () => {
    expect(percentHalfUp(wan("3747.70").micros, wan("3831.87").micros)).toBe(9780);
    expect(percentHalfUp(wan("2570.97").micros, wan("6714.88").micros)).toBe(3829);
    expect(percentHalfUp(wan("178.66").micros, wan("312.55").micros)).toBe(5716);
    expect(percentHalfUp(1, 8)).toBe(1250);
    expect(percentHalfUp(1, 80000)).toBe(0); // 0.125 hundredths
    expect(percentHalfUp(1, 20000)).toBe(1); // 0.5 hundredths rounds up
    expect(percentHalfUp(-1, 20000)).toBe(-1); // away from zero
  });
});
