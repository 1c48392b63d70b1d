/**
 * End to end for the within-table and completeness rules: the generated sample workbook, read
 * back through the xlsx adapter and the table reader, in several layouts. The consistent
 * figures must give no error and no warning; the published figures' two real 0.01 problems are
 * cross-table (X-07), so the I-/C-rules must stay quiet on them too.
 */
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { ALL_RULES, checkWorkbook } from "../../src/core/rules";
import { readWorkbook } from "../../src/core/tables";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT, FIGURES_2021_PUBLISHED, type SampleOptions } from "../../src/sample";

const OWN_RULES = ALL_RULES.filter((r) => /^[IC]-/.test(r.id));

const variants: [string, Partial<SampleOptions>][] = [
  ["default (14 tables)", {}],
  ["元, text amounts, whole codes, vertical 三公, zeros", { unit: "元", amountsAsText: true, codes: "whole", sanGongLayout: "vertical", zeroStyle: "zero" }],
  ["13 tables, arbitrary sheet names", { family: "sichuan13", sheetNames: "arbitrary" }],
  ["central 9 tables", { family: "central9" }],
];

describe("sample workbook through the I-/C-rules", () => {
  it.each(variants)("consistent figures, %s: no error, no warning", async (_name, options) => {
    const wb = readWorkbook(await readXlsx(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, options)));
    const result = checkWorkbook(wb, { rules: OWN_RULES });
    expect(result.runIssues).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
  });

  it("published figures: no within-table error or warning", async () => {
    const wb = readWorkbook(await readXlsx(await buildSampleWorkbook(FIGURES_2021_PUBLISHED)));
    const result = checkWorkbook(wb, { rules: OWN_RULES });
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
  });
});

describe("bad input as a new user would give it", () => {
  it("missing tables, a header-only table and text in number cells: findings, never a crash", async () => {
    const sheets = await readXlsx(await buildSampleWorkbook(FIGURES_2021_CONSISTENT));
    const mangled = sheets
      .filter((s) => s.name !== "公开06表")
      .map((s) => {
        if (s.name === "公开03表") return { ...s, values: s.values.slice(0, 6), numberFormats: s.numberFormats?.slice(0, 6) ?? null };
        if (s.name === "公开02表") return { ...s, values: s.values.map((row, r) => (r === 8 ? row.map((v) => (typeof v === "number" ? "abc" : v)) : row)) };
        return s;
      });
    const wb = readWorkbook(mangled);
    const result = checkWorkbook(wb, { rules: OWN_RULES });
    expect(result.runIssues).toEqual([]);
    expect(result.findings.some((f) => f.ruleId === "C-01" && f.table === "T06")).toBe(true);
    expect(result.findings.some((f) => f.table === "T03" && f.severity === "error")).toBe(true);
    expect(result.findings.some((f) => f.table === "T02" && f.severity === "error")).toBe(true);
  });
});
