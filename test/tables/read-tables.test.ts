import { readWorkbook, codeRow, incomeRow, expenditureRow, T01_INCOME, T04_INCOME } from "../../src/core/tables";
import { formatRef } from "../../src/core/cells";
import { rawSheet } from "../helpers/raw-sheet-builder";

const t01 = rawSheet("附表1", [
  ["收入支出决算总表"],
  [null, null, null, null, null, "公开01表"],
  ["编制单位：测试单位", null, null, null, null, "金额单位：万元"],
  ["收入", null, null, "支出"],
  ["项目", "行次", "金额", "项目", "行次", "金额"],
  ["栏次", null, 1, "栏次", null, 2],
  ["一、一般公共预算财政拨款收入", 1, 3704.83, "一、一般公共服务支出", 32, 2694.18],
  ["二、政府性基金预算财政拨款收入", 2, 82.16, "二、科学技术支出", 33, "181.40"],
  ["八、其他收入", 8, 2.01, "三、城乡社区支出", 34, "-"],
  ["本年收入合计", 9, 3789, "本年支出合计", 57, 3831.87],
  ["使用非财政拨款结余", 10, null, "结余分配", 58, null],
  ["年初结转和结余", 11, 61.88, "年末结转和结余", 59, 19.01],
  ["总计", 12, 3850.88, "总计", 60, 3850.88],
  ["注：本表反映部门本年度的总收支和年末结转结余情况。"],
]);

describe("T01 summary reader", () => {
  const wb = readWorkbook([t01]);
  const t = wb.tables.T01!;
  it("finds the table by title and reads the unit and 编制单位", () => {
    expect(t.sheet).toBe("附表1");
    expect(t.numberLabel).toBe("公开01表");
    expect(t.unit).toBe("万元");
    expect(t.unitName).toBe("测试单位");
  });
  it("reads both panels with canonical labels and source cells", () => {
    const gpb = incomeRow(t, T01_INCOME.gpb)!;
    expect(gpb.values.amount!.micros).toBe(3_704_830_000);
    expect(formatRef(gpb.values.amount!.ref!)).toBe("附表1!C7");
    expect(incomeRow(t, T01_INCOME.opening)!.values.amount!.micros).toBe(61_880_000);
    const sci = expenditureRow(t, "科学技术支出")!;
    expect(sci.classCode).toBe("206");
    expect(sci.values.amount!.micros).toBe(181_400_000);
    expect(expenditureRow(t, "城乡社区支出")!.values.amount!.micros).toBe(0);
    expect(expenditureRow(t, "总计")!.values.amount!.micros).toBe(3_850_880_000);
  });
  it("keeps the note and reports the missing tables", () => {
    expect(t.notes[0]!.text).toContain("注：本表反映");
    expect(wb.issues.filter((i) => i.code === "table-missing").length).toBeGreaterThan(5);
  });
});

describe("T04 summary reader", () => {
  const t04 = rawSheet("财政拨款总表", [
    ["公开04表　财政拨款收入支出决算总表"],
    ["单位：万元"],
    ["收入", null, "支出"],
    ["项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    ["一、一般公共预算财政拨款", 3704.83, "一般公共服务支出", 2694.18, 2694.18, null, null],
    ["二、政府性基金预算财政拨款", 82.16, "城乡社区支出", 82.16, null, 82.16, null],
    ["三、国有资本经营预算财政拨款", null, null],
    ["本年收入合计", 3786.99, "本年支出合计", 3829.86, 3747.7, 82.16, 0],
    ["年初财政拨款结转和结余", 61.88, "年末财政拨款结转和结余", 19.01, 19.01, 0, 0],
    ["一般公共预算财政拨款", 61.88],
    ["政府性基金预算财政拨款", 0],
    ["国有资本经营预算财政拨款", 0],
    ["总计", 3848.87, "总计", 3848.87, 3766.71, 82.16, 0],
  ]);
  const t = readWorkbook([t04]).tables.T04!;
  it("tells the 年初 sub-rows from the income rows by position", () => {
    expect(incomeRow(t, T04_INCOME.gpb)!.values.amount!.micros).toBe(3_704_830_000);
    expect(incomeRow(t, T04_INCOME.gpb, "opening")!.values.amount!.micros).toBe(61_880_000);
    expect(incomeRow(t, T04_INCOME.gfb, "opening")!.values.amount!.micros).toBe(0);
  });
  it("reads fund columns of the expenditure panel", () => {
    const closing = expenditureRow(t, "年末财政拨款结转和结余")!;
    expect(closing.values.gpb!.micros).toBe(19_010_000);
    expect(expenditureRow(t, "城乡社区支出")!.values.gfb!.micros).toBe(82_160_000);
  });
});

describe("coded reader (T06, split and whole codes)", () => {
  const split = rawSheet("公开06表", [
    ["一般公共预算财政拨款支出决算表"],
    ["编制单位：测试单位", null, null, null, null, "金额单位：万元"],
    ["项目", null, null, null, "本年支出"],
    ["科目编码", null, null, "科目名称", "合计", "基本支出", "项目支出"],
    ["类", "款", "项"],
    ["栏次", null, null, null, 1, 2, 3],
    ["合计", null, null, null, 2182.18, 2142.76, 39.42],
    ["201", null, null, "一般公共服务支出", 2182.18, 2142.76, 39.42],
    ["201", "03", null, "政府办公厅（室）及相关机构事务", 2182.18, 2142.76, 39.42],
    ["201", "03", "01", "行政运行", 2142.76, 2142.76, null],
    [null, 3, 50, "事业运行", 39.42, null, 39.42],
  ]);
  const t = readWorkbook([split]).tables.T06!;
  it("composes split codes, pads numeric parts and inherits blank 类", () => {
    expect(t.rows.map((r) => r.code)).toEqual([null, "201", "20103", "2010301", "2010350"]);
    expect(codeRow(t, "2010350")!.values.project!.micros).toBe(39_420_000);
    expect(t.total!.values.basic!.micros).toBe(2_142_760_000);
    expect(t.domain).toBe("functional");
  });
  it("maps header paths to roles", () => {
    expect(t.columns.filter((c) => ["total", "basic", "project"].includes(c.role)).map((c) => c.role)).toEqual(["total", "basic", "project"]);
  });

  it("reads whole 7-digit codes, text amounts and a used range starting at C5", () => {
    const whole = rawSheet(
      "Sheet3",
      [
        ["一般公共预算财政拨款支出决算表"],
        ["单位：元"],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["合计", null, "21,427,600.00", "21,427,600.00", "-"],
        ["201", "一般公共服务支出", "21,427,600.00", "21,427,600.00", "-"],
        ["20103", "政府办公厅（室）及相关机构事务", "21,427,600.00", "21,427,600.00", "-"],
        ["2010301", "行政运行", "21,427,600.00", "21,427,600.00", "-"],
      ],
      { origin: { row: 4, col: 2 } },
    );
    const w = readWorkbook([whole]).tables.T06!;
    const item = codeRow(w, "2010301")!;
    expect(item.values.total!.micros).toBe(2_142_760_000);
    expect(formatRef(item.ref)).toBe("Sheet3!C11");
    expect(w.unit).toBe("元");
  });

  it("reports text in a number cell and a code without its parent", () => {
    const bad = rawSheet("T", [
      ["一般公共预算财政拨款支出决算表"],
      ["单位：万元"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, "abc", 1, null],
      ["2010301", "行政运行", 1, 1, null],
    ]);
    const wb = readWorkbook([bad]);
    const codes = wb.issues.map((i) => i.code);
    expect(codes).toContain("text-in-number");
    expect(codes).toContain("code-hierarchy");
    expect(wb.issues.find((i) => i.code === "text-in-number")!.message).toContain("T!C4");
  });
});

describe("T08 basic reader", () => {
  const t08 = rawSheet("公开08表", [
    ["一般公共预算财政拨款基本支出决算表"],
    ["金额单位：万元"],
    ["人员经费", null, null, "公用经费"],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", 100, "302", "商品和服务支出", 30],
    ["30101", "基本工资", 100, "30201", "办公费", 30],
    ["303", "对个人和家庭的补助", 5, null, null, null],
    ["30305", "生活补助", 5, null, null, null],
    ["人员经费合计", null, 105, "公用经费合计", null, 30],
  ]);
  const t = readWorkbook([t08]).tables.T08!;
  it("reads both panels and their footers", () => {
    expect(t.personnel.rows.map((r) => r.code)).toEqual(["301", "30101", "303", "30305"]);
    expect(t.publicFunds.rows.map((r) => r.code)).toEqual(["302", "30201"]);
    expect(t.personnel.total!.micros).toBe(105_000_000);
    expect(t.publicFunds.total!.micros).toBe(30_000_000);
  });
});

describe("三公 reader", () => {
  it("reads the horizontal variant A", () => {
    const s = rawSheet("公开10表", [
      ["一般公共预算财政拨款“三公”经费支出决算表"],
      ["金额单位：万元"],
      ["财政拨款“三公”经费"],
      ["合计", null, "因公出国（境）费", null, "公务用车购置及运行维护费", null, null, null, null, null, "公务接待费"],
      [null, null, null, null, "小计", null, "公务用车购置费", null, "公务用车运行维护费", null, null],
      ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"],
      [50.69, 50.69, null, null, 50.14, 50.14, null, null, 50.14, 50.14, 0.55, 0.55],
    ], {
      merges: [
        { top: 2, left: 0, bottom: 2, right: 11 },
        { top: 3, left: 0, bottom: 4, right: 1 },
        { top: 3, left: 2, bottom: 4, right: 3 },
        { top: 3, left: 4, bottom: 3, right: 9 },
        { top: 4, left: 4, bottom: 4, right: 5 },
        { top: 4, left: 6, bottom: 4, right: 7 },
        { top: 4, left: 8, bottom: 4, right: 9 },
        { top: 3, left: 10, bottom: 4, right: 11 },
      ],
    });
    const t = readWorkbook([s]).tables.T10!;
    expect(t.variant).toBe("horizontal");
    expect(t.items.sgTotal!.actual!.micros).toBe(50_690_000);
    expect(t.items.vehicle!.budget!.micros).toBe(50_140_000);
    expect(t.items.vehicleOperation!.actual!.micros).toBe(50_140_000);
    expect(t.items.vehiclePurchase!.actual!.micros).toBe(0);
    expect(t.items.reception!.actual!.micros).toBe(550_000);
  });
  it("reads the vertical variant B with statistics", () => {
    const s = rawSheet("三公", [
      ["财政拨款“三公”经费支出决算表"],
      ["单位：万元"],
      ["项目", "预算数", "决算数"],
      ["一、支出合计", 50.69, 50.69],
      ["1.因公出国（境）费", 0, 0],
      ["2.公务用车购置及运行费", 50.14, 50.14],
      ["(1)公务用车运行维护费", 50.14, 50.14],
      ["(2)公务用车购置", 0, 0],
      ["3.公务接待费", 0.55, 0.55],
      ["二、相关统计数", null, null],
      ["1.因公出国（境）团组数（个）", null, 0],
      ["2.公务用车保有量（辆）", null, 15],
      ["3.国内公务接待批次（个）", null, 4],
    ]);
    const wb = readWorkbook([s]);
    const t = wb.tables.T10!;
    expect(t.variant).toBe("vertical");
    expect(t.items.vehicleOperation!.actual!.micros).toBe(50_140_000);
    expect(t.items.vehiclePurchase!.budget!.micros).toBe(0);
    expect(t.stats.vehicleFleet!.value).toBe(15);
    expect(t.stats.receptionDomesticBatches!.value).toBe(4);
    expect(wb.sanGongScope).toBe("allFiscal");
  });
});

describe("workbook-level issues", () => {
  it("reports two sheets claiming one table and keeps the first", () => {
    const wb = readWorkbook([t01, { ...t01, name: "副本" }]);
    const dup = wb.issues.find((i) => i.code === "table-duplicate")!;
    expect(dup.message).toContain("副本");
    expect(wb.tables.T01!.sheet).toBe("附表1");
  });
  it("an empty workbook gives a clear issue, not a crash", () => {
    const wb = readWorkbook([]);
    expect(wb.family).toBe("unknown");
    expect(wb.issues.some((i) => i.code === "no-tables")).toBe(true);
  });
  it("never matches a title by substring (T01 is a suffix of T04)", () => {
    const wb = readWorkbook([rawSheet("x", [["财政拨款收入支出决算总表"], ["单位：万元"], ["项目", "金额"]])]);
    expect(wb.tables.T04).toBeDefined();
    expect(wb.tables.T01).toBeUndefined();
  });
});

describe("T08 with both parts in one column block", () => {
  const stacked = rawSheet("公开08表", [
    ["一般公共预算财政拨款基本支出决算表"],
    ["金额单位：万元"],
    ["科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", 100],
    ["30101", "基本工资", 100],
    ["303", "对个人和家庭的补助", 5],
    ["30305", "生活补助", 5],
    ["人员经费合计", null, 105],
    ["302", "商品和服务支出", 30],
    ["30201", "办公费", 30],
    ["公用经费合计", null, 30],
  ]);
  it("splits rows into 人员经费 (301/303) and 公用经费 by class, with both footers", () => {
    const t = readWorkbook([stacked]).tables.T08!;
    expect(t.personnel.rows.map((r) => r.code)).toEqual(["301", "30101", "303", "30305"]);
    expect(t.publicFunds.rows.map((r) => r.code)).toEqual(["302", "30201"]);
    expect(t.personnel.total!.micros).toBe(105_000_000);
    expect(t.publicFunds.total!.micros).toBe(30_000_000);
  });
});

describe("titles with a unit name and year before them", () => {
  const title = (text: string) => readWorkbook([rawSheet("S", [[text], ["单位：万元"], ["项目", "金额"]])]);
  it.each([
    ["2021年度攀枝花市人民政府办公室收入支出决算总表", "T01"],
    ["攀枝花市第一小学2021年度财政拨款收入支出决算总表", "T04"],
    ["某某幼儿园收入决算表", "T02"],
  ])("%s → %s", (text, id) => {
    expect(Object.keys(title(text).tables)).toEqual([id]);
  });
  it("a prefix that is not a unit or year does not make a title (政府性基金收入决算表 is not T02)", () => {
    expect(Object.keys(title("政府性基金收入决算表").tables)).toEqual([]);
  });
});
