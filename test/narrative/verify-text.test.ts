import * as fs from "node:fs";
import * as path from "node:path";
import { readSupplementarySheet } from "../../src/core/inputs";
import { generateNarrative } from "../../src/core/narrative";
import { verifyNarrativeText } from "../../src/core/narrative/verify";
import { exampleInputSheet, exampleWorkbook } from "./fixtures/example-model";

const SEED = path.resolve(__dirname, "../../../shared/seed/000_b9a6394348fdc04a.txt");
const inputs = () => readSupplementarySheet(exampleInputSheet());
const verify = (text: string) => verifyNarrativeText(text, exampleWorkbook(), inputs());

// The seed lives beside the repository (shared/seed); without it this block cannot run.
// The seed lives in ../shared, which CI always places beside the repository.
const describeSeed = describe;

describeSeed("verify-text on the example disclosure itself", () => {
  const findings = verify(fs.readFileSync(SEED, "utf8"));

  test("reports exactly the defects of narrative.md §6, and nothing else", () => {
    expect(findings.map((f) => [f.line, f.ruleId, f.severity, f.excerpt])).toEqual([
      [50, "N-17", "warning", "1、 收入支出决算总体情况说明"], // §6 #4 "1、"
      [79, "N-24", "info", "（二）一般公共预算财政拨款支出决算结构情况。2021年一般公"], // §6 #6 order
      [85, "N-11", "warning", "一般公共服务（类）"], // §6 #5 items 1–2
      [86, "N-11", "warning", "一般公共服务（类）"],
      [107, "N-17", "warning", "（2） “三公”经费财政拨款支出"], // §6 #4 "（2）"
      [113, "N-07", "error", "0%"], // §6 #3 完成预算0% on a zero budget
      [114, "N-12", "warning", "支出50.14万元,完成预算10"], // §6 #2 half-width comma
      [117, "N-02", "info", "46.60%"], // §6 #1 untrimmed
      [123, "C-05", "info", "国有资本经营预算财政拨款支出0万元"], // §6 #9
      [125, "N-11", "warning", "四川省攀枝花市人民政府办公室"], // §6 #8
      [126, "N-11", "warning", "四川省攀枝花市人民政府办公室"],
      [193, "N-09", "info", "财政资金支出合计3829.87万元"], // §6 #10, a 尾差 cluster
      [968, "N-16", "warning", "一般公共服务（类)支出"], // §6 #7 chart labels
      [968, "N-16", "warning", "社会保障和就业类（类）支出"],
    ]);
  });

  test("the messages say what to write instead", () => {
    const byRule = (id: string) => findings.find((f) => f.ruleId === id)!;
    expect(byRule("N-07").message).toBe("因公出国（境）费的预算数为0，不能计算完成率，不应写“完成预算0%”，应写“未安排预算”。");
    expect(byRule("N-07").cells).toEqual(["公开10表!D5", "公开10表!C5"]);
    expect(byRule("N-12").expected).toBe("，");
    expect(byRule("N-02").expected).toBe("46.6%");
    expect(byRule("N-09").outcome).toBe("rounding");
    expect(byRule("N-09").message).toContain("所列各项之和为3829.86万元（差0.01万元，尾差）");
  });
});

describe("verify-text on generated text", () => {
  test("the generator's own narrative verifies clean (both profiles)", () => {
    expect(verify(generateNarrative(exampleWorkbook(), inputs()).text)).toEqual([]);
    expect(verify(generateNarrative(exampleWorkbook(), inputs(), { zeroFundStyle: "amount", chartPlaceholderLines: true, keepTrailingZeros: true }).text)).toEqual([]);
  });

  const base = generateNarrative(exampleWorkbook(), inputs()).text;
  test.each([
    ["a wrong amount (N-20/N-01)", "收、支总计3850.87万元", "收、支总计3850.78万元", "N-20", "error"],
    ["a wrong share (N-02)", "占97.78%", "占97.87%", "N-02", "error"],
    ["a truncated rate (N-02)", "下降15.19%", "下降15.18%", "N-02", "error"],
    ["a direction word against the sign (N-04)", "各减少689.9万元，下降15.19%", "各增加689.9万元，增长15.19%", "N-04", "error"],
    ["a wrong Δ (N-01)", "各减少689.9万元", "各减少698.9万元", "N-01", "error"],
    ["template residue (N-05)", "各减少689.9万元", "各增加（减少）689.9万元", "N-05", "error"],
    ["元 for a 万元 figure (N-10)", "其他收入2.01万元", "其他收入20100元", "N-10", "error"],
    ["a completion rate on a zero budget (N-07)", "经费支出0万元，未安排预算。", "经费支出0万元，完成预算0%。", "N-07", "error"],
    ["a half-width comma (N-12)", "万元，完成预算100%。公务用车", "万元,完成预算100%。公务用车", "N-12", "warning"],
    ["a 项 amount differing from T06 (N-24)", "支出决算为2142.76万元", "支出决算为2142.67万元", "N-24", "error"],
    ["a placeholder left in the text (N-12)", "主要变动原因是项目经费减少。", "主要变动原因是【待补充：变动原因】。", "N-12", "warning"],
    ["vehicles by use not adding up (N-15)", "应急保障用车12辆", "应急保障用车11辆", "N-15", "error"],
  ])("%s", (_name, from, to, ruleId, severity) => {
    expect(base).toContain(from);
    const found = verify(base.replace(from, to));
    expect(found.map((f) => f.ruleId)).toContain(ruleId);
    expect(found.find((f) => f.ruleId === ruleId)!.severity).toBe(severity);
  });

  test("a percentage within the rounding intervals of small operands is a 尾差 (info), not an error", () => {
    // (1.03 − 0.55)/1.03 = 46.6019; the operand intervals allow [45.854, 47.343] (rules.md §6.5).
    const found = verify(base.replace("下降46.6%", "下降46.7%"));
    expect(found.map((f) => [f.ruleId, f.severity, f.outcome, f.expected])).toEqual([["N-02", "info", "rounding", "46.6%"]]);
  });

  test("a share off by one hundredth with large operands is an error and names the right value", () => {
    const found = verify(base.replace("占0.05%", "占0.06%"));
    expect(found.map((f) => [f.ruleId, f.severity, f.expected])).toEqual([["N-02", "error", "0.05%"]]);
  });

  test("growth on a zero base (N-06)", () => {
    const zeroPrior = readSupplementarySheet(exampleInputSheet()).amounts;
    const inputsZero = { ...inputs(), amounts: { ...zeroPrior, "prior.t01Total": { ...zeroPrior["prior.t01Total"]!, value: { micros: 0, ulp: 0, ref: null, blank: false } } } };
    const text = "一、收入支出决算总体情况说明\n2021年度收、支总计3850.87万元。与2020年相比，收、支总计各增加3850.87万元，增长100%。主要变动原因是新设单位。";
    const found = verifyNarrativeText(text, exampleWorkbook(), inputsZero);
    expect(found.map((f) => f.ruleId)).toEqual(["N-06"]);
  });
});
