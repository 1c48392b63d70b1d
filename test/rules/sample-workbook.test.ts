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
