import { formatRef } from "../../src/core/cells";
import { inputsWith, narrate, paragraph, textOf } from "./helpers";

/** YOY_A (一, 四, 五（一）), YOY_B (七, 十（一）) and the reason rules (narrative.md §3.0). */
describe("YOY_A in 一: every branch", () => {
  test.each([
    ["减少 with rate", 4540.77, "与2020年相比，收、支总计各减少689.9万元，下降15.19%。主要变动原因是项目经费减少。"],
    ["增加 with rate", 3000, "与2020年相比，收、支总计各增加850.87万元，增长28.36%。主要变动原因是项目经费减少。"],
    ["持平 (reason kept when given)", 3850.87, "与2020年相比，收、支总计持平。主要变动原因是项目经费减少。"],
    ["zero prior year: no growth rate (N-06)", 0, "与2020年相比，收、支总计各增加3850.87万元。主要变动原因是项目经费减少。"],
  ])("%s", (_name, prior, expected) => {
    const text = textOf(narrate({ inputs: inputsWith({ 上年收支总计: prior }) }), "s01.totals");
    expect(text).toBe(`2021年度收、支总计3850.87万元。${expected}`);
  });

  test("持平 without a reason: no reason sentence", () => {
    const text = textOf(narrate({ inputs: inputsWith({ 上年收支总计: 3850.87, "变动原因：收支总计": undefined }) }), "s01.totals");
    expect(text).toBe("2021年度收、支总计3850.87万元。与2020年相比，收、支总计持平。");
  });

  test("missing prior year: visible placeholder, listed as a missing input", () => {
    const n = narrate({ inputs: inputsWith({ 上年收支总计: undefined }) });
    expect(textOf(n, "s01.totals")).toBe("2021年度收、支总计3850.87万元。与2020年相比，收、支总计的变动情况【待补充：上年收支总计】。主要变动原因是项目经费减少。");
    expect(paragraph(n, "s01.totals").missing).toEqual(["prior.t01Total"]);
    expect(n.missingInputs).toEqual([{ key: "prior.t01Total", label: "上年收支总计", sections: ["一"] }]);
  });

  test("blank reason: 主要变动原因是【待补充：变动原因】, the row to fill is named", () => {
    const n = narrate({ inputs: inputsWith({ "变动原因：收支总计": "" }) });
    expect(textOf(n, "s01.totals")).toBe("2021年度收、支总计3850.87万元。与2020年相比，收、支总计各减少689.9万元，下降15.19%。主要变动原因是【待补充：变动原因】。");
    expect(n.missingInputs).toEqual([{ key: "reason.s1", label: "变动原因：收支总计", sections: ["一"] }]);
  });

  test.each([
    ["below the threshold: no reason demanded", 0.2, "下降15.19%。"],
    ["at or above the threshold: reason demanded", 0.15, "下降15.19%。主要变动原因是【待补充：变动原因】。"],
  ])("reasonThreshold, %s", (_name, threshold, ending) => {
    const text = textOf(narrate({ inputs: inputsWith({ "变动原因：收支总计": undefined }), options: { reasonThreshold: threshold } }), "s01.totals");
    expect(text.endsWith(ending)).toBe(true);
  });

  test("四 and 五（一） use their own prior figures and reasons", () => {
    const n = narrate({ inputs: inputsWith({ 上年财政拨款收支总计: 3848.87, 上年一般公共预算财政拨款支出: 4000 }) });
    expect(textOf(n, "s04.fiscalTotals")).toBe("2021年财政拨款收、支总计3848.87万元。与2020年相比，财政拨款收、支总计持平。主要变动原因是项目经费减少。");
    expect(textOf(n, "s05.1.overall")).toContain("与2020年相比，一般公共预算财政拨款支出减少252.3万元，下降6.31%。主要变动原因是人员增加。");
  });
});

describe("YOY_B in 七 and 十（一）", () => {
  test.each([
    ["增加", 48.66, "公务用车购置及运行维护费支出决算比2020年增加1.48万元，增长3.04%。主要原因是公务活动增加。"],
    ["持平", 50.14, "公务用车购置及运行维护费支出决算与2020年持平。主要原因是公务活动增加。"],
    ["zero prior year", 0, "公务用车购置及运行维护费支出决算比2020年增加50.14万元。主要原因是公务活动增加。"],
    ["missing", undefined, "公务用车购置及运行维护费支出决算与2020年相比的变动情况【待补充：上年公务用车购置及运行维护费】。主要原因是公务活动增加。"],
  ])("七 2: %s", (_name, prior, expected) => {
    const text = textOf(narrate({ inputs: inputsWith({ 上年公务用车购置及运行维护费: prior }) }), "s07.2.vehicle");
    expect(text).toBe(`2．公务用车购置及运行维护费支出50.14万元，完成预算100%。${expected}`);
  });

  test.each([
    ["持平, no reason", { 上年机关运行经费: 491.21, "变动原因：机关运行经费": undefined }, "机关运行经费支出491.21万元，与2020年持平。"],
    ["减少", { 上年机关运行经费: 500 }, "机关运行经费支出491.21万元，比2020年减少8.79万元，下降1.76%。主要原因是调入人员较多，经费增加。"],
    ["no 机关运行经费 this year or last: absence wording", { 机关运行经费: 0, 上年机关运行经费: 0 }, "（一）机关运行经费支出情况。攀枝花市人民政府办公室2021年度无机关运行经费支出。"],
    ["机关运行经费 missing", { 机关运行经费: undefined }, "机关运行经费支出【待补充：机关运行经费】万元。"],
  ])("十（一）: %s", (_name, changes, expected) => {
    expect(textOf(narrate({ inputs: inputsWith(changes) }), "s10.1.operatingFunds")).toContain(expected);
  });
});

describe("provenance", () => {
  test("一 names T01's 总计 cell and the 补充信息 cells it used", () => {
    const p = paragraph(narrate(), "s01.totals");
    const refs = p.cells.map(formatRef);
    expect(refs.filter((r) => r.startsWith("公开01表!"))).toHaveLength(1);
    expect(refs.filter((r) => r.startsWith("补充信息!")).length).toBe(3); // 年度, 上年收支总计, 变动原因
    expect(p.inputs).toEqual(expect.arrayContaining(["prior.t01Total", "reason.s1"]));
    expect(p.section).toBe("一");
  });

  test("every 五（三） item names its T06 cell", () => {
    const n = narrate();
    const items = n.paragraphs.filter((p) => p.id.startsWith("s05.3.item."));
    expect(items).toHaveLength(15);
    for (const p of items) expect(p.cells.some((c) => c.sheet === "公开06表")).toBe(true);
    expect(items[0]!.inputs).toContain("budget.t06[2010301]");
  });
});
