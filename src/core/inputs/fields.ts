/**
 * The catalogue of 补充信息 rows (narrative.md §2): every figure or text the narrative needs that
 * the 14 tables do not hold. One entry per row of the sheet; the reader, the template and the
 * narrative's placeholders all take their labels from here, so a label is written in one place.
 */

import {
  SHANGHAI_CURRENT_FIELDS,
  SHANGHAI_OTHER_FIELDS,
  SHANGHAI_PRIOR_FIELDS,
  SHANGHAI_REASON_FIELDS,
  SHANGHAI_SAN_GONG_FIELDS,
} from "./fields-shanghai";

export type FieldKind = "year" | "amount" | "count" | "text";

export interface InputField {
  /** Stable key used by paragraphs (`inputs`, `missing`), e.g. "prior.t01Total". */
  readonly key: string;
  /** The canonical 项目 label, as the template writes it and placeholders show it. */
  readonly label: string;
  readonly kind: FieldKind;
  /** Other labels accepted for this row (compared after label normalisation, see labels.ts). */
  readonly synonyms?: readonly string[];
  /** One line of help for the accountant, shown in the template's 说明 column. */
  readonly hint: string;
  /** A row only one template asks for (its 补充信息 template lists it); absent = every template. */
  readonly only?: "sichuan" | "shanghai";
}

const f = (key: string, label: string, kind: FieldKind, hint: string, synonyms?: readonly string[]): InputField =>
  synonyms ? { key, label, kind, hint, synonyms } : { key, label, kind, hint };
/** A Sichuan-only row (the Shanghai template has no such sentence). */
const s = (field: InputField): InputField => ({ ...field, only: "sichuan" });

export const GENERAL_FIELDS: readonly InputField[] = [
  f("year", "决算年度", "year", "决算所属年度，如 2021", ["年度", "决算年份"]),
  f("unitName", "单位名称", "text", "情况说明中使用的单位名称；不填时取公开01表的编制单位", ["部门名称", "编制单位"]),
];

export const PRIOR_FIELDS: readonly InputField[] = [
  f("prior.t01Total", "上年收支总计", "amount", "上年度公开01表“总计”，万元（一、图1）", ["上年收入支出总计", "上年收支决算总计"]),
  f("prior.t04Total", "上年财政拨款收支总计", "amount", "上年度公开04表“总计”，万元（四、图4）", ["上年财政拨款收入支出总计"]),
  f("prior.t06Total", "上年一般公共预算财政拨款支出", "amount", "上年度公开06表“合计”，万元（五（一）、图5）", [
    "上年一般公共预算财政拨款支出决算",
  ]),
  f("prior.sg.abroad", "上年因公出国（境）费", "amount", "上年度“三公”经费中因公出国（境）费决算数，万元", ["上年因公出国（境）费用"]),
  f("prior.sg.vehicle", "上年公务用车购置及运行维护费", "amount", "上年度公务用车购置及运行维护费决算数，万元（七 2）"),
  f("prior.sg.reception", "上年公务接待费", "amount", "上年度公务接待费决算数，万元（七 3）"),
  f("prior.operatingFunds", "上年机关运行经费", "amount", "上年度机关运行经费支出，万元（十（一））", ["上年机关运行经费支出"]),
];

export const CURRENT_FIELDS: readonly InputField[] = [
  f("operatingFunds", "机关运行经费", "amount", "本年机关运行经费支出，万元（十（一））", ["机关运行经费支出"]),
  f("budget.t06Total", "一般公共预算财政拨款支出预算数", "amount", "公开06表无预算数栏时填写，万元（五（三））；上海模板为年初预算", [
    "预算数：一般公共预算财政拨款支出",
    "预算数：合计",
    "一般公共预算财政拨款支出年初预算数",
    "年初预算数：一般公共预算财政拨款支出",
    "年初预算数：合计",
  ]),
  s(f("budget.basis", "预算口径", "text", "填“年初”或“全年”：预算数为年初预算还是调整后的全年预算")),
  f("budget.sg.total", "“三公”经费预算数", "amount", "公开10表无预算数栏时填写，万元（七）", ["预算数：“三公”经费", "三公经费预算数"]),
  f("budget.sg.abroad", "因公出国（境）费预算数", "amount", "公开10表无预算数栏时填写；未安排预算填 0", ["预算数：因公出国（境）费"]),
  f("budget.sg.vehicle", "公务用车购置及运行维护费预算数", "amount", "公开10表无预算数栏时填写，万元", ["预算数：公务用车购置及运行维护费"]),
  f("budget.sg.reception", "公务接待费预算数", "amount", "公开10表无预算数栏时填写，万元", ["预算数：公务接待费"]),
];

export const SAN_GONG_FIELDS: readonly InputField[] = [
  f("sg.abroad.groups", "因公出国（境）团组数", "count", "全年安排因公出国（境）团组数（个）", ["因公出国（境）团组"]),
  f("sg.abroad.persons", "因公出国（境）人次", "count", "因公出国（境）人次（人）", ["出国（境）人数", "出国（境）人次"]),
  f("sg.vehicle.bought.total", "公务用车购置数", "count", "全年更新购置公务用车数（辆）", ["购置车辆数", "公务用车购置辆数"]),
  s(f("sg.vehicle.bought.sedan", "公务用车购置数（轿车）", "count", "其中轿车（辆）", ["购置轿车数"])),
  s(f("sg.vehicle.bought.sedanAmount", "公务用车购置金额（轿车）", "amount", "购置轿车金额，万元", ["购置轿车金额"])),
  s(f("sg.vehicle.bought.suv", "公务用车购置数（越野车）", "count", "其中越野车（辆）", ["购置越野车数"])),
  s(f("sg.vehicle.bought.suvAmount", "公务用车购置金额（越野车）", "amount", "购置越野车金额，万元", ["购置越野车金额"])),
  s(f("sg.vehicle.bought.bus", "公务用车购置数（载客汽车）", "count", "其中载客汽车（辆）", ["购置载客汽车数"])),
  s(f("sg.vehicle.bought.busAmount", "公务用车购置金额（载客汽车）", "amount", "购置载客汽车金额，万元", ["购置载客汽车金额"])),
  f("sg.vehicle.fleet.total", "公务用车保有量", "count", "截至年底公务用车保有量（辆）", ["公务用车保有数"]),
  s(f("sg.vehicle.fleet.sedan", "公务用车保有量（轿车）", "count", "其中轿车（辆）")),
  s(f("sg.vehicle.fleet.suv", "公务用车保有量（越野车）", "count", "其中越野车（辆）")),
  s(f("sg.vehicle.fleet.bus", "公务用车保有量（载客汽车）", "count", "其中载客汽车（辆）")),
  f("sg.vehicle.operationUse", "公务用车运行维护费主要用途", "text", "如：机关日常服务工作所需的公务用车燃料费、维修费、过路过桥费、保险费等支出"),
  f("sg.reception.domestic.amount", "国内公务接待支出", "amount", "万元；公开10表分列国内/外事时可不填", ["国内公务接待费"]),
  f("sg.reception.domestic.batches", "国内公务接待批次", "count", "批次"),
  f("sg.reception.domestic.persons", "国内公务接待人次", "count", "人次（不包括陪同人员）"),
  f("sg.reception.domestic.use", "国内公务接待主要用途", "text", "如：执行公务、开展业务活动开支的交通费、住宿费、用餐费等"),
  s(f("sg.reception.domestic.content", "国内公务接待具体内容", "text", "接待对象与事由，如：接待省、其他市州来考察、调研、督查等")),
  f("sg.reception.foreign.amount", "外事接待支出", "amount", "万元", ["外事接待费", "外宾接待支出"]),
  f("sg.reception.foreign.batches", "外事接待批次", "count", "批次", ["接待外宾批次"]),
  f("sg.reception.foreign.persons", "外事接待人次", "count", "人次", ["接待外宾人次"]),
];

export const OTHER_FIELDS: readonly InputField[] = [
  f("procurement.total", "政府采购支出总额", "amount", "万元；无政府采购填 0（十（二））", ["政府采购支出", "政府采购金额"]),
  f("procurement.goods", "政府采购货物支出", "amount", "万元", ["货物采购金额"]),
  f("procurement.works", "政府采购工程支出", "amount", "万元", ["工程采购金额"]),
  f("procurement.services", "政府采购服务支出", "amount", "万元", ["服务采购金额"]),
  s(f("procurement.use", "政府采购主要用途", "text", "如：疫情防控、平台运维等工作")),
  s(f("procurement.sme", "授予中小企业合同金额", "amount", "万元")),
  s(f("procurement.smallMicro", "授予小微企业合同金额", "amount", "万元")),
  f("assets.vehicles.total", "车辆总数", "count", "截至12月31日共有车辆（辆）（十（三））", ["共有车辆", "车辆数"]),
  f("assets.vehicles.leaders", "主要领导干部用车", "count", "辆"),
  f("assets.vehicles.confidential", "机要通信用车", "count", "辆"),
  f("assets.vehicles.emergency", "应急保障用车", "count", "辆"),
  f("assets.vehicles.enforcement", "执法执勤用车", "count", "辆（没有可不填）"),
  f("assets.vehicles.special", "特种专业技术用车", "count", "辆（没有可不填）"),
  f("assets.vehicles.retirees", "离退休干部服务用车", "count", "辆（没有可不填）", ["离退休干部用车"]),
  f("assets.vehicles.other", "其他用车", "count", "辆"),
  f("assets.vehicles.otherUse", "其他用车用途", "text", "如：下乡调研、督查督办等业务工作", ["其他用车主要用途"]),
  s(f("assets.generalEquip50", "单价50万元以上通用设备", "count", "台（套）")),
  s(f("assets.specialEquip100", "单价100万元以上专用设备", "count", "台（套）")),
  f("performance.text", "预算绩效管理情况", "text", "填写后整段使用此文字；不填则由下列项目数生成（十（四））"),
  s(f("performance.preEvaluation", "事前绩效评估项目数", "count", "个", ["预算事前绩效评估项目数"])),
  s(f("performance.preEvaluationExample", "事前绩效评估代表项目", "text", "可选：句中“组织对……等N个项目”所举项目名称")),
  f("performance.targets", "绩效目标项目数", "count", "编制绩效目标的项目数（个）"),
  s(f("performance.monitoring", "绩效监控项目数", "count", "个")),
  f("performance.selfEvaluation", "绩效自评项目数", "count", "个"),
  s(f("performance.reportTitle", "部门整体绩效评价报告", "text", "可选：部门整体绩效自评报告的标题（不含书名号）", ["部门整体绩效自评报告"])),
];

/** Year-over-year subjects that take a `变动原因：<subject>` row. */
export const REASON_FIELDS: readonly InputField[] = [
  f("reason.s1", "变动原因：收支总计", "text", "收、支总计比上年增减的主要原因（一）", ["变动原因：收入支出总计"]),
  f("reason.s4", "变动原因：财政拨款收支总计", "text", "财政拨款收、支总计增减的主要原因（四）", ["变动原因：财政拨款收入支出总计"]),
  f("reason.s5", "变动原因：一般公共预算财政拨款支出", "text", "一般公共预算财政拨款支出增减的主要原因（五（一））"),
  f("reason.sg.abroad", "变动原因：因公出国（境）费", "text", "可选（七 1）"),
  f("reason.sg.vehicle", "变动原因：公务用车购置及运行维护费", "text", "（七 2）"),
  f("reason.sg.reception", "变动原因：公务接待费", "text", "（七 3）"),
  f("reason.operatingFunds", "变动原因：机关运行经费", "text", "（十（一））"),
  f("reason.budget.t06Total", "预决算差异原因：一般公共预算财政拨款支出", "text", "决算数与预算数不一致时填写（五（三））"),
  f("reason.budget.sg.total", "预决算差异原因：“三公”经费", "text", "决算数与预算数不一致时填写（七）"),
  f("reason.budget.sg.abroad", "预决算差异原因：因公出国（境）费", "text", "决算数与预算数不一致时填写"),
  f("reason.budget.sg.vehicle", "预决算差异原因：公务用车购置及运行维护费", "text", "决算数与预算数不一致时填写"),
  f("reason.budget.sg.reception", "预决算差异原因：公务接待费", "text", "决算数与预算数不一致时填写"),
];

export {
  SHANGHAI_CURRENT_FIELDS,
  SHANGHAI_OTHER_FIELDS,
  SHANGHAI_PRIOR_FIELDS,
  SHANGHAI_REASON_FIELDS,
  SHANGHAI_SAN_GONG_FIELDS,
} from "./fields-shanghai";

export const ALL_FIELDS: readonly InputField[] = [
  ...GENERAL_FIELDS,
  ...PRIOR_FIELDS,
  ...SHANGHAI_PRIOR_FIELDS,
  ...CURRENT_FIELDS,
  ...SHANGHAI_CURRENT_FIELDS,
  ...SAN_GONG_FIELDS,
  ...SHANGHAI_SAN_GONG_FIELDS,
  ...OTHER_FIELDS,
  ...SHANGHAI_OTHER_FIELDS,
  ...REASON_FIELDS,
  ...SHANGHAI_REASON_FIELDS,
];

const BY_KEY: ReadonlyMap<string, InputField> = new Map(ALL_FIELDS.map((x) => [x.key, x]));

export function fieldByKey(key: string): InputField | undefined {
  return BY_KEY.get(key);
}

/**
 * Rows keyed by a 科目编码 (one per 项): `预算数：2010301`, `全年预算数：2010301`,
 * `预决算差异原因：2010301`. Their keys carry the code in brackets.
 */
export const CODED_PREFIXES = [
  { prefix: "预算数", keyBase: "budget.t06", kind: "amount", label: "预算数" },
  { prefix: "年初预算数", keyBase: "budget.t06", kind: "amount", label: "预算数" },
  { prefix: "全年预算数", keyBase: "budget.t06FullYear", kind: "amount", label: "全年预算数" },
  { prefix: "预决算差异原因", keyBase: "reason.budget", kind: "text", label: "预决算差异原因" },
  { prefix: "变动原因", keyBase: "reason.budget", kind: "text", label: "预决算差异原因" },
  // 五（三） of the Shanghai template: "主要用于：…" per 项.
  { prefix: "主要用于", keyBase: "use.t06", kind: "text", label: "主要用于" },
] as const;

export type CodedKeyBase = (typeof CODED_PREFIXES)[number]["keyBase"];

/** The row label a coded key is written with when it is asked for under `prefix` ("年初预算数：2010301"). */
export function codedLabel(prefix: (typeof CODED_PREFIXES)[number]["prefix"], code: string): string {
  return `${prefix}：${code}`;
}

/** "budget.t06[2010301]" */
export function codedKey(base: CodedKeyBase, code: string): string {
  return `${base}[${code}]`;
}

/**
 * Keys the narrative asks for that stand for several 补充信息 rows together (no row of their
 * own): named by what the user fills in, never by the internal key.
 */
const GROUP_LABELS: Readonly<Record<string, string>> = {
  "assets.vehicles.byUse": "车辆按用途分类（主要领导干部用车、机要通信用车、应急保障用车、其他用车等，辆）",
};

/** The row label a key is written with: "车辆总数", "预算数：2010301". */
export function labelOfKey(key: string): string {
  const m = /^([\w.]+)\[(\d+)\]$/.exec(key);
  if (m) {
    const p = CODED_PREFIXES.find((x) => x.keyBase === m[1]);
    if (p) return `${p.label}：${m[2]}`;
  }
  return fieldByKey(key)?.label ?? GROUP_LABELS[key] ?? key;
}
