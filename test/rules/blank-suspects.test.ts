/**
 * A cleared (blank) cell that breaks a relation is named in the 不一致 finding, after the non-zero
 * cells; legitimately empty cells of long lists, cells typed as 0.00 and 尾差 findings name none.
 */
import type { Amount } from "../../src/core/amounts";
import { cellRef } from "../../src/core/cells";
import { parseTolerance, type TolerancePolicy } from "../../src/core/rounding";
import { blankSuspects, MAX_BLANK_SUSPECTS } from "../../src/core/rules/compare";
import { crossEqual } from "../../src/core/rules/cross-helpers";
import { runRules } from "../../src/core/rules/engine";
import { negate, type Figure } from "../../src/core/rules/figures";
import type { Finding } from "../../src/core/rules/findings";
import { defineRule } from "../../src/core/rules/rule";
import { workbook } from "../helpers/model-builders";

const EXACT_POLICY_FOR_TEST = parseTolerance("exact")!;

/** Runs one comparison as a rule of its own on an empty workbook. */
function run(kind: "sum" | "atMost" | "cross", left: Figure, right: readonly Figure[], tolerance?: TolerancePolicy): Finding[] {
  const rule = defineRule({
    id: "Z-09",
    name: "z-09-blank",
    title: { zh: "测试", en: "test" },
    severity: "error",
    tables: [],
    check: (ctx) => (kind === "sum" ? ctx.compare.sum(left, right) : kind === "atMost" ? ctx.compare.atMost(left, right) : crossEqual(ctx, "sum", left, right)),
  });
  return runRules(workbook([]), [rule], { tolerance }).findings;
}

const fig = (text: string, col: number): Figure => {
  const ref = cellRef("公开06表", 4, col);
  const amount: Amount =
    text === "" ? { micros: 0, ulp: 0, ref, blank: true } : text === "0.00" ? { micros: 0, ulp: 0, ref, blank: false } : { micros: Math.round(Number(text) * 1_000_000), ulp: 10_000, ref, blank: false };
  return { amount, table: "T06", label: `列${col}`, ref };
};
const A = (col: number): string => `公开06表!${String.fromCharCode(65 + col)}5`;

describe("blankSuspects", () => {
  it("a blank part of a total the parts fall short of", () => {
    const parts = [fig("", 1), fig("", 2)];
    expect(blankSuspects([fig("9.32", 0)], parts, 9_320_000)).toEqual(parts);
  });
  it("not when filling it in would widen the gap (the parts already exceed the total)", () => {
    expect(blankSuspects([fig("100.00", 0)], [fig("110.00", 1), fig("", 2)], -10_000_000)).toEqual([]);
  });
  it("a subtracted blank counts the other way round", () => {
    const b = negate(fig("", 2));
    expect(blankSuspects([fig("5.00", 0)], [fig("10.00", 1), b], -5_000_000)).toEqual([b]);
    expect(blankSuspects([fig("15.00", 0)], [fig("10.00", 1), b], 5_000_000)).toEqual([]);
  });
  it("a blank total against non-zero parts", () => {
    const total = fig("", 0);
    expect(blankSuspects([total], [fig("3.00", 1)], -3_000_000)).toEqual([total]);
  });
  it("a cell typed as 0.00 is a deliberate zero, not a suspect", () => {
    expect(blankSuspects([fig("9.32", 0)], [fig("0.00", 1)], 9_320_000)).toEqual([]);
  });
  it(`more than ${MAX_BLANK_SUSPECTS} qualifying blanks: none is named`, () => {
    const blanks = Array.from({ length: MAX_BLANK_SUSPECTS + 1 }, (_, i) => fig("", i + 1));
    expect(blankSuspects([fig("9.32", 0)], blanks, 9_320_000)).toEqual([]);
    expect(blankSuspects([fig("9.32", 0)], blanks.slice(0, MAX_BLANK_SUSPECTS), 9_320_000)).toHaveLength(MAX_BLANK_SUSPECTS);
  });
  it("no gap, no suspect", () => {
    expect(blankSuspects([fig("", 0)], [fig("", 1)], 0)).toEqual([]);
  });
});

describe("findings name the cleared cell", () => {
  it("sum: total = parts with a blank part, after the non-zero cells", () => {
    const [f] = run("sum", fig("9.32", 0), [fig("", 1), fig("0.00", 2), fig("", 3)]);
    expect(f).toMatchObject({ outcome: "inconsistent", cells: [A(0), A(1), A(3)] });
  });
  it("sum: the non-zero cells first, then the blank one", () => {
    const [f] = run("sum", fig("20.00", 0), [fig("", 1), fig("10.00", 2)]);
    expect(f!.cells).toEqual([A(0), A(2), A(1)]);
  });
  it("sum: a long list of empty rows is not named", () => {
    const [f] = run("sum", fig("20.00", 0), [fig("10.00", 1), fig("", 2), fig("", 3), fig("", 4), fig("", 5)]);
    expect(f!.cells).toEqual([A(0), A(1)]);
  });
  it("rounding bound: 10.01 vs 10.00 + blank is a boundary 尾差 and names no blank", () => {
    const [f] = run("sum", fig("10.01", 0), [fig("10.00", 1), fig("", 2)]);
    expect(f).toMatchObject({ outcome: "rounding", boundary: true, cells: [A(0), A(1)] });
  });
  it("rounding bound: 10.02 vs 10.00 + blank is 不一致 and names the blank", () => {
    const [f] = run("sum", fig("10.02", 0), [fig("10.00", 1), fig("", 2)]);
    expect(f).toMatchObject({ outcome: "inconsistent", cells: [A(0), A(1), A(2)] });
  });
  it("exact policy: a 0.01 gap is 不一致 and names the blank", () => {
    const [f] = run("sum", fig("10.01", 0), [fig("10.00", 1), fig("", 2)], EXACT_POLICY_FOR_TEST);
    expect(f).toMatchObject({ outcome: "inconsistent", cells: [A(0), A(1), A(2)] });
  });
  it("atMost: a blank superset under a non-zero subset", () => {
    const [f] = run("atMost", fig("5.00", 0), [fig("", 1)]);
    expect(f).toMatchObject({ outcome: "inconsistent", cells: [A(0), A(1)] });
  });
  it("cross-table sum with more than four figures names the blank", () => {
    const [f] = run("cross", fig("40.00", 0), [fig("10.00", 1), fig("", 2), fig("10.00", 3), fig("10.00", 4), fig("0.00", 5)]);
    expect(f).toMatchObject({ outcome: "inconsistent", cells: [A(0), A(1), A(3), A(4), A(2)] });
  });
  it("cross-table sum: too many blanks name none", () => {
    const [f] = run("cross", fig("30.00", 0), [fig("10.00", 1), fig("", 2), fig("", 3), fig("", 4), fig("", 5)]);
    expect(f!.cells).toEqual([A(0), A(1)]);
  });
});
