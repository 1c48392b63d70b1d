import { wan } from "../../src/core/amounts";
import { yearChange, directionWords } from "../../src/core/narrative/change";
import { divRoundHalfUp, formatAmount, formatPercent, percentHundredths } from "../../src/core/narrative/format";

const m = (v: string) => wan(v).micros;

describe("formatAmount: 2 decimals half-up, trailing zeros trimmed, no thousands separators", () => {
  test.each([
    ["689.90", "689.9", "689.90"],
    ["3789.00", "3789", "3789.00"],
    ["0.00", "0", "0.00"],
    ["2940.05", "2940.05", "2940.05"],
    ["123456789.10", "123456789.1", "123456789.10"],
    ["0.005", "0.01", "0.01"], // a converted value: half-up
    ["0.0049", "0", "0.00"],
    ["-12.30", "-12.3", "-12.30"],
  ])("%s → %s (keepTrailingZeros: %s)", (value, trimmed, kept) => {
    expect(formatAmount(m(value))).toBe(trimmed);
    expect(formatAmount(m(value), { keepTrailingZeros: true })).toBe(kept);
  });
});

describe("percentages: exact integers, one final half-up rounding", () => {
  test.each([
    // [a, b, trimmed, kept] — narrative.md §5 and rules.md §6.5
    ["689.90", "4540.77", "15.19", "15.19"],
    ["679.14", "4528.01", "15", "15.00"], // 14.9986
    ["3747.70", "3831.87", "97.8", "97.80"], // 97.8034
    ["0.48", "1.03", "46.6", "46.60"], // 46.6019
    ["2.01", "3789.00", "0.05", "0.05"],
    ["2570.97", "6714.88", "38.29", "38.29"], // 38.2877: truncation would give 38.28 (DYRMT)
    ["2106.66", "2940.05", "71.65", "71.65"],
    ["169.43", "169.43", "100", "100.00"],
    ["0.00", "50.69", "0", "0.00"],
    ["1.00", "8.00", "12.5", "12.50"], // exactly representable
    ["1.00", "80000.00", "0", "0.00"], // 0.00125% rounds to 0.00
  ])("%s / %s → %s%%", (a, b, trimmed, kept) => {
    const p = percentHundredths(m(a), m(b))!;
    expect(formatPercent(p)).toBe(trimmed);
    expect(formatPercent(p, { keepTrailingZeros: true })).toBe(kept);
  });

  test("a half hundredth rounds up: 1/16 = 6.25% exactly, 1/1600 = 0.0625% → 0.06, 1/800 → 0.13", () => {
    expect(formatPercent(percentHundredths(m("1"), m("1600"))!)).toBe("0.06");
    expect(formatPercent(percentHundredths(m("1"), m("800"))!)).toBe("0.13"); // 0.125 → 0.13
  });

  test("no ratio on a zero or negative denominator", () => {
    expect(percentHundredths(m("1"), 0)).toBeNull();
    expect(percentHundredths(m("1"), m("-1"))).toBeNull();
  });

  test("amounts beyond 2^53 / 10000 stay exact (BigInt)", () => {
    const big = m("90000000.01"); // 9e13 micros; × 10000 exceeds 2^53
    expect(formatPercent(percentHundredths(big, big)!)).toBe("100");
  });

  test("divRoundHalfUp rounds magnitudes half away from zero", () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divRoundHalfUp(-5n, 10n)).toBe(-1n);
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
  });
});

describe("yearChange: direction, magnitude, rate", () => {
  test.each([
    ["decrease", "3850.87", "4540.77", { kind: "decrease", delta: m("689.90"), rate: 1519n }],
    ["increase", "3747.70", "3726.87", { kind: "increase", delta: m("20.83"), rate: 56n }],
    ["flat", "10.00", "10.00", { kind: "flat" }],
    ["both zero is flat", "0", "0", { kind: "flat" }],
    ["zero prior year: no rate", "5.00", "0", { kind: "fromZero", direction: "增加", delta: m("5.00") }],
    ["to zero: 下降100%", "0", "5.00", { kind: "decrease", delta: m("5.00"), rate: 10000n }],
  ])("%s", (_name, cur, prev, expected) => {
    expect(yearChange(m(cur), m(prev))).toEqual(expected);
  });

  test("missing prior year", () => {
    expect(yearChange(m("1"), null)).toEqual({ kind: "missing" });
    expect(directionWords({ kind: "missing" })).toBeNull();
  });
});
