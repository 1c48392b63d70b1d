import { readInputs, type Inputs } from "../../src/core/inputs";
import { EMPTY_INPUTS } from "../../src/core/inputs/model";
import { generateNarrative } from "../../src/core/narrative";
import { verifyNarrativeText, type TextFinding } from "../../src/core/narrative/verify";
import { copiedPurposeRule } from "../../src/core/narrative/verify/claim-rules/copied-purpose";
import { extractClaims } from "../../src/core/narrative/verify/claims";
import { readLines } from "../../src/core/narrative/verify/document";
import { readWorkbook } from "../../src/core/tables";
import type { Workbook } from "../../src/core/tables/model";
import { sampleSheets } from "../helpers/sample-workbooks";

/**
 * N-18: a purpose text ("主要用于：…") repeated word for word under an item of another name is
 * reported on the later item; the same words under the same subject, under same-named 项 of
 * different 款, after the item's reasons, or as a placeholder are not.
 */
let wb: Workbook;
beforeAll(async () => {
  wb = readWorkbook(await sampleSheets({ family: "central9", supplementary: true }));
});

function run(text: string): TextFinding[] {
  const sources = { wb, inputs: EMPTY_INPUTS };
  const lines = readLines(text, "unknown").filter((l) => l.inPart2 && l.text !== "").map((l) => extractClaims(l, sources));
  return copiedPurposeRule.run({ lines, sources });
}
const brief = (found: readonly TextFinding[]) => found.map((f) => [f.line, f.ruleId, f.severity, f.excerpt]);

const HEAD = "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n";
const item = (n: number, path: string, purpose: string) => `${n}、${path}。主要用于：${purpose}。全年预算为10.00万元，支出决算为9.00万元。决算数小于全年预算数的主要原因：单位2024年新成立，人员变动，按实际支出。`;
const MEDICAL = "卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）";
const HOUSING = "住房保障支出（类）住房改革支出（款）住房公积金（项）";

describe("N-18 a purpose text copied from another item", () => {
  test("two different 项 with the same purpose: a warning on the later item, naming both", () => {
    const text = HEAD + [item(1, MEDICAL, "事业单位医疗保险支出"), item(2, HOUSING, "事业单位医疗保险支出")].join("\n");
    const found = run(text);
    expect(brief(found)).toEqual([[4, "N-18", "warning", "事业单位医疗保险支出"]]);
    expect(found[0]!.message).toBe("第2项“住房公积金（项）”的用途说明与第1项“事业单位医疗（项）”的完全相同（“事业单位医疗保险支出”），可能是复制后未修改。");
    expect(found[0]!.section).toBe("五（三）");
  });

  test("spaces and punctuation do not hide the copy; the nearest earlier item is named", () => {
    const text = HEAD + [item(1, MEDICAL, "人员支出、公用支出"), item(2, "一般公共服务支出（类）社会工作事务（款）事业运行（项）", "人员支出，公用支出"), item(3, HOUSING, "人员支出 公用支出")].join("\n");
    expect(run(text).map((f) => [f.line, f.message.split("的完全相同")[0]])).toEqual([
      [4, "第2项“事业运行（项）”的用途说明与第1项“事业单位医疗（项）”"],
      [5, "第3项“住房公积金（项）”的用途说明与第2项“事业运行（项）”"],
    ]);
  });

  test("items that are not 类款项 paths, several in one line, with 主要是", () => {
    const text = "十一、其他重要事项的情况说明\n（1）公务接待费：主要是接待上级检查调研；（2）会议费：主要是接待上级检查调研。";
    expect(brief(run(text))).toEqual([[2, "N-18", "warning", "接待上级检查调研"]]);
    expect(run(text.replace("会议费：主要是接待上级检查调研", "会议费：主要是召开年度工作会议"))).toEqual([]);
  });

  test("different purposes give nothing", () => {
    const text = HEAD + [item(1, MEDICAL, "事业单位医疗保险支出"), item(2, HOUSING, "住房公积金缴费支出")].join("\n");
    expect(run(text)).toEqual([]);
  });

  test("the same subject mentioned twice gives nothing", () => {
    const text = HEAD + [item(1, HOUSING, "住房公积金缴费支出"), item(2, HOUSING, "住房公积金缴费支出")].join("\n");
    expect(run(text)).toEqual([]);
  });

  test("same-named 项 under different 款 (行政运行) may share their purpose", () => {
    const text = HEAD + [item(1, "一般公共服务支出（类）人大事务（款）行政运行（项）", "行政单位人员支出、公用支出"), item(2, "一般公共服务支出（类）财政事务（款）行政运行（项）", "行政单位人员支出、公用支出")].join("\n");
    expect(run(text)).toEqual([]);
  });

  test("the same reason after each item's comparison is not a purpose", () => {
    const line = (n: number, path: string) => `${n}、${path}。全年预算为10.00万元，支出决算为9.00万元。决算数小于全年预算数，主要是人员变动，按实际支出。`;
    expect(run(HEAD + [line(1, MEDICAL), line(2, HOUSING)].join("\n"))).toEqual([]);
  });

  test("placeholders are N-12's, not copies", () => {
    const text = HEAD + [item(1, MEDICAL, "XXXXXXXX"), item(2, HOUSING, "XXXXXXXX"), item(3, "住房保障支出（类）住房改革支出（款）购房补贴（项）", "【待补充：主要用于】")].join("\n");
    expect(run(text)).toEqual([]);
  });

  test("each list is compared within itself: numbering from 1 again, or another section, starts a new one", () => {
    const again = HEAD + [item(1, MEDICAL, "事业单位医疗保险支出"), item(1, HOUSING, "事业单位医疗保险支出")].join("\n");
    expect(run(again)).toEqual([]);
    const other = HEAD + item(1, MEDICAL, "基础设施建设") + "\n八、政府性基金预算财政拨款收入支出决算情况说明\n" + item(2, "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）", "基础设施建设");
    expect(run(other)).toEqual([]);
  });
});

describe("N-18 on generated narratives", () => {
  /** The sample's 补充信息 with a purpose for every 项 of 公开06表 (the 行政运行 items share theirs). */
  function withPurposes(inputs: Inputs, workbook: Workbook): Inputs {
    const texts = { ...inputs.texts };
    for (const r of workbook.tables.T06?.rows ?? []) {
      if (r.level !== "item" || !r.code) continue;
      const key = `use.t06[${r.code}]`;
      const value = r.name === "行政运行" ? "行政单位人员支出、公用支出" : `${r.name}相关工作经费`;
      texts[key] = { key, label: `主要用于：${r.code}`, value, ref: null, source: "option" };
    }
    return { ...inputs, texts };
  }

  test.each(["sichuan14", "sichuan13", "central9"] as const)("%s: no copy reported, with and without purposes given", async (family) => {
    const sheets = await sampleSheets({ family, supplementary: true });
    const workbook = readWorkbook(sheets);
    const plain = readInputs(sheets);
    const full = withPurposes(plain, workbook);
    for (const inputs of [plain, full]) {
      const text = generateNarrative(workbook, inputs).text;
      expect(verifyNarrativeText(text, workbook, inputs).filter((f) => f.ruleId === "N-18")).toEqual([]);
    }
    // The check is live on this text: one purpose copied under the next 项 is caught.
    if (family === "central9") {
      const text = generateNarrative(workbook, full).text.replace("一般行政管理事务相关工作经费", "行政单位人员支出、公用支出");
      expect(verifyNarrativeText(text, workbook, full).filter((f) => f.ruleId === "N-18").map((f) => f.message)).toEqual([
        "第2项“一般行政管理事务（项）”的用途说明与第1项“行政运行（项）”的完全相同（“行政单位人员支出、公用支出”），可能是复制后未修改。",
      ]);
    }
  });
});
