import * as fs from "node:fs";
import * as path from "node:path";
import { loadSheets } from "../../src/cli/load";
import { readInputs } from "../../src/core/inputs";
import { verifyNarrativeText, type TextFinding } from "../../src/core/narrative/verify";
import { readWorkbook } from "../../src/core/tables";

/**
 * The real published Shanghai 2024 情况说明 (../shared/real, 9 tables, 第三部分, eleven sections)
 * against its own tables: every defect its README lists (N1–N5, N7 as notes) is reported on its
 * line, and no error or warning lands on any other line. N6 (item 8's purpose text copied from
 * item 7) is found by comparing the items' purpose texts with each other (N-18).
 */
const REAL = path.resolve(__dirname, "../../../shared/real");
const XLSX = path.join(REAL, "shanghai-putuo-shehuigongzuobu-2024.xlsx");
const TEXT = path.join(REAL, "shanghai-putuo-shehuigongzuobu-2024-narrative.txt");

let findings: TextFinding[] = [];
let text = "";
beforeAll(async () => {
  const sheets = await loadSheets(XLSX);
  text = fs.readFileSync(TEXT, "utf8");
  findings = verifyNarrativeText(text, readWorkbook(sheets), readInputs(sheets));
});

const serious = () => findings.filter((f) => f.severity !== "info");
const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("verify-text on the real Shanghai 2024 情况说明", () => {
  test("errors and warnings: exactly the README's N1–N6, each on its line", () => {
    expect(serious().map((f) => [f.line, f.ruleId, f.severity, f.excerpt])).toEqual([
      [lineOf("住房保障支出（类）29.42万元，占9.55%"), "N-02", "error", "9.55%"], // N1
      [lineOf("完成年初预算的95.89%"), "N-07", "warning", "完成年初预算的95.89%"], // N2
      [lineOf("8、住房保障支出（类）住房改革支出（款）住房公积金（项）"), "N-18", "warning", "事业单位医疗保险支出"], // N6
      [lineOf("基本支出105.58万元。其中"), "N-15", "warning", "105.58万元"], // N3
      [lineOf("基本支出105.58万元。其中"), "N-25", "warning", "邮电费"], // N4
      [lineOf("在其他政府采购项目中"), "N-15", "error", "21.07万元"], // N5
    ]);
  });

  test("the findings say what is right and point at the cells", () => {
    const byExcerpt = (e: string) => findings.find((f) => f.excerpt === e)!;
    expect(byExcerpt("9.55%").expected).toBe("9.56%");
    expect(byExcerpt("9.55%").cells.length).toBe(2);
    expect(byExcerpt("完成年初预算的95.89%").expected).toBe("完成全年预算的95.89%");
    expect(byExcerpt("邮电费").cells).toEqual([expect.stringMatching(/^一般公共预算财政拨款基本支出决算表!/)]);
    expect(byExcerpt("105.58万元").message).toContain("105.59万元");
    expect(byExcerpt("事业单位医疗保险支出").message).toBe("第8项“住房公积金（项）”的用途说明与第7项“事业单位医疗（项）”的完全相同（“事业单位医疗保险支出”），可能是复制后未修改。");
  });

  test("N7: growth of 100% on a zero prior year is a note on each of its four lines", () => {
    const notes = findings.filter((f) => f.ruleId === "N-06");
    expect(notes.map((f) => [f.line, f.severity])).toEqual([
      [lineOf("收入支出总计增加307.82万元"), "info"],
      [lineOf("财政拨款收入支出总计增加307.82万元"), "info"],
      [lineOf("一般公共预算财政拨款支出增加307.82万元"), "info"],
      [lineOf("机关运行经费支出10.23万元"), "info"],
    ]);
  });

  test("a 9-table text is not told that Sichuan's sections, 名词解释 or 附表 are missing", () => {
    expect(findings.filter((f) => f.ruleId === "C-06" || f.ruleId === "N-24" || f.ruleId === "N-14")).toEqual([]);
  });
});
