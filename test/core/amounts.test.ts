import { decimalToMicros, formatDecimals, formatWan, parseAmountCell, parseUnitText, toHalfWidth, type Unit } from "../../src/core/amounts";

const ref = { sheet: "公开06表", row: 9, col: 4 };
const parse = (v: string | number | boolean | null, fmt = "#,##0.00", unit: Unit = "万元") => parseAmountCell(v, fmt, unit, ref);

describe("number cells", () => {
  it("reads the displayed value exactly, despite binary noise", () => {
    const p = parse(2142.7599999999998);
    expect(p.amount).toEqual({ micros: 2_142_760_000, ulp: 10_000, ref, blank: false });
    expect(p.problem).toBeNull();
  });
  it("flags hidden decimals and uses the displayed (half-up) value", () => {
    const p = parse(2142.765);
    expect(p.amount.micros).toBe(2_142_770_000);
    expect(p.problem).toEqual({ kind: "hiddenDecimals", stored: 2142.765, decimals: 2 });
    expect(parse(2142.764).amount.micros).toBe(2_142_760_000);
  });
  it("takes the precision from General formats as stored, capped at 6 decimals", () => {
    expect(parse(3789, "General").amount).toMatchObject({ micros: 3_789_000_000, ulp: 1_000_000 });
    expect(parse(0.55, "General").amount).toMatchObject({ micros: 550_000, ulp: 10_000 });
    expect(parse(0.55, "General").problem).toBeNull();
  });
  it("converts 元 and 亿元 to 万元 without floating point", () => {
    expect(parse(21427600.01, "#,##0.00", "元").amount).toMatchObject({ micros: 2_142_760_001, ulp: 1 });
    expect(parse(1.23, "0.00", "亿元").amount).toMatchObject({ micros: 12_300_000_000, ulp: 100_000_000 });
  });
  it("keeps negative values and exact zeros", () => {
    expect(parse(-12).amount.micros).toBe(-12_000_000);
    expect(parse(0).amount).toEqual({ micros: 0, ulp: 0, ref, blank: false });
  });
  it("reads large values without claiming hidden decimals", () => {
    const p = parse(12345678901.23);
    expect(p.amount.micros).toBe(12_345_678_901_230_000);
    expect(p.problem).toBeNull();
  });
});

describe("text cells", () => {
  it.each([
    ["2,142.76", 2_142_760_000, 10_000],
    [" 2,142.76 ", 2_142_760_000, 10_000],
    ["２，１４２．７６", 2_142_760_000, 10_000],
    ["(12.50)", -12_500_000, 10_000],
    ["（12.50）", -12_500_000, 10_000],
    ["-12.5", -12_500_000, 100_000],
    ["3789", 3_789_000_000, 1_000_000],
  ])("%s", (text, micros, ulp) => {
    const p = parse(text);
    expect(p.amount).toMatchObject({ micros, ulp, blank: false });
    expect(p.fromText).toBe(true);
    expect(p.problem).toBeNull();
  });
  it.each(["-", "—", "–", "－", "--"])("%s is zero, not blank", (dash) => {
    expect(parse(dash).amount).toEqual({ micros: 0, ulp: 0, ref, blank: false });
  });
  it("blank and whitespace are zero and remembered as blank", () => {
    expect(parse(null).amount.blank).toBe(true);
    expect(parse("   ").amount.blank).toBe(true);
  });
  it("words and booleans are problems that read as 0", () => {
    expect(parse("见附表").problem).toEqual({ kind: "text", text: "见附表" });
    expect(parse(true).problem).toEqual({ kind: "text", text: "true" });
    expect(parse("见附表").amount.micros).toBe(0);
  });
  it("Excel error values are errors", () => {
    expect(parse("#REF!").problem).toEqual({ kind: "error", text: "#REF!" });
    expect(parse("#DIV/0!").problem).toEqual({ kind: "error", text: "#DIV/0!" });
  });
});

describe("helpers", () => {
  it.each([
    ["#,##0.00", 2],
    ["0.00_ ", 2],
    ["#,##0.00;[Red]-#,##0.00", 2],
    ['"¥"#,##0.0', 1],
    ["0", 0],
    ["General", null],
    ["@", null],
  ])("formatDecimals(%s) = %s", (fmt, d) => {
    expect(formatDecimals(fmt)).toBe(d);
  });
  it("decimalToMicros rounds half-up beyond 0.01 元", () => {
    expect(decimalToMicros("1.005", "元")).toBe(101);
    expect(decimalToMicros("1.004", "元")).toBe(100);
    expect(decimalToMicros("abc", "万元")).toBeNull();
  });
  it("parseUnitText finds the unit of a 单位 line", () => {
    expect(parseUnitText("金额单位：万元")).toBe("万元");
    expect(parseUnitText("单位:元")).toBe("元");
    expect(parseUnitText("单位： 亿元")).toBe("亿元");
    expect(parseUnitText("编制单位：某局")).toBeNull();
  });
  it("formatWan prints 2 decimals with optional thousands separators", () => {
    expect(formatWan(318_751_000_000)).toBe("318,751.00");
    expect(formatWan(3_187_510_000, { thousands: false })).toBe("3187.51");
    expect(formatWan(-10_000)).toBe("-0.01");
  });
  it("toHalfWidth folds full-width digits and the ideographic space", () => {
    expect(toHalfWidth("１２３　４")).toBe("123 4");
  });
});
