/**
 * Golden test on real data: the nine tables of a published Shanghai 2024 disclosure
 * (shared/real/README.md) plus a 补充信息 sheet holding what its text states beyond the tables
 * give the published 第三部分 character for character, except where the publication is wrong
 * (README "Narrative vs tables", N1–N7) or follows no single rule. Each such line is listed below
 * with the exact replacement and why; every other line must be identical.
 */
import { analyze } from "../../../src/core/analyze";
import { inputSheetXlsx, PUBLISHED_INPUT_ROWS, publishedNarrative, realSheets } from "./real-workbook";

interface Correction {
  readonly line: number;
  readonly printed: string;
  readonly generated: string;
  readonly why: string;
}

const NO_RATE = "（2023年度为0，不计算增长率）";

const CORRECTIONS: readonly Correction[] = [
  { line: 2, printed: "，增长100.00%", generated: NO_RATE, why: "N7: 2023 is 0 (new unit); a growth rate on a zero base is undefined" },
  { line: 8, printed: "，增长100.00%", generated: NO_RATE, why: "N7, 四" },
  { line: 11, printed: "，增长100.00%", generated: NO_RATE, why: "N7, 五（一）" },
  { line: 13, printed: "占9.55%", generated: "占9.56%", why: "N1: 29.42 / 307.82 = 9.5575% → 9.56% (the table's figure)" },
  {
    line: 15,
    printed: "完成年初预算的95.89%。决算数小于预算数",
    generated: "完成全年预算的95.89%。决算数小于全年预算数",
    why: "N2: 年初预算 is 0, so no rate of it exists; 95.89% is of 全年预算 321.02 and is named so",
  },
  {
    line: 16,
    printed: "，完成全年预算数的98.69%。",
    generated: "。",
    why: "the template's 项 lines carry no completion rate; the publication adds one to 3 of its 9 items only",
  },
  { line: 20, printed: "决算数小于预算数的", generated: "决算数小于全年预算数的", why: "item 5 alone drops 全年; the other eight items name the budget compared" },
  { line: 21, printed: "，完成全年预算数的99.55%。", generated: "。", why: "as line 16" },
  { line: 23, printed: "，完成全年预算数的97.68%。", generated: "。", why: "as line 16" },
  { line: 26, printed: "办公费、邮电费、差旅费", generated: "办公费、差旅费", why: "N4: 30207 邮电费 is 0.00 in the 基本支出 table (T08); only non-zero items are named" },
  { line: 37, printed: "，增长100.00%", generated: NO_RATE, why: "N7, 十一（一） 机关运行经费" },
];

/**
 * Not corrected, and why: N3 (基本支出 105.58 ≠ 95.36 + 10.23) — each figure is its own table's,
 * the gap is the tables' S1/S2 defect that the checks report; N5 (中小企业 awards twice the
 * total) and N6 (item 8's purpose) are 补充信息 text and figures the tables cannot correct.
 */
function expectedText(): string[] {
  const lines = publishedNarrative();
  for (const c of CORRECTIONS) {
    const line = lines[c.line]!;
    expect(line.split(c.printed)).toHaveLength(2); // each correction applies to exactly one place
    lines[c.line] = line.replace(c.printed, c.generated);
  }
  return lines;
}

test("the real Shanghai workbook + 补充信息 reproduces the published 第三部分, corrected where it is wrong", async () => {
  const sheets = [...(await realSheets()), ...(await inputSheetXlsx(PUBLISHED_INPUT_ROWS))];
  const { workbook, inputs, narrative } = analyze(sheets);
  expect(workbook.family).toBe("central9");
  expect(inputs.issues).toEqual([]);
  expect(narrative.text.split("\n")).toEqual(expectedText());
  expect(narrative.missingInputs).toEqual([]);
}, 60_000);

test("every line the corrections do not touch is the published line itself", async () => {
  const sheets = [...(await realSheets()), ...(await inputSheetXlsx(PUBLISHED_INPUT_ROWS))];
  const generated = analyze(sheets).narrative.text.split("\n");
  const published = publishedNarrative();
  const corrected = new Set(CORRECTIONS.map((c) => c.line));
  const same = published.filter((line, i) => !corrected.has(i) && generated[i] === line);
  expect(same).toHaveLength(published.length - corrected.size);
  expect(published).toHaveLength(43);
}, 60_000);
