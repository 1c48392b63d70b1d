/**
 * The 2021 部门决算 of 攀枝花市人民政府办公室 (shared/seed/000_b9a6394348fdc04a.txt) as sample
 * figures. Every figure the disclosure states is used exactly as published; where it states only
 * totals, the detail is invented but plausible and adds up. The invented parts:
 * - the basic/project split per 项: each 项 is wholly basic or wholly project; the project 项 are
 *   the ones whose name says project work (一般行政管理事务, 招商引资, 其他…支出, 儿童福利,
 *   防灾减灾) and they add up to exactly 560.19 = 3747.70 − 3187.51;
 * - the 政府性基金 spending 82.16 sits in 城乡社区支出 (the 附件 says so) under
 *   2120899 其他国有土地使用权出让收入安排的支出 (the 项 is a guess);
 * - 其他收入 2.01 is spent as project money in 2010302, so T03.项目支出 = 560.19 + 82.16 + 2.01
 *   = 644.36 as published;
 * - the 一般公共预算 carry-over (年初 61.88 − 年末 19.01 = 42.87) is spent in 2010302, which is
 *   why T02 shows less 财政拨款收入 there than T06 shows spending;
 * - the T08 and T07 经济分类 amounts (names as the disclosure lists them), and the 上年因公出国（境）费 0.
 */
import { classLabel, ECONOMIC_CLASSES, ECONOMIC_ITEMS, FUNCTIONAL_CLASSES, FUNCTIONAL_SECTIONS } from "./codebook";
import {
  cents,
  type BasicProjectValues,
  type Cents,
  type CodedRow,
  type CodedTable,
  type ExpenditureValues,
  type FundFlowValues,
  type FundValues,
  type IncomeValues,
  type SampleFigures,
  type SanGongFigures,
  type SanGongValues,
  type SupplementaryEntry,
} from "./figures";
import { addFields, rollUp } from "./roll-up";

const UNIT_NAME = "攀枝花市人民政府办公室";
const YEAR = 2021;

/** One 项 with its money by source; the base of T02, T03, T05, T06, T09 and T11. */
interface FunctionalLeaf {
  readonly code: string;
  readonly name: string;
  readonly gpbBasic: Cents;
  readonly gpbProject: Cents;
  readonly gfbProject: Cents;
  /** Non-fiscal (其他收入) project spending. */
  readonly otherProject: Cents;
  /** 一般公共预算 spending paid from the net carry-over (年初 − 年末) rather than this year's income. */
  readonly gpbFromCarryOver: Cents;
}

function leaf(code: string, name: string, basic: number, project: number, extra: Partial<FunctionalLeaf> = {}): FunctionalLeaf {
  return {
    code,
    name,
    gpbBasic: cents(basic),
    gpbProject: cents(project),
    gfbProject: 0,
    otherProject: 0,
    gpbFromCarryOver: 0,
    ...extra,
  };
}

/** The 15 项 of narrative.md §5 五（三） (codes: tables.md §7.2) plus the 政府性基金 项. */
const LEAVES: readonly FunctionalLeaf[] = [
  leaf("2010301", "行政运行", 2142.76, 0),
  leaf("2010302", "一般行政管理事务", 0, 466.68, { otherProject: cents(2.01), gpbFromCarryOver: cents(42.87) }),
  leaf("2010350", "事业运行", 35.42, 0),
  leaf("2011308", "招商引资", 0, 40),
  leaf("2013299", "其他组织事务支出", 0, 9.32),
  leaf("2060101", "行政运行", 155.14, 0),
  leaf("2060199", "其他科学技术管理事务支出", 0, 26.26),
  leaf("2080199", "其他人力资源和社会保障管理事务支出", 0, 4),
  leaf("2080501", "行政单位离退休", 414.16, 0),
  leaf("2080505", "机关事业单位基本养老保险缴费支出", 161.73, 0),
  leaf("2080802", "死亡抚恤", 82.17, 0),
  leaf("2081001", "儿童福利", 0, 1),
  leaf("2120899", "其他国有土地使用权出让收入安排的支出", 0, 0, { gfbProject: cents(82.16) }),
  leaf("2130234", "林业草原防灾减灾", 0, 6.34),
  leaf("2210201", "住房公积金", 196.13, 0),
  leaf("2240399", "其他森林消防事务支出", 0, 6.59),
];

function functionalName(code: string): string {
  if (code.length === 3) return classLabel(code);
  const name = FUNCTIONAL_SECTIONS[code];
  if (!name) throw new Error(`no name for 款 ${code}`);
  return name;
}

function economicName(code: string): string {
  const name = code.length === 3 ? ECONOMIC_CLASSES[code] : ECONOMIC_ITEMS[code];
  if (!name) throw new Error(`no name for 经济分类 ${code}`);
  return name;
}

function functionalTable<V extends object>(zero: V, valuesOf: (l: FunctionalLeaf) => V | null): CodedTable<V> {
  const leaves: CodedRow<V>[] = [];
  for (const l of LEAVES) {
    const values = valuesOf(l);
    if (values) leaves.push({ code: l.code, name: l.name, values });
  }
  return rollUp(leaves, { zero, add: addFields, nameOf: functionalName });
}

const gpb = (l: FunctionalLeaf): Cents => l.gpbBasic + l.gpbProject;

const ZERO_INCOME: IncomeValues = { total: 0, fiscal: 0, superior: 0, business: 0, operating: 0, affiliated: 0, other: 0 };
const ZERO_EXP: ExpenditureValues = { total: 0, basic: 0, project: 0, toSuperior: 0, operatingExp: 0, toAffiliated: 0 };
const ZERO_FUNDS: FundValues = { total: 0, gpb: 0, gfb: 0, socb: 0 };
const ZERO_BP: BasicProjectValues = { total: 0, basic: 0, project: 0 };
const ZERO_FLOW: FundFlowValues = { opening: 0, income: 0, expTotal: 0, basic: 0, project: 0, closing: 0 };

const T02 = functionalTable(ZERO_INCOME, (l) => {
  const fiscal = gpb(l) - l.gpbFromCarryOver + l.gfbProject;
  return { ...ZERO_INCOME, total: fiscal + l.otherProject, fiscal, other: l.otherProject };
});

const T03 = functionalTable(ZERO_EXP, (l) => {
  const project = l.gpbProject + l.gfbProject + l.otherProject;
  return { ...ZERO_EXP, total: l.gpbBasic + project, basic: l.gpbBasic, project };
});

const T05 = functionalTable(ZERO_FUNDS, (l) => ({ total: gpb(l) + l.gfbProject, gpb: gpb(l), gfb: l.gfbProject, socb: 0 }));

const T06 = functionalTable(ZERO_BP, (l) => (gpb(l) === 0 ? null : { total: gpb(l), basic: l.gpbBasic, project: l.gpbProject }));

const T09_BP = functionalTable(ZERO_BP, (l) => (l.gpbProject === 0 ? null : { total: l.gpbProject, basic: 0, project: l.gpbProject }));
const T09: CodedTable<Cents> = {
  total: T09_BP.total.total,
  rows: T09_BP.rows.map((r) => ({ code: r.code, name: r.name, values: r.values.total })),
};

const T11: CodedTable<FundFlowValues> = functionalTable(ZERO_FLOW, (l) =>
  l.gfbProject === 0 ? null : { opening: 0, income: l.gfbProject, expTotal: l.gfbProject, basic: 0, project: l.gfbProject, closing: 0 },
);

/** T08 人员经费 (names as narrative.md §5 六 lists them, amounts invented; Σ = 2670.44). */
const PERSONNEL: readonly (readonly [string, number])[] = [
  ["30101", 512.36],
  ["30102", 620.48],
  ["30103", 96.25],
  ["30107", 318.4],
  ["30108", 161.73], // = 2080505 机关事业单位基本养老保险缴费支出
  ["30110", 88.62],
  ["30111", 36.2],
  ["30112", 12.85],
  ["30113", 196.13], // = 2210201 住房公积金
  ["30199", 58.41],
  ["30301", 35.6],
  ["30305", 460.91],
  ["30307", 72.5],
];

/** T08 公用经费 (Σ = 517.07). 30231 is absent on purpose: the vehicle costs are project money. */
const PUBLIC_FUNDS: readonly (readonly [string, number])[] = [
  ["30201", 62.35],
  ["30205", 8.46],
  ["30206", 32.18],
  ["30207", 15.72],
  ["30209", 41.3],
  ["30211", 28.64],
  ["30213", 19.85],
  ["30214", 9],
  ["30217", 0.55], // = 公务接待费 决算数
  ["30226", 36.4],
  ["30228", 27.93],
  ["30229", 18.2],
  ["30239", 142.56],
  ["30299", 73.93],
];

/** 一般公共预算 项目支出 by 经济分类 (T07 project column; Σ = 560.19). */
const PROJECT_ECONOMIC: readonly (readonly [string, number])[] = [
  ["30201", 35.2],
  ["30202", 28.6],
  ["30209", 58.6], // 物业管理费项目 (附件)
  ["30211", 16.8],
  ["30213", 22.45],
  ["30215", 14.3],
  ["30216", 6.5],
  ["30226", 75.6], // 保安经费项目 (附件)
  ["30227", 180],
  ["30231", 50.14], // = 公务用车运行维护费 决算数
  ["30299", 22.4],
  ["30399", 1], // 儿童福利
  ["31002", 18.6],
  ["31007", 30],
];

function economicRows(items: readonly (readonly [string, number])[]): CodedRow<Cents>[] {
  return items.map(([code, value]) => ({ code, name: economicName(code), values: cents(value) }));
}

function panel(items: readonly (readonly [string, number])[]): CodedTable<Cents> {
  return rollUp(economicRows(items), { zero: 0, add: (a, b) => a + b, nameOf: economicName });
}

const PERSONNEL_PANEL = panel(PERSONNEL);
const PUBLIC_PANEL = panel(PUBLIC_FUNDS);

const T07 = rollUp<BasicProjectValues>(
  (() => {
    const byCode = new Map<string, { basic: Cents; project: Cents }>();
    const put = (code: string, field: "basic" | "project", v: Cents): void => {
      const cur = byCode.get(code) ?? { basic: 0, project: 0 };
      byCode.set(code, { ...cur, [field]: cur[field] + v });
    };
    for (const [code, v] of [...PERSONNEL, ...PUBLIC_FUNDS]) put(code, "basic", cents(v));
    for (const [code, v] of PROJECT_ECONOMIC) put(code, "project", cents(v));
    return [...byCode.entries()].map(([code, v]) => ({
      code,
      name: economicName(code),
      values: { total: v.basic + v.project, basic: v.basic, project: v.project },
    }));
  })(),
  { zero: ZERO_BP, add: addFields, nameOf: economicName },
);

function sanGong(v: Omit<SanGongValues, "vehicle" | "total">): SanGongValues {
  const vehicle = v.vehiclePurchase + v.vehicleOperation;
  return { ...v, vehicle, total: v.abroad + vehicle + v.reception };
}

const SAN_GONG_2021 = sanGong({ abroad: 0, vehiclePurchase: 0, vehicleOperation: cents(50.14), reception: cents(0.55) });

const T10: SanGongFigures = {
  // The disclosure states 完成预算100% for the total and both non-zero items, so budget = actual.
  budget: SAN_GONG_2021,
  actual: SAN_GONG_2021,
  receptionDomestic: cents(0.55),
  receptionForeign: 0,
  stats: {
    abroadGroups: 0,
    abroadPersons: 0,
    vehiclesBought: 0,
    vehicleFleet: 15,
    domesticReceptionBatches: 4,
    domesticReceptionPersons: 40,
    foreignReceptionBatches: 0,
    foreignReceptionPersons: 0,
  },
};

const ZERO_SAN_GONG = sanGong({ abroad: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 });

const T12: SanGongFigures = {
  budget: ZERO_SAN_GONG,
  actual: ZERO_SAN_GONG,
  receptionDomestic: 0,
  receptionForeign: 0,
  stats: {
    abroadGroups: 0,
    abroadPersons: 0,
    vehiclesBought: 0,
    vehicleFleet: 0,
    domesticReceptionBatches: 0,
    domesticReceptionPersons: 0,
    foreignReceptionBatches: 0,
    foreignReceptionPersons: 0,
  },
  emptyNote: "注：本单位无政府性基金预算财政拨款“三公”经费支出，故本表无数据。",
};

const SOCB_EMPTY_NOTE = "注：本单位无国有资本经营预算财政拨款收入和支出，故本表无数据。";

/** Class totals of a functional table, for the T01/T04 class lines (every class listed). */
function classValue<V>(table: CodedTable<V>, code: string, zero: V): V {
  return table.rows.find((r) => r.code === code)?.values ?? zero;
}

const amount = (label: string, value: number | string, remark?: string): SupplementaryEntry => ({
  label,
  value: { kind: "amount", cents: cents(value) },
  ...(remark ? { remark } : {}),
});
const count = (label: string, n: number, remark?: string): SupplementaryEntry => ({
  label,
  value: { kind: "count", n },
  ...(remark ? { remark } : {}),
});
const text = (label: string, t: string, remark?: string): SupplementaryEntry => ({
  label,
  value: { kind: "text", text: t },
  ...(remark ? { remark } : {}),
});

/** 补充信息 (narrative.md §2), canonical labels; texts verbatim from the disclosure. */
const SUPPLEMENTARY: readonly SupplementaryEntry[] = [
  count("决算年度", YEAR),
  text("单位名称", UNIT_NAME),
  amount("上年收支总计", 4540.77, "万元"),
  amount("上年财政拨款收支总计", 4528.01, "万元"),
  amount("上年一般公共预算财政拨款支出", 3726.87, "万元"),
  amount("上年因公出国（境）费", 0, "万元；原文未载，示例取0"),
  amount("上年公务用车购置及运行维护费", 48.66, "万元；50.14 − 1.48"),
  amount("上年公务接待费", 1.03, "万元；0.55 + 0.48"),
  amount("上年机关运行经费", 312.55, "万元；491.21 − 178.66"),
  amount("机关运行经费", 491.21, "万元"),
  amount("政府采购支出总额", 169.43, "万元"),
  amount("政府采购货物支出", 34.15, "万元"),
  amount("政府采购工程支出", 0, "万元"),
  amount("政府采购服务支出", 135.28, "万元"),
  amount("授予中小企业合同金额", 169.43, "万元"),
  amount("授予小微企业合同金额", 169.43, "万元"),
  count("因公出国（境）团组数", 0, "个"),
  count("因公出国（境）人次", 0, "人"),
  count("公务用车购置数", 0, "辆"),
  count("公务用车保有量", 15, "辆"),
  count("公务用车保有量（轿车）", 3, "辆"),
  count("公务用车保有量（越野车）", 11, "辆"),
  count("公务用车保有量（载客汽车）", 1, "辆"),
  amount("国内公务接待支出", 0.55, "万元"),
  count("国内公务接待批次", 4, "批次"),
  count("国内公务接待人次", 40, "人次（不包括陪同人员）"),
  amount("外事接待支出", 0, "万元"),
  count("外事接待批次", 0, "批次"),
  count("外事接待人次", 0, "人"),
  text("变动原因：收支总计", "项目经费减少"),
  text("变动原因：财政拨款收支总计", "项目经费减少"),
  text("变动原因：一般公共预算财政拨款支出", "人员增加"),
  text("变动原因：公务用车购置及运行维护费", "公务活动增加"),
  text("变动原因：公务接待费", "公务接待工作减少"),
  text("变动原因：机关运行经费", "调入人员较多，经费增加"),
  // The disclosure reports 完成预算100% for every 项, so each budget equals its amount.
  ...T06.rows.filter((r) => r.code.length === 7).map((r) => amount(`预算数：${r.code}`, r.values.total / 100, `万元；${r.name}`)),
  text("公务用车运行维护费主要用途", "机关日常服务工作和专项业务工作等所需的公务用车燃料费、维修费、过路过桥费、保险费等支出"),
  text("国内公务接待主要用途", "执行公务、开展业务活动开支的交通费、住宿费、用餐费等"),
  text(
    "国内公务接待具体内容",
    "攀枝花市人民政府办公室、攀枝花市大数据中心、攀枝花市地方志编纂中心接待省、其他市州来攀考察、学习、调研、督查等",
  ),
  text("政府采购主要用途", "疫情防控、全市网站集约化平台运维、网站督查评估、森林草原防灭火、安保等工作"),
  count("车辆总数", 15, "辆"),
  count("主要领导干部用车", 1, "辆"),
  count("机要通信用车", 1, "辆"),
  count("应急保障用车", 12, "辆"),
  count("其他用车", 1, "辆"),
  text("其他用车用途", "下乡调研、督查督办等业务工作"),
  count("单价50万元以上通用设备", 0, "台（套）"),
  count("单价100万元以上专用设备", 0, "台（套）"),
  text(
    "预算绩效管理情况",
    "根据预算绩效管理要求，本部门在2021年度预算编制阶段，组织对2021年攀枝花市政府网站在线访谈节目及相关微视频采购项目等19个项目开展了预算事前绩效评估，对16个项目编制了绩效目标，预算执行过程中，选取12个项目开展绩效监控，年终执行完毕后，对12个项目开展了绩效自评。同时，本部门对2021年部门整体开展绩效自评，《2021年攀枝花市人民政府办公室部门整体绩效评价报告》见附件（第四部分）。",
    "十（四）的全文；非规范标签，读取方可忽略",
  ),
];

/** The T01 carry-over figures: the only place where the two 2021 sets differ. */
interface CarryOver {
  readonly opening: Cents;
  readonly closing: Cents;
  readonly grandTotal: Cents;
}

function build2021(carry: CarryOver): SampleFigures {
  const incomeTotal = T02.total.total;
  return {
    year: YEAR,
    unitName: UNIT_NAME,
    t01: {
      income: {
        gpb: cents(3704.83),
        gfb: cents(82.16),
        socb: 0,
        superior: 0,
        business: 0,
        operating: 0,
        affiliated: 0,
        other: cents(2.01),
        total: incomeTotal,
        usedNonFiscalBalance: 0,
        opening: carry.opening,
        grandTotal: carry.grandTotal,
      },
      expenditure: {
        classes: FUNCTIONAL_CLASSES.map(([code]) => ({ code, label: classLabel(code), values: classValue(T03, code, ZERO_EXP).total })),
        total: T03.total.total,
        surplusAllocation: 0,
        closing: carry.closing,
        grandTotal: carry.grandTotal,
      },
    },
    t02: T02,
    t03: T03,
    t04: {
      income: {
        gpb: cents(3704.83),
        gfb: cents(82.16),
        socb: 0,
        total: cents(3786.99),
        opening: { total: cents(61.88), gpb: cents(61.88), gfb: 0, socb: 0 },
        grandTotal: cents(3848.87),
      },
      expenditure: {
        classes: FUNCTIONAL_CLASSES.map(([code]) => ({ code, label: classLabel(code), values: classValue(T05, code, ZERO_FUNDS) })),
        total: T05.total,
        closing: { total: cents(19.01), gpb: cents(19.01), gfb: 0, socb: 0 },
        grandTotal: { total: cents(3848.87), gpb: cents(3766.71), gfb: cents(82.16), socb: 0 },
      },
    },
    t05: T05,
    t06: T06,
    t07: T07,
    t08: {
      personnel: PERSONNEL_PANEL.rows,
      personnelTotal: PERSONNEL_PANEL.total,
      publicFunds: PUBLIC_PANEL.rows,
      publicFundsTotal: PUBLIC_PANEL.total,
    },
    t09: T09,
    t10: T10,
    t11: T11,
    t12: T12,
    t13: { total: ZERO_FLOW, rows: [], emptyNote: SOCB_EMPTY_NOTE },
    t14: { total: ZERO_BP, rows: [], emptyNote: SOCB_EMPTY_NOTE },
    supplementary: SUPPLEMENTARY,
  };
}

/**
 * Exactly as published, with its two 0.01 carry-over gaps (rules.md §6.1): T01 年初 61.87 and
 * 年末 19.00 against T04 年初 61.88 and 年末 19.01, T01 总计 3850.87.
 */
export const FIGURES_2021_PUBLISHED: SampleFigures = build2021({
  opening: cents(61.87),
  closing: cents(19.0),
  grandTotal: cents(3850.87),
});

/**
 * The published figures made consistent under every tie of rules.md §2–§3: all carry-over is
 * fiscal (年初 61.88, 年末 19.01), so T01 总计 = 3789 + 61.88 = 3831.87 + 19.01 = 3850.88.
 * The base of the test fixtures.
 */
export const FIGURES_2021_CONSISTENT: SampleFigures = build2021({
  opening: cents(61.88),
  closing: cents(19.01),
  grandTotal: cents(3850.88),
});
