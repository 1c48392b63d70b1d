import * as path from "node:path";
import { loadSheets } from "../../src/cli/load";
import { readInputs, type Inputs } from "../../src/core/inputs";
import { EMPTY_INPUTS } from "../../src/core/inputs/model";
import { verifyNarrativeText, type TextFinding } from "../../src/core/narrative/verify";
import { amountRule } from "../../src/core/narrative/verify/claim-rules/amount";
import { changeRule } from "../../src/core/narrative/verify/claim-rules/change";
import { codedNamesRule } from "../../src/core/narrative/verify/claim-rules/coded-names";
import { comparisonRule } from "../../src/core/narrative/verify/claim-rules/comparison";
import { completionRule } from "../../src/core/narrative/verify/claim-rules/completion";
import type { ClaimRule } from "../../src/core/narrative/verify/claim-rules/context";
import { enumerationRule } from "../../src/core/narrative/verify/claim-rules/enumeration";
import { fundItemsRule } from "../../src/core/narrative/verify/claim-rules/fund-items";
import { levelWithPriorRule } from "../../src/core/narrative/verify/claim-rules/level-with-prior";
import { procurementRule } from "../../src/core/narrative/verify/claim-rules/procurement";
import { rateUnitRule } from "../../src/core/narrative/verify/claim-rules/rate-unit";
import { reportYearRule } from "../../src/core/narrative/verify/claim-rules/report-year";
import { shareRule } from "../../src/core/narrative/verify/claim-rules/share";
import { unitNameRule } from "../../src/core/narrative/verify/claim-rules/unit-name";
import { extractClaims } from "../../src/core/narrative/verify/claims";
import { readLines } from "../../src/core/narrative/verify/document";
import { readWorkbook } from "../../src/core/tables";
import type { Workbook } from "../../src/core/tables/model";
import { sampleSheets } from "../helpers/sample-workbooks";
import { inputsWith } from "./helpers";

/**
 * Each claim rule of 表文一致 on its own, with a passing and a failing text. The workbook is the
 * generator's 9-table sample (its figures are those of the 四川 example, so 收入支出总计 3850.88,
 * 基本支出 3187.51 = 人员经费 2670.44 + 公用经费 517.07); the 人员/公用经费 items use the real
 * Shanghai workbook, whose 基本支出 table prints its zero items.
 */
let wb: Workbook;
let inputs: Inputs;
let real: Workbook;
beforeAll(async () => {
  const sheets = await sampleSheets({ family: "central9", supplementary: true });
  wb = readWorkbook(sheets);
  inputs = readInputs(sheets);
  real = readWorkbook(await loadSheets(path.resolve(__dirname, "../../../shared/real/shanghai-putuo-shehuigongzuobu-2024.xlsx")));
});

function run(rule: ClaimRule, text: string, opts: { workbook?: Workbook; inputs?: Inputs } = {}): TextFinding[] {
  const sources = { wb: opts.workbook ?? wb, inputs: opts.inputs ?? EMPTY_INPUTS };
  const lines = readLines(text, sources.wb.family).filter((l) => l.inPart2 && l.text !== "").map((l) => extractClaims(l, sources));
  return rule.run({ lines, sources });
}
const brief = (found: readonly TextFinding[]) => found.map((f) => [f.ruleId, f.severity, f.excerpt]);

describe("N-01 amount = its cell", () => {
  test("a total and a 项 restating their cells pass; a digit off is an error with the cell", () => {
    const ok = "一、收入支出决算总体情况说明\n2021年度收入支出总计3850.88万元。\n1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。全年预算为2200万元，支出决算为2142.76万元。";
    expect(run(amountRule, ok)).toEqual([]);
    const bad = run(amountRule, ok.replace("3850.88", "3850.80").replace("2142.76", "2142.67"));
    expect(brief(bad)).toEqual([
      ["N-01", "error", "3850.80万元"],
      ["N-01", "error", "2142.67万元"],
    ]);
    expect(bad[0]!.expected).toBe("3850.88万元");
    expect(bad[0]!.cells).toHaveLength(1);
  });
});

describe("N-02 shares", () => {
  const text = "二、收入决算情况说明\n本年收入合计3789万元，其中：一般公共预算财政拨款收入3704.83万元，占97.78%。\n五、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出3747.7万元，占本年支出合计的97.8%。";
  test("of the list's head and of a named whole", () => {
    expect(run(shareRule, text)).toEqual([]);
    expect(brief(run(shareRule, text.replace("97.78%", "97.87%").replace("的97.8%", "的97.9%")))).toEqual([
      ["N-02", "error", "97.87%"],
      ["N-02", "error", "97.9%"],
    ]);
  });
});

describe("N-04/N-06/N-02 year-on-year changes", () => {
  const text = "一、收入支出决算总体情况说明\n收入支出总计3850.88万元。与2020年度相比，收入支出总计减少689.89万元，下降15.19%。";
  test("without the prior year, the rate is checked against the change the text implies", () => {
    expect(run(changeRule, text)).toEqual([]);
    expect(brief(run(changeRule, text.replace("15.19%", "15.91%")))).toEqual([["N-02", "error", "15.91%"]]);
  });
  test("direction words that contradict each other", () => {
    expect(brief(run(changeRule, text.replace("下降15.19%", "增长15.19%")))).toEqual([["N-04", "error", "减少689.89万元，增长15.19%"]]);
  });
  test("with the prior year in 补充信息, the direction is checked against the sign", () => {
    expect(run(changeRule, text, { inputs })).toEqual([]);
    expect(brief(run(changeRule, text.replace("减少689.89万元，下降", "增加689.89万元，增长"), { inputs }))).toEqual([["N-04", "error", "增加689.89万元，增长15.19%"]]);
  });
  test("a zero prior year: 增长100% is a note, another rate a warning", () => {
    const z = "一、收入支出决算总体情况说明\n收入支出总计3850.88万元。与2020年度相比，收入支出总计增加3850.88万元，增长100.00%。";
    expect(brief(run(changeRule, z))).toEqual([["N-06", "info", "100.00%"]]);
    expect(brief(run(changeRule, z.replace("100.00%", "50%")))).toEqual([["N-06", "warning", "50%"]]);
  });
});

describe("N-07/N-02 completion rates", () => {
  const text = "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n一般公共预算财政拨款支出年初预算为0万元，全年预算为3800万元，支出决算为3747.7万元，完成全年预算的98.62%。";
  test("against the budget named", () => {
    expect(run(completionRule, text)).toEqual([]);
    expect(brief(run(completionRule, text.replace("98.62%", "98.26%")))).toEqual([["N-02", "error", "98.26%"]]);
  });
  test("a rate of a zero 年初预算 that is the 全年 rate names the wrong budget", () => {
    const f = run(completionRule, text.replace("完成全年预算", "完成年初预算"));
    expect(brief(f)).toEqual([["N-07", "warning", "完成年初预算的98.62%"]]);
    expect(f[0]!.expected).toBe("完成全年预算的98.62%");
  });
  test("a rate of a zero 年初预算 that is not the 全年 rate either", () => {
    const f = run(completionRule, text.replace("完成全年预算的98.62%", "完成年初预算的97%"));
    expect(brief(f)).toEqual([["N-07", "warning", "完成年初预算的97%"]]);
    expect(f[0]!.expected).toBe("完成全年预算的98.62%");
  });
  test("a rate of a zero budget with no other budget is only a note", () => {
    expect(brief(run(completionRule, text.replace("全年预算为3800万元，", "").replace("完成全年预算", "完成年初预算")))).toEqual([["N-07", "info", "完成年初预算的98.62%"]]);
  });
});

describe("N-04 决算数 大于/小于/持平 预算数", () => {
  const text = "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。全年预算为2200万元，支出决算为2142.76万元。决算数小于全年预算数的主要原因：人员变动。";
  test("the word agrees with the two figures", () => {
    expect(run(comparisonRule, text)).toEqual([]);
    expect(run(comparisonRule, "全年预算为202.24万元，支出决算为202.24万元。决算数与全年预算数持平。")).toEqual([]);
  });
  test("a wrong word, and 持平 with unequal figures", () => {
    expect(brief(run(comparisonRule, text.replace("小于", "大于")))).toEqual([["N-04", "error", "决算数大于全年预算数"]]);
    expect(brief(run(comparisonRule, "全年预算为202.24万元，支出决算为200.24万元。决算数与全年预算数持平。"))).toEqual([["N-04", "error", "决算数与全年预算数持平"]]);
  });
});

describe("N-15 enumerations against their total", () => {
  const text = "六、一般公共预算财政拨款基本支出决算情况说明\n一般公共预算财政拨款基本支出3187.51万元。其中：人员经费2670.44万元，主要包括：基本工资；公用经费517.07万元，主要包括：办公费。";
  test("人员经费 + 公用经费 = 基本支出", () => {
    expect(run(enumerationRule, text)).toEqual([]);
    expect(brief(run(enumerationRule, text.replace("517.07", "517.08")))).toEqual([["N-15", "warning", "3187.51万元"]]);
    expect(brief(run(enumerationRule, text.replace("517.07", "571.07")))).toEqual([["N-15", "error", "3187.51万元"]]);
  });
  test("any list whose items exceed its total", () => {
    expect(run(enumerationRule, "项目支出共30万元，其中：甲项目10万元、乙项目15万元。")).toEqual([]);
    expect(brief(run(enumerationRule, "项目支出共20万元，其中：甲项目10万元、乙项目15万元。"))).toEqual([["N-15", "error", "20万元"]]);
  });
});

describe("N-11/N-24 类款项 names and coverage", () => {
  test("a 项 under another 款 than the table's gets the table's path", () => {
    expect(run(codedNamesRule, "4、一般公共服务支出（类）商贸事务（款）招商引资（项）。支出决算为40万元。")).toEqual([]);
    const f = run(codedNamesRule, "4、一般公共服务支出（类）组织事务（款）招商引资（项）。支出决算为40万元。");
    expect(brief(f)).toEqual([["N-11", "warning", "一般公共服务支出（类）组织事务（款）招商引资（项）"]]);
    expect(f[0]!.expected).toBe("一般公共服务支出（类）商贸事务（款）招商引资（项）");
  });
  test("a 具体情况 section that leaves out 项 with spending", () => {
    const text = "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n1、一般公共服务支出（类）商贸事务（款）招商引资（项）。支出决算为40万元。";
    const f = run(codedNamesRule, text);
    expect(f.every((x) => x.ruleId === "N-24" && x.severity === "warning")).toBe(true);
    expect(f).toHaveLength(14);
  });
});

describe("N-25 人员经费/公用经费 items against 公开08表", () => {
  const text = "六、一般公共预算财政拨款基本支出决算情况说明\n一般公共预算财政拨款基本支出105.58万元。其中：人员经费95.36万元，主要包括：基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出；公用经费10.23万元，主要包括：办公费、差旅费、维修（护）费、劳务费、委托业务费、福利费、其他交通费用、其他商品和服务支出。";
  test("the non-zero items named pass; a zero item named is a warning; a large one left out too", () => {
    expect(run(fundItemsRule, text, { workbook: real })).toEqual([]);
    expect(brief(run(fundItemsRule, text.replace("办公费、", "办公费、邮电费、"), { workbook: real }))).toEqual([["N-25", "warning", "邮电费"]]);
    const left = run(fundItemsRule, text.replace("基本工资、", ""), { workbook: real });
    expect(left.map((f) => [f.ruleId, f.severity])).toEqual([["N-25", "warning"]]);
    expect(left[0]!.message).toContain("基本工资");
  });
});

describe("N-15 政府采购", () => {
  const sichuan = "（二）政府采购支出情况。政府采购支出总额169.43万元，其中：政府采购货物支出34.15万元、政府采购工程支出0万元、政府采购服务支出135.28万元。授予中小企业合同金额169.43万元，占政府采购支出总额的100%，其中：授予小微企业合同金额169.43万元。";
  const central = "政府采购金额（以合同签订为准）为21.07万元，其中：货物采购金额21.07万元、工程采购金额0万元、服务采购金额0万元。\n在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额15万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额6.07万元。";
  test("parts add up and awards stay within the total, in both wordings", () => {
    expect(run(procurementRule, sichuan)).toEqual([]);
    expect(run(procurementRule, central)).toEqual([]);
  });
  test("failing cases", () => {
    expect(brief(run(procurementRule, sichuan.replace("货物支出34.15", "货物支出43.15")))).toEqual([["N-15", "error", "169.43万元"]]);
    expect(brief(run(procurementRule, central.replace("采购金额6.07万元", "采购金额21.07万元")))).toEqual([["N-15", "error", "21.07万元"]]);
    expect(brief(run(procurementRule, sichuan.replace("授予中小企业合同金额169.43", "授予中小企业合同金额196.43").replace("小微企业合同金额169.43", "小微企业合同金额1")))).toEqual([["N-15", "error", "196.43万元"]]);
  });
});

describe("N-02 a rate without %", () => {
  test("增长13.95。 and 占76.23；", () => {
    expect(run(rateUnitRule, "比上年增加10万元，增长13.95%。占76.23%；")).toEqual([]);
    expect(brief(run(rateUnitRule, "比上年增加10万元，增长13.95。占76.23；"))).toEqual([
      ["N-02", "warning", "增长13.95"],
      ["N-02", "warning", "占76.23"],
    ]);
  });
});

describe("N-11 the report year", () => {
  const text = "第三部分XX局2024年度部门决算情况说明\n（三）国有资产占有使用情况说明\n截至2024年12月31日，XX局共有车辆0辆。";
  test("截至 a year other than the title's", () => {
    expect(run(reportYearRule, text)).toEqual([]);
    expect(brief(run(reportYearRule, text.replace("截至2024", "截至2023")))).toEqual([["N-11", "warning", "截至2023年12月31日"]]);
  });
});

describe("N-05/N-12 template residue, through verify-text", () => {
  test.each([
    ["下降（增长）27.78%", "N-05", "error"],
    ["增长（减少）27.78%", "N-05", "error"],
    ["增长XX%", "N-12", "warning"],
    ["增长××%", "N-12", "warning"],
    ["增长【】%", "N-12", "warning"],
    ["增长27.78%。。", "N-12", "warning"],
  ])("%s", (written, ruleId, severity) => {
    const text = `一、收入支出决算总体情况说明\n收入支出总计3850.88万元，比2020年度${written}。`;
    const found = verifyNarrativeText(text, wb, EMPTY_INPUTS);
    expect(found.map((f) => [f.ruleId, f.severity])).toContainEqual([ruleId, severity]);
    expect(verifyNarrativeText(text.replace(written, "下降15.19%"), wb, EMPTY_INPUTS).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("N-11 the unit name", () => {
  const text = "第三部分中共江城市东区委社会工作部2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n中共江城市东区委社会工作部2024年度收入支出总计1万元。\n十、预算绩效管理情况\n中共江城市东区委社会工作部2024年度预算绩效管理工作开展情况如下。";
  test("the title's name throughout; a shortened name is a warning; another body is not", () => {
    expect(run(unitNameRule, text)).toEqual([]);
    expect(run(unitNameRule, text.replace("中共江城市东区委社会工作部2024年度预算", "江城市财政局2024年度预算"))).toEqual([]);
    expect(brief(run(unitNameRule, text.replace("中共江城市东区委社会工作部2024年度预算", "江城市东区委社会工作部2024年度预算")))).toEqual([["N-11", "warning", "江城市东区委社会工作部"]]);
  });
});

describe("what the claim rules leave alone (no false alarms)", () => {
  test("a prior year's amount is not this year's figure", () => {
    expect(run(amountRule, "一、收入支出决算总体情况说明\n2021年度收入支出总计3850.88万元，2020年度收入支出总计4540.77万元。")).toEqual([]);
  });
  test("a change of a subject the vocabulary does not know is not judged against another figure", () => {
    expect(run(changeRule, "一、收入支出决算总体情况说明\n收入支出总计3850.88万元。其中：培训费比上年增加10万元，增长50%。")).toEqual([]);
  });
  test("a number after 占 that is not a rate", () => {
    expect(run(rateUnitRule, "办公用房占地面积1200平方米，增长2倍。")).toEqual([]);
  });
  test("a partition listed only in part is judged only when it exceeds its total", () => {
    expect(run(enumerationRule, "三、支出决算情况说明\n本年支出合计3831.87万元，其中：基本支出3187.51万元，占83.18%。")).toEqual([]);
  });
  test("a completion rate is paired with its own item's budget, not the previous item's", () => {
    const text = "1、甲项全年预算为100万元，支出决算为90万元，完成全年预算的90%。2、乙项支出决算为50万元，完成全年预算的80%。";
    expect(run(completionRule, text)).toEqual([]);
  });
});

describe("a completion or comparison that names its subject is judged on that subject's figures", () => {
  // The 上海 template's 三公 paragraph: the 三公 total, then its items, then a sentence on the total.
  const text =
    "“三公”经费财政拨款支出年初预算为50.69万元，支出决算为50.69万元，完成预算的100.00%，其中：因公出国（境）费决算为0万元；公务用车购置及运行维护费支出决算为50.14万元，完成预算的100.00%；公务接待费支出决算为0.55万元，完成预算的100.00%。2021年度“三公”经费支出决算数与预算数持平。";
  test("持平 of the 三公 total is the total's 决算 against its budget, not the last item's", () => {
    expect(run(comparisonRule, text)).toEqual([]);
    expect(brief(run(comparisonRule, text.replace("年初预算为50.69", "年初预算为52.69")))).toEqual([["N-04", "error", "决算数与预算数持平"]]);
  });
  test("a completion rate named for the 三公 total after its items", () => {
    const named = text.replace("2021年度“三公”经费支出决算数与预算数持平。", "“三公”经费支出完成预算的100.00%。");
    expect(run(completionRule, named)).toEqual([]);
    expect(brief(run(completionRule, named.replace("“三公”经费支出完成预算的100.00%", "“三公”经费支出完成预算的96.00%")))).toEqual([["N-02", "error", "96.00%"]]);
  });
});

describe("N-11 and N-01 in 八: 政府性基金 paths are 公开11表's", () => {
  const heading = "八、政府性基金预算财政拨款收入支出决算情况说明\n";
  const item = "1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）。支出决算为82.16万元。";
  test("the table's names and figure pass", () => {
    expect(run(codedNamesRule, heading + item)).toEqual([]);
    expect(run(amountRule, heading + item)).toEqual([]);
  });
  test("a name or a figure that is not 公开11表's", () => {
    const f = run(codedNamesRule, heading + item.replace("其他国有土地使用权出让收入安排的支出（项）", "农业土地开发资金安排的支出（项）"));
    expect(brief(f)).toEqual([["N-11", "warning", "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）农业土地开发资金安排的支"]]);
    expect(f[0]!.message).toContain("公开11表");
    expect(brief(run(amountRule, heading + item.replace("82.16", "82.61")))).toEqual([["N-01", "error", "82.61万元"]]);
  });
});

describe("N-14 in the 上海 template's wording", () => {
  // Section 七（二） as the 上海 template writes it for the sample.
  const text = [
    "七、财政拨款“三公”经费支出决算情况说明",
    "1、因公出国（境）费支出0万元。全年安排因公出国（境）团组0个、累计0人次。",
    "2、公务用车购置及运行维护费支出50.14万元。其中：",
    "公务用车购置支出为0万元，购置公务用车0辆。",
    "公务用车运行维护支出50.14万元。主要用于机关日常服务工作和专项业务工作等所需的公务用车燃料费、维修费、过路过桥费、保险费等支出。2021年，攀枝花市人民政府办公室所属各预算单位开支财政拨款的公务用车保有量为15辆。",
    "3、公务接待费支出0.55万元。其中：",
    "国内公务接待支出0.55万元（含外宾接待支出0万元）。主要用于执行公务、开展业务活动开支的交通费、住宿费、用餐费等，共接待4批次、40人次，其中：接待外宾0批次、0人次。",
  ].join("\n");
  const n14 = (t: string) => brief(verifyNarrativeText(t, wb, inputs).filter((f) => f.ruleId === "N-14"));
  test("公务用车运行维护支出, 外宾接待支出 and 累计N人次 describe their items", () => {
    expect(n14(text)).toEqual([]);
  });
  test("an item or a count left out is still reported", () => {
    expect(n14(text.replace("、累计0人次", ""))).toEqual([["N-14", "warning", "因公出国（境）费支出0万元"]]);
    expect(n14(text.replace("（含外宾接待支出0万元）", ""))).toEqual([["N-14", "warning", "七、财政拨款“三公”经费支出决算情况说明"]]);
    expect(n14(text.replace(/公务用车运行维护支出50.14万元。/, ""))).toEqual([["N-14", "warning", "七、财政拨款“三公”经费支出决算情况说明"]]);
    expect(n14(text.replace("，共接待4批次、40人次，其中：接待外宾0批次、0人次", ""))).toEqual([
      ["N-14", "warning", "国内公务接待支出0.55万元"],
      ["N-14", "warning", "外宾接待支出0万元"],
    ]);
    expect(n14(text.replace("公务用车保有量为15辆", "公务用车"))).toEqual([["N-14", "warning", "公务用车购置支出为0万元"]]);
  });
});

describe("N-02/N-04 a change whose subject is named before 决算", () => {
  const text = "2021年度“三公”经费财政拨款支出决算数比2020年度的变动情况，其中：公务用车购置及运行维护费支出决算增加1.48万元，增长3.04%；公务接待费支出决算减少0.48万元，下降46.60%。";
  test("each item's change is judged against that item's figure", () => {
    expect(run(changeRule, text)).toEqual([]);
    expect(brief(run(changeRule, text.replace("增长3.04%", "增长4.14%")))).toEqual([["N-02", "error", "4.14%"]]);
    expect(brief(run(changeRule, text.replace("减少0.48万元，下降", "增加0.48万元，增长")))).toEqual([["N-02", "error", "46.60%"]]);
  });
});

describe("N-04 与上年持平 only for a zero change", () => {
  // The sample's 公务用车购置及运行维护费 is 50.14万元; its 因公出国（境）费 0.
  const text = "2021年度“三公”经费财政拨款支出决算数比2020年度的变动情况，其中：因公出国（境）费支出决算持平；公务用车购置及运行维护费支出决算与上年持平。";
  const prior = (vehicle: number, abroad = 0) => inputsWith({ 上年公务用车购置及运行维护费: vehicle, "上年因公出国（境）费": abroad });
  test("持平 where this year's figure is the prior year's", () => {
    expect(run(levelWithPriorRule, text, { inputs: prior(50.14) })).toEqual([]);
    // Without a prior-year figure nothing is judged; 决算数与预算数持平 and 基本持平 are not this rule's.
    expect(run(levelWithPriorRule, text)).toEqual([]);
    expect(run(levelWithPriorRule, "公务用车购置及运行维护费支出决算数与预算数持平，比上年基本持平。", { inputs: prior(48.66) })).toEqual([]);
  });
  test("持平 where the figure changed is an error with the change as the fix", () => {
    const f = run(levelWithPriorRule, text, { inputs: prior(48.66, 2) });
    expect(brief(f)).toEqual([
      ["N-04", "error", "因公出国（境）费支出决算持平"],
      ["N-04", "error", "公务用车购置及运行维护费支出决算与上年持平"],
    ]);
    expect(f.map((x) => x.expected)).toEqual(["减少2万元", "增加1.48万元"]);
  });
});

describe("N-02 a 三公 item's completion rate with no budget stated: 公开10表's 预算数", () => {
  const text = "其中：公务用车购置及运行维护费支出决算为50.14万元，完成预算的100.00%；公务接待费支出决算为0.55万元，完成预算的100.00%。";
  test("the rate of the item's table budget passes; another is an error", () => {
    expect(run(completionRule, text)).toEqual([]);
    expect(brief(run(completionRule, text.replace("50.14万元，完成预算的100.00%", "50.14万元，完成预算的96.00%")))).toEqual([["N-02", "error", "96.00%"]]);
  });
  test("a rate of 年初 or 全年 预算 is not judged against the table's budget (it does not say which)", () => {
    expect(run(completionRule, text.replace("完成预算的100.00%；", "完成年初预算的96.00%；"))).toEqual([]);
  });
});
