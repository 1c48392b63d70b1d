import type { FieldKind, InputField } from "./fields";

/**
 * 补充信息 rows only the Shanghai 2024 (9-table) template asks for (shanghai-template-2024.txt,
 * 第三部分): 全年预算, the 三公 prior year and contents, the 中小企业 reservation figures of 十一（二）,
 * 部级领导干部用车 and the 100万元（含） equipment of 十一（三）, and the 十 绩效 statistics.
 */
const f = (key: string, label: string, kind: FieldKind, hint: string, synonyms?: readonly string[]): InputField =>
  synonyms ? { key, label, kind, hint, synonyms, only: "shanghai" } : { key, label, kind, hint, only: "shanghai" };

export const SHANGHAI_PRIOR_FIELDS: readonly InputField[] = [
  f("prior.sg.total", "上年“三公”经费", "amount", "上年度“三公”经费财政拨款支出决算数，万元（七（一））", ["上年“三公”经费财政拨款支出", "上年三公经费支出"]),
];

export const SHANGHAI_CURRENT_FIELDS: readonly InputField[] = [
  f("budget.t06TotalFullYear", "一般公共预算财政拨款支出全年预算数", "amount", "年中追加调整后的全年预算，万元；有则完成率按全年预算计算（五（三））", [
    "全年预算数：一般公共预算财政拨款支出",
    "全年预算数：合计",
  ]),
];

export const SHANGHAI_SAN_GONG_FIELDS: readonly InputField[] = [
  f("sg.abroad.content", "因公出国（境）开支内容", "text", "因公出国（境）费的开支内容（七（二）1）", ["因公出国（境）费开支内容"]),
  f("sg.vehicle.purchaseUse", "公务用车购置主要用途", "text", "公务用车购置支出的用途（七（二）2）", ["公务用车购置用途"]),
];

export const SHANGHAI_OTHER_FIELDS: readonly InputField[] = [
  f("procurement.smeReserved", "面向中小企业预留项目预算金额", "amount", "面向中小企业预留政府采购项目预算金额，万元（十一（二））", [
    "面向中小企业预留政府采购项目预算金额",
  ]),
  f("procurement.smallMicroReserved", "面向小微企业预留项目预算金额", "amount", "面向小微企业预留政府采购项目预算金额，万元", [
    "面向小微企业预留政府采购项目预算金额",
  ]),
  f("procurement.smeReservedAwarded", "预留项目中小企业中标金额", "amount", "在面向中小企业预留的项目中，由中小企业供应商中标或成交的采购金额，万元", [
    "面向中小企业预留项目中由中小企业中标或成交金额",
  ]),
  f("procurement.smallMicroReservedAwarded", "预留项目小微企业中标金额", "amount", "在面向小微企业预留的项目中，由小微企业供应商中标或成交的采购金额，万元", [
    "面向小微企业预留项目中由小微企业中标或成交金额",
  ]),
  f("procurement.smeOtherAwarded", "其他项目中小企业中标金额", "amount", "在其他政府采购项目中，由中小企业供应商中标或成交的采购金额，万元", [
    "其他政府采购项目中由中小企业中标或成交金额",
  ]),
  f("assets.vehicles.ministerial", "部级领导干部用车", "count", "辆（十一（三））"),
  f("assets.equip100", "单价100万元（含）以上设备（不含车辆）", "count", "台（套）（十一（三））", ["单价100万元以上设备", "单价100万元（含）以上设备"]),
  f("performance.systems", "预算绩效管理制度", "text", "本部门建立的预算绩效管理制度（制度名称，用顿号分隔）（十）", ["绩效管理制度"]),
  f("performance.mechanism", "预算绩效管理工作机制", "text", "可选：句中“建立了……的预算绩效管理工作机制”所填内容"),
  f("performance.targetsAmount", "绩效目标涉及预算金额", "amount", "编报绩效目标的项目涉及预算金额，万元"),
  f("performance.tracking", "绩效跟踪评价项目数", "count", "个", ["绩效跟踪项目数"]),
  f("performance.trackingAmount", "绩效跟踪评价涉及预算金额", "amount", "万元"),
  f("performance.selfEvaluationAmount", "绩效自评涉及预算金额", "amount", "万元"),
  f("performance.averageScore", "绩效自评平均得分", "text", "按填写原样写出，如 95.50"),
  f("performance.rating.excellent", "绩效评级为“优”的项目数", "count", "个", ["绩效评级优的项目数"]),
  f("performance.rating.good", "绩效评级为“良”的项目数", "count", "个", ["绩效评级良的项目数"]),
  f("performance.rating.pass", "绩效评级为“合格”的项目数", "count", "个", ["绩效评级合格的项目数"]),
  f("performance.rating.fail", "绩效评级为“不合格”的项目数", "count", "个", ["绩效评级不合格的项目数"]),
  f("performance.problems", "绩效自评发现问题数", "count", "个", ["绩效自评中共发现问题"]),
  f("performance.rectified", "已完成整改问题数", "count", "个（发现问题为 0 时可不填）"),
  f("performance.rectifying", "正在整改问题数", "count", "个（发现问题为 0 时可不填）"),
];

export const SHANGHAI_REASON_FIELDS: readonly InputField[] = [
  f("reason.sg.total", "变动原因：“三公”经费", "text", "“三公”经费比上年增减的主要原因（七（一））"),
];
