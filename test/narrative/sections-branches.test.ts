import { basicTable, codeTable, sanGongTable, summaryTable, zeroSanGongTable } from "../helpers/model-builders";
import { exampleWorkbook, T06_ROWS, UNIT } from "./fixtures/example-model";
import { inputsWith, narrate, paragraph, textOf } from "./helpers";

/** Table-driven branches of sections 二–十 (narrative.md §3). */

describe("RATE (五（三）, 七): 完成预算 / 未安排预算 / 全年预算 / reasons", () => {
  const item1 = (changes: Record<string, string | number | undefined>) => textOf(narrate({ inputs: inputsWith(changes) }), "s05.3.item.2010301");
  const head = "1．一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：支出决算为2142.76万元，";
  test.each([
    ["budget = actual", { "预算数：2010301": 2142.76 }, "完成预算100%。"],
    ["budget > actual, reason given", { "预算数：2010301": 2250, "预决算差异原因：2010301": "厉行节约" }, "完成预算95.23%，决算数小于预算数的主要原因是厉行节约。"],
    ["budget < actual, reason blank", { "预算数：2010301": 2000 }, "完成预算107.14%，决算数大于预算数的主要原因是【待补充：预决算差异原因】。"],
    ["zero budget (N-07)", { "预算数：2010301": 0, "预决算差异原因：2010301": "年中追加" }, "未安排预算，决算数大于预算数的主要原因是年中追加。"],
    ["年初 0, 全年 > 0", { "预算数：2010301": 0, "全年预算数：2010301": 2142.76 }, "完成全年预算的100%。"],
    ["only 全年预算", { "预算数：2010301": undefined, "全年预算数：2010301": 2200 }, "完成全年预算的97.4%，决算数小于预算数的主要原因是【待补充：预决算差异原因】。"],
    ["budget missing", { "预算数：2010301": undefined }, "完成预算【待补充：预算数：2010301】。"],
  ])("%s", (_name, changes, ending) => {
    expect(item1(changes)).toBe(head + ending);
  });

  test("the total's budget: a 合计 row when given, else the sum of every 项 budget", () => {
    expect(textOf(narrate({ inputs: inputsWith({ 一般公共预算财政拨款支出预算数: 4000 }) }), "s05.3.detail")).toBe(
      "（三）一般公共预算财政拨款支出决算具体情况。2021年一般公共预算支出决算数为3747.7万元，完成预算93.69%，决算数小于预算数的主要原因是【待补充：预决算差异原因】。其中：",
    );
    const n = narrate({ inputs: inputsWith({ "预算数：2010301": undefined }) });
    expect(textOf(n, "s05.3.detail")).toContain("完成预算【待补充：一般公共预算财政拨款支出预算数】。其中：");
    expect(n.missingInputs.map((m) => m.label)).toEqual(["一般公共预算财政拨款支出预算数", "预算数：2010301"]);
  });

  test("T06's own 预算数 column wins over 补充信息", () => {
    const rows = T06_ROWS.map(([code, v, name]) => [code, { ...v, budget: code === "2010301" ? "2000.00" : v.total! }, name] as const);
    const n = narrate({ workbook: exampleWorkbook({ T06: codeTable("T06", rows, { unitName: UNIT }) }) });
    expect(textOf(n, "s05.3.item.2010301")).toContain("完成预算107.14%");
    expect(textOf(n, "s05.3.detail")).toContain("完成预算100%");
  });
});

describe("LIST: zero categories, listZeroCategories, 尾差 note", () => {
  test("二 leaves zero categories out by default and lists all 8 on request", () => {
    expect(textOf(narrate(), "s02.income")).not.toContain("事业收入");
    const all = textOf(narrate({ options: { listZeroCategories: true } }), "s02.income");
    expect(all).toContain("；国有资本经营预算财政拨款收入0万元，占0%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入2.01万元，占0.05%。");
  });

  test("三 lists the T03 合计 columns; with listZeroCategories all five", () => {
    expect(textOf(narrate({ options: { listZeroCategories: true } }), "s03.expenditure")).toBe(
      "2021年本年支出合计3831.87万元，其中：基本支出3187.51万元，占83.18%；项目支出644.36万元，占16.82%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。",
    );
  });

  test("nothing to list: the sentence ends after the total", () => {
    const t01 = summaryTable("T01", { income: [["本年收入合计", "0.00"], ["总计", "0.00"]], expenditure: [["本年支出合计", "0.00"], ["总计", "0.00"]] });
    expect(textOf(narrate({ workbook: exampleWorkbook({ T01: t01 }) }), "s02.income")).toBe("2021年本年收入合计0万元。");
  });

  test.each([
    ["shares summing to 99.99%: note", ["1.00", "1.00", "1.00"], true],
    ["shares summing to 100%: no note", ["1.00", "1.00", "2.00"], false],
  ])("shareResidueNote, %s", (_name, [a, b, c], noted) => {
    const total = (Number(a) + Number(b) + Number(c)).toFixed(2);
    const t03 = codeTable("T03", [["合计", { total, basic: a, project: b, toSuperior: c }]]);
    const t01 = summaryTable("T01", { income: [["总计", total]], expenditure: [["本年支出合计", total], ["总计", total]] });
    const text = textOf(narrate({ workbook: exampleWorkbook({ T01: t01, T03: t03 }), options: { shareResidueNote: true } }), "s03.expenditure");
    expect(text.endsWith("。因四舍五入，合计可能存在尾差。")).toBe(noted);
  });
});

describe("八/九: empty funds and zeroFundStyle", () => {
  const empty11 = codeTable("T11", [["合计", { opening: "", income: "", expTotal: "", closing: "" }]]);
  const t04NoFund = summaryTable("T04", {
    income: [["政府性基金预算财政拨款", "0.00"], ["总计", "3848.87"]],
    expenditure: [["本年支出合计", { total: "3747.70", gpb: "3747.70", gfb: "0.00", socb: "0.00" }]],
  });
  test.each([
    ["absence (default)", {}, "攀枝花市人民政府办公室2021年度无政府性基金预算财政拨款收入和支出。"],
    ["amount", { zeroFundStyle: "amount" as const }, "2021年政府性基金预算财政拨款支出0万元。"],
  ])("empty 政府性基金: %s", (_name, options, expected) => {
    expect(textOf(narrate({ workbook: exampleWorkbook({ T11: empty11, T04: t04NoFund }), options }), "s08.govFund")).toBe(expected);
  });

  test("spending 0 with a carry-over is not empty: amount sentence", () => {
    const carry = codeTable("T11", [["合计", { opening: "5.00", income: "", expTotal: "", closing: "5.00" }]]);
    expect(textOf(narrate({ workbook: exampleWorkbook({ T11: carry, T04: t04NoFund }) }), "s08.govFund")).toBe("2021年政府性基金预算财政拨款支出0万元。");
  });

  test("without T11 the amount comes from T04's 政府性基金 column", () => {
    expect(textOf(narrate({ workbook: exampleWorkbook({ T11: undefined }) }), "s08.govFund")).toBe("2021年政府性基金预算财政拨款支出82.16万元。");
  });

  test("九 from T14 when T13 is absent", () => {
    const t14 = codeTable("T14", [["合计", { total: "12.50", basic: "", project: "12.50" }]]);
    expect(textOf(narrate({ workbook: exampleWorkbook({ T13: undefined, T14: t14 }) }), "s09.stateCapital")).toBe("2021年国有资本经营预算财政拨款支出12.5万元。");
  });
});

describe("六: panels", () => {
  test("a zero panel reads 人员经费0万元。", () => {
    const t08 = basicTable([["30101", "0.00", "基本工资"]], [["30201", "10.00", "办公费"]], { personnel: "0.00", publicFunds: "10.00" });
    const n = narrate({ workbook: exampleWorkbook({ T08: t08 }) });
    expect(textOf(n, "s06.personnel")).toBe("人员经费0万元。");
    expect(textOf(n, "s06.publicFunds")).toBe("公用经费10万元，主要包括：办公费等。");
  });

  test("without a 基本支出合计 row, the total is T06.合计.basic", () => {
    expect(textOf(narrate(), "s06.basic")).toBe("2021年一般公共预算财政拨款基本支出3187.51万元，其中：");
  });
});

describe("七: zero 三公, heading forms, statistics", () => {
  const zero = zeroSanGongTable("T10");

  test("entirely zero: absence sentence, no shares, no chart line, every item still written (N-14)", () => {
    const n = narrate({
      workbook: exampleWorkbook({ T10: zero }),
      inputs: inputsWith({ 上年公务用车购置及运行维护费: 0, 上年公务接待费: 0, 国内公务接待支出: 0, 国内公务接待批次: 0, 国内公务接待人次: 0, 公务用车保有量: 0, "公务用车保有量（轿车）": undefined, "公务用车保有量（越野车）": undefined, "公务用车保有量（载客汽车）": undefined }),
      options: { chartPlaceholderLines: true },
    });
    expect(textOf(n, "s07.1.overall")).toBe("攀枝花市人民政府办公室2021年度无“三公”经费财政拨款支出。");
    expect(textOf(n, "s07.2.summary")).toBe("2021年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算0万元；公务接待费支出决算0万元。具体情况如下：");
    expect(n.paragraphs.some((p) => p.id === "fig7")).toBe(false);
    expect(textOf(n, "s07.2.abroad")).toBe("1．因公出国（境）经费支出0万元，未安排预算。全年安排因公出国（境）团组0次，出国（境）0人。");
    expect(textOf(n, "s07.2.vehicle")).toBe("2．公务用车购置及运行维护费支出0万元，未安排预算。公务用车购置及运行维护费支出决算与2020年持平。主要原因是公务活动增加。");
    expect(textOf(n, "s07.2.vehicleOperation")).toBe("公务用车运行维护费支出0万元。");
    expect(textOf(n, "s07.2.vehiclePurchase")).toContain("截至2021年12月底，单位共有公务用车0辆，其中：轿车0辆、越野车0辆、载客汽车0辆。");
    expect(textOf(n, "s07.2.receptionDomestic")).toBe("国内公务接待支出0万元，国内公务接待0批次，0人次（不包括陪同人员），共计支出0万元。");
    expect(n.missingInputs).toEqual([]);
  });

  test.each([
    ["sichuan14", "七、“三公”经费财政拨款支出决算情况说明"],
    ["sichuan13", "七、财政拨款“三公”经费支出决算情况说明"],
  ] as const)("heading form %s", (style, heading) => {
    expect(textOf(narrate({ options: { headingStyle: style } }), "s07.heading")).toBe(heading);
  });

  test("missing statistics are placeholders; 国内 is derived from 公务接待费 − 外事", () => {
    const n = narrate({ inputs: inputsWith({ "因公出国（境）团组数": undefined, 国内公务接待支出: undefined }) });
    expect(textOf(n, "s07.2.abroad")).toContain("全年安排因公出国（境）团组【待补充：因公出国（境）团组数】次");
    expect(textOf(n, "s07.2.receptionDomestic").startsWith("国内公务接待支出0.55万元，")).toBe(true);
  });

  test("T10 variant B statistics fill in for missing inputs", () => {
    const t10 = { ...sanGongTable("T10", { sgTotal: { actual: "1.00", budget: "1.00" }, abroad: { actual: "1.00", budget: "1.00" } }), stats: { abroadGroups: { value: 2, ref: { sheet: "公开10表", row: 20, col: 1 } } } };
    const n = narrate({ workbook: exampleWorkbook({ T10: t10 }), inputs: inputsWith({ "因公出国（境）团组数": undefined }) });
    expect(textOf(n, "s07.2.abroad")).toContain("全年安排因公出国（境）团组2次");
  });
});

describe("十: procurement, assets, performance", () => {
  test("no procurement: total 0 only", () => {
    expect(textOf(narrate({ inputs: inputsWith({ 政府采购支出总额: 0 }) }), "s10.2.procurement")).toBe("（二）政府采购支出情况。2021年，攀枝花市人民政府办公室政府采购支出总额0万元。");
  });

  test("zero vehicle uses are left out unless listZeroCategories", () => {
    const inputs = inputsWith({ 机要通信用车: 0, 应急保障用车: 13 });
    expect(textOf(narrate({ inputs }), "s10.3.assets")).toContain("其中：主要领导干部用车1辆、应急保障用车13辆、其他用车1辆，");
    expect(textOf(narrate({ inputs, options: { listZeroCategories: true } }), "s10.3.assets")).toContain("其中：主要领导干部用车1辆、机要通信用车0辆、应急保障用车13辆、其他用车1辆，");
  });

  test("performance: free text wins; nothing given → placeholder", () => {
    expect(textOf(narrate({ inputs: inputsWith({ 预算绩效管理情况: "本年开展了绩效自评。" }) }), "s10.4.performance")).toBe("（四）预算绩效管理情况。本年开展了绩效自评。");
    const none = inputsWith({ 事前绩效评估项目数: undefined, 绩效目标项目数: undefined, 绩效监控项目数: undefined, 绩效自评项目数: undefined });
    expect(textOf(narrate({ inputs: none }), "s10.4.performance")).toBe("（四）预算绩效管理情况。【待补充：预算绩效管理情况】");
  });
});

describe("options and context", () => {
  test("keepTrailingZeros applies to every amount and percentage", () => {
    const n = narrate({ options: { keepTrailingZeros: true } });
    expect(textOf(n, "s01.totals")).toContain("各减少689.90万元，下降15.19%");
    expect(textOf(n, "s04.fiscalTotals")).toContain("下降15.00%");
    expect(textOf(n, "s02.income")).toContain("本年收入合计3789.00万元");
    expect(textOf(n, "s07.2.reception")).toContain("下降46.60%");
  });

  test("no year anywhere: placeholders, listed once", () => {
    const n = narrate({ inputs: inputsWith({ 决算年度: undefined }) });
    expect(textOf(n, "part.heading")).toBe("第二部分\u3000【待补充：决算年度】年度部门决算情况说明");
    expect(textOf(n, "s01.totals")).toContain("与【待补充：决算年度】年相比");
    expect(n.missingInputs.filter((m) => m.key === "year")).toHaveLength(1);
  });

  test("unit name: 补充信息 overrides 编制单位; the option overrides both", () => {
    expect(textOf(narrate({ inputs: inputsWith({ 单位名称: "某单位" }) }), "s10.3.assets")).toContain("某单位共有车辆");
    expect(textOf(narrate({ inputs: inputsWith({ 单位名称: undefined }) }), "s10.3.assets")).toContain(`${UNIT}共有车辆`);
    expect(textOf(narrate({ options: { unitName: "甲" } }), "s10.3.assets")).toContain("甲共有车辆");
  });

  test("a missing table becomes placeholders naming the table, never a crash", () => {
    const n = narrate({ workbook: exampleWorkbook({ T01: undefined }) });
    expect(textOf(n, "s01.totals")).toBe("2021年度收、支总计【待补充：公开01表 总计】万元。");
    expect(n.missingInputs.map((m) => m.label)).toEqual(expect.arrayContaining(["公开01表 总计", "公开01表 本年收入合计", "公开01表 本年支出合计"]));
    expect(paragraph(n, "s03.expenditure").text).toContain("【待补充：公开01表 本年支出合计】");
  });
});
