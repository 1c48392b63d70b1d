import * as fs from "node:fs";
import * as path from "node:path";
import { readSupplementarySheet, type Inputs } from "../../src/core/inputs";
import { generateNarrative, type NarrativeOptions } from "../../src/core/narrative";
import { verifyNarrativeText, type TextFinding } from "../../src/core/narrative/verify";
import type { Workbook } from "../../src/core/tables/model";
import { sanGongTable, zeroSanGongTable } from "../helpers/model-builders";
import { exampleInputSheet, exampleWorkbook } from "./fixtures/example-model";
import { inputsWith } from "./helpers";

/**
 * The rules added to verify-text: N-03 (share sums), N-08 (收、支总计 is one number), N-13
 * (机关运行经费 ≤ 公用经费合计), N-14 (三公 coverage), C-06 (headings), C-07 (补0 hint) and N-16
 * for chart values. Each with a passing and a failing text.
 */

const SEED = path.resolve(__dirname, "../../../shared/seed/000_b9a6394348fdc04a.txt");
const NEW_RULES = ["N-03", "N-08", "N-13", "N-14", "C-06", "C-07", "N-16"];

const inputs = () => readSupplementarySheet(exampleInputSheet());
const verify = (text: string, wb: Workbook = exampleWorkbook(), inp: Inputs = inputs()) => verifyNarrativeText(text, wb, inp);
const only = (found: readonly TextFinding[], ...ids: string[]) => found.filter((f) => ids.includes(f.ruleId));
const brief = (found: readonly TextFinding[]) => found.map((f) => [f.ruleId, f.severity, f.excerpt]);

const base = generateNarrative(exampleWorkbook(), inputs()).text;
/** The text with `from` replaced; fails loudly when the text does not contain it. */
function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("the new rules stay silent on generated text", () => {
  const zeroT10 = zeroSanGongTable("T10");
  const zeroInputs = () => inputsWith({ 上年公务用车购置及运行维护费: 0, 上年公务接待费: 0, 国内公务接待支出: 0, 国内公务接待批次: 0, 国内公务接待人次: 0, 公务用车保有量: 0, "公务用车保有量（轿车）": undefined, "公务用车保有量（越野车）": undefined, "公务用车保有量（载客汽车）": undefined });
  test.each<[string, Workbook, () => Inputs, NarrativeOptions]>([
    ["defaults", exampleWorkbook(), inputs, {}],
    ["every option on", exampleWorkbook(), inputs, { listZeroCategories: true, keepTrailingZeros: true, zeroFundStyle: "amount", chartPlaceholderLines: true, shareResidueNote: true }],
    ["2024 heading of 七", exampleWorkbook(), inputs, { headingStyle: "sichuan13" }],
    ["an entirely zero 三公 table", exampleWorkbook({ T10: zeroT10 }), zeroInputs, {}],
  ])("%s", (_name, wb, inp, options) => {
    const text = generateNarrative(wb, inp(), options).text;
    expect(only(verify(text, wb, inp()), ...NEW_RULES)).toEqual([]);
  });
});

describe("N-03: listed shares add up to 100 within 0.005·k", () => {
  test("a share off by 0.01 in a list of three is inside the bound (N-02 reports the share itself)", () => {
    const found = verify(edit(base, "占97.78%", "占97.79%"));
    expect(only(found, "N-03")).toEqual([]);
    expect(only(found, "N-02").map((f) => f.severity)).toEqual(["error"]);
  });

  test("a sum of 100.02 over three shares exceeds 0.015 and is reported with the line and the shares", () => {
    const text = edit(base, "占97.78%", "占97.80%");
    const [f] = only(verify(text), "N-03");
    expect(f).toMatchObject({ ruleId: "N-03", severity: "warning", section: "二", line: lineOf(text, "本年收入合计"), expected: "100%" });
    expect(f!.message).toBe("收入结构所列3项非零占比（97.80%、2.17%、0.05%）之和为100.02%，与100%相差0.02个百分点，超过四舍五入可解释的0.015个百分点（0.005×3），请核对各占比。");
  });

  test("the 三公 list (zero share not counted) and the class list are checked as well", () => {
    expect(brief(only(verify(edit(base, "占1.09%", "占1.19%")), "N-03"))).toEqual([["N-03", "warning", expect.stringContaining("因公出国（境）费支出决算0万元")]]);
    expect(only(verify(edit(base, "占0.18%。", "占0.28%。")), "N-03").map((f) => f.section)).toEqual(["五（二）"]);
  });

  test("not judged when the list leaves out a non-zero category (not a partition)", () => {
    const text = edit(base, "；其他收入2.01万元，占0.05%", "");
    expect(only(verify(edit(text, "占97.78%", "占90%")), "N-03")).toEqual([]);
  });

  test("shares written without decimals that add up only with their stated precision: info", () => {
    const text = edit(edit(base, "占83.18%", "占83%"), "占16.82%", "占16%");
    expect(only(verify(text), "N-03").map((f) => [f.severity, f.outcome])).toEqual([["info", "rounding"]]);
  });
});

describe("N-08: 收、支总计 is one number", () => {
  test("“各是A、B” with 本年收入合计 and 本年支出合计 (the DYRMT form)", () => {
    const text = edit(base, "收、支总计3850.87万元。", "收、支总计各是3789,3831.87。");
    const found = verify(text);
    expect(brief(only(found, "N-08", "N-20"))).toEqual([["N-08", "error", "收、支总计各是3789,3831.87"]]);
    expect(only(found, "N-08")[0]!.message).toContain("不应写作两个数“3789（本年收入合计）、3831.87（本年支出合计）”");
    expect(only(found, "N-08")[0]!.expected).toBe("3850.87万元");
  });

  test("本年支出合计 given as the 收支总计 is N-08, not a plain wrong amount", () => {
    const found = verify(edit(base, "2021年度收、支总计3850.87万元", "2021年度收、支总计3831.87万元"));
    expect(brief(only(found, "N-08", "N-20"))).toEqual([["N-08", "error", "收、支总计3831.87万元"]]);
    expect(only(found, "N-08")[0]!.message).toContain("写的是本年支出合计");
  });

  test("section 四 against T04: 财政拨款收、支总计分别为 本年收入合计 和 本年支出合计", () => {
    const text = edit(base, "财政拨款收、支总计3848.87万元。", "财政拨款收、支总计分别为3786.99万元和3829.86万元。");
    expect(brief(only(verify(text), "N-08", "N-23"))).toEqual([["N-08", "error", "收、支总计分别为3786.99万元和3829.86万元"]]);
  });

  test("the template's “各减少” and a single correct figure pass; another wrong figure stays N-20", () => {
    expect(only(verify(base), "N-08")).toEqual([]);
    expect(brief(only(verify(edit(base, "收、支总计3850.87万元", "收、支总计3850.78万元")), "N-08", "N-20"))).toEqual([["N-20", "error", "3850.78万元"]]);
  });
});

describe("N-13: 机关运行经费 ≤ 公用经费合计", () => {
  test("the example (491.21 ≤ 517.07) passes", () => {
    expect(only(verify(base), "N-13")).toEqual([]);
  });

  test("a stated figure above 公用经费合计 is a warning on its line", () => {
    const inp = inputsWith({ 机关运行经费: 600 });
    const text = generateNarrative(exampleWorkbook(), inp).text;
    const found = only(verify(text, exampleWorkbook(), inp), "N-13");
    expect(found.map((f) => [f.severity, f.section, f.line, f.excerpt, f.cells])).toEqual([["warning", "十（一）", lineOf(text, "机关运行经费支出600万元"), "机关运行经费支出600万元", ["公开08表!F21"]]]);
    expect(found[0]!.message).toBe("文中机关运行经费600万元大于公开08表“公用经费合计”517.07万元；机关运行经费是公用经费的一部分，不应超过公用经费合计，请核对。");
  });

  test("0.01 above, within the rounding of two totals, is a 尾差 (info)", () => {
    const inp = inputsWith({ 机关运行经费: 517.08 });
    const found = only(verify(generateNarrative(exampleWorkbook(), inp).text, exampleWorkbook(), inp), "N-13");
    expect(found.map((f) => [f.severity, f.outcome])).toEqual([["info", "rounding"]]);
  });

  test("the 补充信息 figure is used when the text states none, with its cell", () => {
    const inp = inputsWith({ 机关运行经费: 600 });
    const text = generateNarrative(exampleWorkbook(), inp).text.replace(/（一）机关运行经费支出情况。.*/, "（一）机关运行经费支出情况。详见附件。");
    const found = only(verify(text, exampleWorkbook(), inp), "N-13");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("补充信息“机关运行经费”600万元");
    expect(found[0]!.cells).toEqual(["公开08表!F21", expect.stringMatching(/^补充信息!B\d+$/)]);
  });
});

describe("N-14: the 三公 text covers every item with its statistics", () => {
  test.each([
    ["团组 count", "全年安排因公出国（境）团组0次，出国（境）0人。", "全年安排因公出国（境）0人。", "因公出国（境）费的说明缺少团组数"],
    ["出国 persons", "团组0次，出国（境）0人。", "团组0次。", "因公出国（境）费的说明缺少出国（境）人数"],
    ["vehicles bought", "全年按规定更新购置公务用车0辆，其中：轿车0辆、金额0万元，越野车0辆、金额0万元，载客汽车0辆、金额0万元。", "", "公务用车购置费的说明缺少购置车辆数"],
    ["国内 批次", "国内公务接待4批次，", "国内公务接待", "国内公务接待费的说明缺少接待批次"],
    ["外事 persons and 批次", "外事接待0批次，0人，", "", "外事接待费的说明缺少接待批次、接待人数"],
  ])("missing %s", (_name, from, to, message) => {
    const text = edit(base, from, to);
    const found = only(verify(text), "N-14");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toContain(message);
  });

  test("a zero item left out altogether (外事接待) is reported on the section heading", () => {
    const text = edit(base, "\n外事接待支出0万元，外事接待0批次，0人，共计支出0万元。", "");
    const found = only(verify(text), "N-14");
    expect(found.map((f) => [f.line, f.excerpt])).toEqual([[lineOf(text, "七、“三公”"), "七、“三公”经费财政拨款支出决算情况说明"]]);
    expect(found[0]!.message).toBe("七、“三公”经费部分没有说明外事接待费支出（为0也应写明“外事接待支出0万元”）。");
  });

  test("the statistics are reported on the item's own paragraph, not the summary", () => {
    const text = edit(base, "团组0次，", "");
    expect(only(verify(text), "N-14").map((f) => f.line)).toEqual([lineOf(text, "1．因公出国（境）经费支出")]);
  });
});

describe("C-06: the ten headings, in order", () => {
  test("a missing heading is reported after the heading before it", () => {
    const text = edit(base, "八、政府性基金预算支出决算情况说明\n", "");
    const found = only(verify(text), "C-06");
    expect(found.map((f) => [f.severity, f.line, f.expected])).toEqual([["warning", lineOf(text, "七、“三公”"), "八、政府性基金预算支出决算情况说明"]]);
    expect(found[0]!.message).toBe("情况说明缺少“八、政府性基金预算支出决算情况说明”部分（无数据时也应保留该标题并作说明）。");
  });

  test("a numbered heading with another title", () => {
    const found = only(verify(edit(base, "八、政府性基金预算支出决算情况说明", "八、政府性基金情况")), "C-06");
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([["八、政府性基金情况", "标题“八、政府性基金情况”与模板不一致，应为“八、政府性基金预算支出决算情况说明”。"]]);
  });

  test("sections out of order", () => {
    const lines = base.split("\n");
    const at = (h: string) => lines.findIndex((l) => l.startsWith(h));
    const eight = lines.slice(at("八、"), at("九、"));
    const nine = lines.slice(at("九、"), at("十、"));
    const swapped = [...lines.slice(0, at("八、")), ...nine, ...eight, ...lines.slice(at("十、"))].join("\n");
    expect(brief(only(verify(swapped), "C-06"))).toEqual([["C-06", "warning", "八、政府性基金预算支出决算情况说明"]]);
  });

  test("an excerpt of one or two sections is not told that the others are missing", () => {
    const excerpt = "一、收入支出决算总体情况说明\n2021年度收、支总计3850.87万元。";
    expect(only(verify(excerpt), "C-06")).toEqual([]);
    expect(only(verify(`第二部分\u30002021年度部门决算情况说明\n${excerpt}`), "C-06")).toHaveLength(9);
  });

  test("a whole disclosure without 名词解释 or 附表", () => {
    const seed = fs.readFileSync(SEED, "utf8");
    const found = only(verify(seed.replace("第三部分　名词解释", "第三部分　说明").replace("第五部分　附表", "第五部分　表格")), "C-06");
    expect(found.map((f) => f.message)).toEqual(["公开文本缺少“名词解释”部分。", "公开文本缺少“附表”部分。"]);
  });
});

describe("C-07 (narrative half): a 三公 item given as 0 whose T10 cell is blank", () => {
  const t10 = (abroad: string, purchase: string) =>
    sanGongTable("T10", {
      sgTotal: { budget: "50.69", actual: "50.69" },
      abroad: { budget: abroad, actual: abroad },
      vehicle: { budget: "50.14", actual: "50.14" },
      vehiclePurchase: { budget: purchase, actual: purchase },
      vehicleOperation: { budget: "50.14", actual: "50.14" },
      reception: { budget: "0.55", actual: "0.55" },
    });

  test("blank cells: the hint 补0 (info) per item, with the cell and the line of the text", () => {
    const wb = exampleWorkbook({ T10: t10("", "") });
    const found = only(verify(base, wb), "C-07");
    expect(found.map((f) => [f.severity, f.line, f.cells, f.expected])).toEqual([
      ["info", lineOf(base, "因公出国（境）费支出决算0万元"), ["公开10表!D5"], "0"],
      ["info", lineOf(base, "其中：公务用车购置支出0万元"), ["公开10表!H5"], "0"],
    ]);
    expect(found[0]!.message).toBe("文中写明因公出国（境）费支出0万元，而公开10表对应单元格 公开10表!D5 为空白，建议在表中补0。");
  });

  test("cells holding 0.00 or a dash need no hint", () => {
    expect(only(verify(base, exampleWorkbook({ T10: t10("0.00", "-") })), "C-07")).toEqual([]);
  });
});

describe("N-16: chart values embedded in the document", () => {
  const seed = fs.readFileSync(SEED, "utf8");
  const seedFindings = new Set(verify(seed).map((f) => JSON.stringify(f)));
  const added = (text: string) => verify(text).filter((f) => !seedFindings.has(JSON.stringify(f)));

  test.each([
    ["a column chart's prior-year bar (input)", "3726.87\t2021", "3726.78\t2021", 960, "2020年一般公共预算财政拨款支出…3726.78", "3726.87", ["补充信息!B6"]],
    ["a column chart's current bar (T01 总计)", "3850.87\t\n", "3850.78\t\n", 982, "2021年度收、支总计…3850.78", "3850.87", ["公开01表!B16"]],
    ["a pie slice of 图6 (defective label still recognised)", "2694.18\t181.4", "2694.81\t181.4", 968, "一般公共服务（类)支出…2694.81", "2694.18", ["公开06表!C6"]],
    ["a pie slice of 图7", "0\t50.14\t0.55", "0\t50.41\t0.55", 974, "公务用车购置及运行维护费支出决算…50.41", "50.14", ["公开10表!F5"]],
    ["a slice of 图3 (T03 合计 columns)", "3187.51\t644.36", "3187.15\t644.36", 998, "基本支出…3187.15", "3187.51", ["公开03表!D5"]],
    ["a column chart of 图4 (T04 总计)", "3848.87\t\n", "3848.78\t\n", 1004, "2021年财政拨款收、支总计…3848.78", "3848.87", ["公开04表!B13"]],
    ["a zero slice of 图2", "0\t0\t0\t0\t0\t2.01", "0\t0\t0\t1\t0\t2.01", 991, "经营收入…1", "0", ["公开01表!B10"]],
  ])("%s", (_name, from, to, line, excerpt, expected, cells) => {
    const found = added(edit(seed, from, to));
    expect(found.map((f) => [f.ruleId, f.severity, f.line, f.excerpt, f.expected, f.cells])).toEqual([["N-16", "error", line, excerpt, expected, cells]]);
  });

  test("a chart cache holding the unrounded value is accepted; the example's own charts all agree", () => {
    expect(added(seed.replace("2694.18\t181.4", "2694.1800000000003\t181.4"))).toEqual([]);
    expect(only(verify(seed), "N-16").every((f) => f.severity === "warning")).toBe(true); // only the two label findings
  });

  test("lines that are not chart data (a title, a single label) are left alone", () => {
    const text = `${base}\n一般公共预算财政拨款支出决算结构图\n基本支出\n123`;
    expect(only(verify(text), "N-16")).toEqual([]);
  });
});
