/**
 * Tried as a new user would: the real 9-table workbook, no 补充信息 sheet. The text is the
 * Shanghai template's whole 第三部分 with named placeholders, and nothing of the Sichuan wording.
 */
import { analyze } from "../../../src/core/analyze";
import { SH_TITLES } from "../../../src/core/narrative/shanghai/headings";
import { realSheets } from "./real-workbook";

/** Phrases only the Sichuan template writes. */
const SICHUAN_ONLY = [/第二部分/, /收、支总计/, /（类）支出/, /主要变动原因是/, /(\d|】)年一般公共预算/, /．/, /完成预算【/, /（四）预算绩效管理情况/];

test("without 补充信息 the 9-table workbook gets a complete Shanghai-shaped text with named placeholders", async () => {
  const { workbook, inputs, narrative } = analyze(await realSheets());
  expect(workbook.family).toBe("central9");
  expect(Object.keys(inputs.texts)).toEqual([]);
  const lines = narrative.text.split("\n");
  expect(lines[0]).toBe("第三部分【待补充：单位名称】【待补充：决算年度】年度部门决算情况说明");
  const headings = narrative.paragraphs.filter((p) => p.kind === "heading" && /^[一二三四五六七八九十]+、/.test(p.text)).map((p) => p.text);
  expect(headings).toEqual(Object.entries(SH_TITLES).map(([n, t]) => `${n}、${t}`));
  for (const phrase of SICHUAN_ONLY) expect(lines.filter((l) => phrase.test(l))).toEqual([]);
  // Every placeholder names its row, and the list names each in Chinese, never by an internal key.
  const shown = new Set([...narrative.text.matchAll(/【待补充：([^】]+)】/g)].map((m) => m[1]!));
  const labels = narrative.missingInputs.map((m) => m.label);
  for (const label of labels) expect(label).not.toMatch(/[A-Za-z]/);
  expect(labels).toEqual(expect.arrayContaining(["单位名称", "决算年度", "上年收支总计", "主要用于：2013901", "年初预算数：2013901", "机关运行经费", "车辆总数"]));
  expect(shown.size).toBeGreaterThanOrEqual(labels.length - 2);
  // Table figures are written, not asked for: 307.82 in 一, the 四 shares, 六's 主要包括.
  expect(lines).toContain("本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.24万元，占65.70%。");
  expect(narrative.missingInputs.every((m) => !m.sections.includes("二") && !m.sections.includes("三") && !m.sections.includes("六"))).toBe(true);
}, 60_000);
