/**
 * 表文一致 on our own Shanghai text: the generated 第三部分 verified against the workbook it was
 * written from. The one warning left is the tables' own defect S2 (基本支出 105.58 in the T06 table but
 * 人员经费 95.36 + 公用经费 10.23 = 105.59 in the T08 table): the text writes each table's figure.
 * The published 补充信息 also carries N5 and N6 (a purpose copied from the item before), which our
 * text then repeats and the checker reports.
 */
import { analyze } from "../../../src/core/analyze";
import type { RawValue } from "../../../src/core/raw-sheet";
import { verifyNarrativeText } from "../../../src/core/narrative/verify";
import { sampleSheets } from "../../helpers/sample-workbooks";
import { inputSheetXlsx, PUBLISHED_INPUT_ROWS, realSheets } from "./real-workbook";

const serious = (f: ReturnType<typeof verifyNarrativeText>) => f.filter((x) => x.severity !== "info");

test("with a consistent 补充信息 only the tables' own S2 remains", async () => {
  // N5 corrected in the input: awards in the other projects are 0 (they cannot be 21.07 again).
  // N6 too: 住房公积金's purpose is its own, not item 7's 事业单位医疗保险支出.
  const fixes: Record<string, RawValue> = { 其他项目中小企业中标金额: 0, "主要用于：2210201": "住房公积金缴存支出" };
  const rows = PUBLISHED_INPUT_ROWS.map((r) => {
    const label = String(r[0]);
    return label in fixes ? [label, fixes[label]!] : r;
  });
  const a = analyze([...(await realSheets()), ...(await inputSheetXlsx(rows))]);
  const lines = a.narrative.text.split("\n");
  const findings = serious(verifyNarrativeText(a.narrative.text, a.workbook, a.inputs));
  expect(findings.map((f) => [lines[f.line - 1]!.slice(0, 20), f.ruleId, f.severity])).toEqual([["一般公共预算财政拨款基本支出105.58", "N-15", "warning"]]);
}, 60_000);

test("the published N5 figure and N6 purpose copied into 补充信息 are caught in our own text too", async () => {
  const a = analyze([...(await realSheets()), ...(await inputSheetXlsx(PUBLISHED_INPUT_ROWS))]);
  const findings = verifyNarrativeText(a.narrative.text, a.workbook, a.inputs);
  expect(findings.filter((f) => f.severity === "error").map((f) => f.ruleId)).toEqual(["N-15"]);
  const lines = a.narrative.text.split("\n");
  expect(findings.filter((f) => f.ruleId === "N-18").map((f) => [lines[f.line - 1]!.slice(0, 2), f.severity, f.excerpt])).toEqual([["8、", "warning", "事业单位医疗保险支出"]]);
}, 60_000);

test("without 补充信息 the only other findings are the placeholders themselves", async () => {
  const a = analyze(await realSheets());
  const findings = serious(verifyNarrativeText(a.narrative.text, a.workbook, a.inputs)).filter((f) => f.ruleId !== "N-12");
  expect(findings.map((f) => f.ruleId)).toEqual(["N-15"]);
}, 60_000);

test("the generated 9-table sample's text: no error or warning but one N-12 per placeholder written", async () => {
  // The sample's 三公 paragraph names the total after its items, its 七（二） writes 公务用车运行维护支出,
  // 外宾接待支出 and 累计N人次, its 八 names 公开11表's 项: each once misread by the checker.
  const sheets = await sampleSheets({ family: "central9", supplementary: true });
  const a = analyze(sheets);
  const findings = serious(verifyNarrativeText(a.narrative.text, a.workbook, a.inputs));
  const placeholders = [...a.narrative.text.matchAll(/【待补充：[^】]*】/g)].map((m) => m[0]);
  expect(placeholders.length).toBeGreaterThan(0);
  expect(findings.map((f) => [f.ruleId, f.message])).toEqual(placeholders.map((p) => ["N-12", `文中留有占位符“${p}”。`]));
}, 60_000);
