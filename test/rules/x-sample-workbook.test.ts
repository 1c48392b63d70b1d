/**
 * End to end for the cross-table rules: the generated sample workbook read back through the
 * xlsx adapter and the table reader, in several layouts. The consistent figures give no error
 * and no warning; the published figures give exactly their two real 0.01 carry-over problems
 * (rules.md §6.1) as boundary 尾差, and nothing at warning or error level.
 */
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { ALL_RULES, checkWorkbook, clusterFindings } from "../../src/core/rules";
import { readWorkbook } from "../../src/core/tables";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT, FIGURES_2021_PUBLISHED, type SampleOptions } from "../../src/sample";

const X_RULES = ALL_RULES.filter((r) => r.id.startsWith("X-"));
/** Cross-table rules beyond rules.md §3: derived relations the project adds (their titles say so). */
const EXTENSIONS = ["X-22", "X-23"];

const variants: [string, Partial<SampleOptions>][] = [
  ["default (14 tables)", {}],
  ["元, text amounts, whole codes, vertical 三公, zeros", { unit: "元", amountsAsText: true, codes: "whole", sanGongLayout: "vertical", zeroStyle: "zero" }],
  ["13 tables, arbitrary sheet names", { family: "sichuan13", sheetNames: "arbitrary" }],
  ["central 9 tables", { family: "central9" }],
];

describe("sample workbook through the X-rules", () => {
  it("the 21 cross-table rules of rules.md and the project's derived extensions are registered", () => {
    expect(X_RULES.map((r) => r.id)).toEqual([...Array.from({ length: 21 }, (_, i) => `X-${String(i + 1).padStart(2, "0")}`), ...EXTENSIONS]);
  });

  it.each(variants)("consistent figures, %s: no finding at all", async (_name, options) => {
    const wb = readWorkbook(await readXlsx(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, options)));
    const result = checkWorkbook(wb, { rules: X_RULES });
    expect(result.runIssues).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`)).toEqual([]);
  });

  it("published figures: the two carry-over gaps of rules.md §6.1 as boundary 尾差, nothing else above info", async () => {
    const wb = readWorkbook(await readXlsx(await buildSampleWorkbook(FIGURES_2021_PUBLISHED)));
    const result = checkWorkbook(wb, { rules: X_RULES });
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
    const carry = result.findings.filter((f) => f.ruleId === "X-07");
    expect(carry.map((f) => ({ outcome: f.outcome, boundary: f.boundary, actual: f.actual, expected: f.expected }))).toEqual([
      { outcome: "rounding", boundary: true, actual: 61.88, expected: 61.87 },
      { outcome: "rounding", boundary: true, actual: 19.01, expected: 19 },
    ]);
    // One root (a 0.01 slip in T04's 总计, rules.md §6.1): shown as one cluster.
    expect(clusterFindings(carry)).toHaveLength(1);
  });

  it("bad input (a missing table, a header-only table, text in number cells, T05/T07/T09 cut to headers): findings, never a crash", async () => {
    const sheets = await readXlsx(await buildSampleWorkbook(FIGURES_2021_CONSISTENT));
    const mangled = sheets
      .filter((s) => s.name !== "公开06表")
      .map((s) => {
        if (["公开03表", "公开05表", "公开07表", "公开09表", "公开11表"].includes(s.name)) {
          return { ...s, values: s.values.slice(0, 6), numberFormats: s.numberFormats?.slice(0, 6) ?? null };
        }
        if (s.name === "公开02表") return { ...s, values: s.values.map((row, r) => (r === 8 ? row.map((v) => (typeof v === "number" ? "abc" : v)) : row)) };
        return s;
      });
    const result = checkWorkbook(readWorkbook(mangled), { rules: X_RULES });
    expect(result.runIssues).toEqual([]);
    // Rules that need T06 are skipped with a note; the others still compare what is there.
    expect(result.skipped.map((n) => n.ruleId)).toEqual(expect.arrayContaining(["X-08", "X-10", "X-11", "X-12", "X-13"]));
    expect(result.findings.some((f) => f.ruleId === "X-03" && f.severity === "error")).toBe(true);
    expect(result.findings.some((f) => f.ruleId === "X-17" && f.severity === "error")).toBe(true);
  });

  it("an empty list of sheets runs without a crash", () => {
    const result = checkWorkbook(readWorkbook([]), { rules: X_RULES });
    expect(result.runIssues).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});
