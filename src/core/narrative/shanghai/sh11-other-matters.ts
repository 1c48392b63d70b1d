import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import { makeContext, type NarrativeContext } from "../context";
import type { NarrativeOptions } from "../options";
import { partOf } from "../sections/s07-san-gong";
import { inputAmountSlot, inputCountSlot, isAbsent } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { changeOf, writeChangeAmount, writeShReason } from "./fragments";
import { shHeading, shSubHeading } from "./headings";

/** 十一、其他重要事项的情况说明: （一）机关运行经费, （二）政府采购, （三）国有资产占有使用. */
export function shOtherMatters(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  return [
    shHeading(ctx, "十一"),
    shSubHeading(ctx, "十一（一）", "sh11.1.heading", "（一）机关运行经费支出情况"),
    operatingFunds(ctx),
    shSubHeading(ctx, "十一（二）", "sh11.2.heading", "（二）政府采购支出情况"),
    ...procurement(ctx),
    shSubHeading(ctx, "十一（三）", "sh11.3.heading", "（三）国有资产占有使用情况说明"),
    assets(ctx),
  ];
}

/** "机关运行经费支出X万元，比{Y-1}年度增加…。主要原因是R。", or "…年度无机关运行经费支出。" */
function operatingFunds(ctx: NarrativeContext): Paragraph {
  const cur = inputAmountSlot(ctx.inputs, "operatingFunds");
  const prior = inputAmountSlot(ctx.inputs, "prior.operatingFunds");
  const w = new ParagraphWriter(ctx);
  if (!isAbsent(cur) && cur.value === 0 && (isAbsent(prior) || prior.value === 0)) {
    w.use(cur);
    w.unit().year().t("年度无机关运行经费支出。");
    return w.paragraph("十一（一）", "sh11.1.operatingFunds");
  }
  w.t("机关运行经费支出").amount(cur).t("万元");
  const change = changeOf(w, cur, prior);
  if (!change) w.t("。");
  else if (change.kind === "missing") w.t("，与").priorYear().t("年度相比的变动情况").hole("prior.operatingFunds", "上年机关运行经费").t("。");
  else if (change.kind === "flat") w.t("，与").priorYear().t("年度持平。");
  else {
    w.t("，比").priorYear().t("年度");
    writeChangeAmount(w, change);
    w.t("。");
    writeShReason(w, "主要原因是", "reason.operatingFunds", "变动原因");
  }
  return w.paragraph("十一（一）", "sh11.1.operatingFunds");
}

function procurement(ctx: NarrativeContext): Paragraph[] {
  const s = (k: string) => inputAmountSlot(ctx.inputs, `procurement.${k}`);
  const total = s("total");
  const w = new ParagraphWriter(ctx).unit().year().t("年度政府采购金额（以合同签订为准）为").amount(total).t("万元");
  if (!isAbsent(total) && total.value === 0) return [w.t("。").paragraph("十一（二）", "sh11.2.procurement")];
  const part = (k: string) => partOf(s(k), total);
  w.t("，其中：货物采购金额").amount(part("goods")).t("万元、工程采购金额").amount(part("works")).t("万元、服务采购金额").amount(part("services")).t("万元。");
  const sme = new ParagraphWriter(ctx).year().t("年度本部门面向中小企业预留政府采购项目预算金额").amount(s("smeReserved"));
  sme.t("万元，面向小微企业预留政府采购项目预算金额").amount(s("smallMicroReserved")).t("万元。");
  sme.t("在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额").amount(s("smeReservedAwarded"));
  sme.t("万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额").amount(s("smallMicroReservedAwarded"));
  sme.t("万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额").amount(s("smeOtherAwarded")).t("万元。");
  return [w.paragraph("十一（二）", "sh11.2.procurement"), sme.paragraph("十一（二）", "sh11.2.sme")];
}

/** The template's eight vehicle uses, all written (a zero fleet makes each 0). */
const VEHICLE_USES: readonly [string, string][] = [
  ["ministerial", "部级领导干部用车"],
  ["leaders", "主要领导干部用车"],
  ["confidential", "机要通信用车"],
  ["emergency", "应急保障用车"],
  ["enforcement", "执法执勤用车"],
  ["special", "特种专业技术用车"],
  ["retirees", "离退休干部用车"],
  ["other", "其他用车"],
];

function assets(ctx: NarrativeContext): Paragraph {
  const total = inputCountSlot(ctx.inputs, "assets.vehicles.total");
  const w = new ParagraphWriter(ctx).t("截至").year().t("年12月31日，").unit().t("共有车辆").count(total).t("辆，其中：");
  VEHICLE_USES.forEach(([key, name], i) => w.t(`${i === 0 ? "" : "、"}${name}`).count(partOf(inputCountSlot(ctx.inputs, `assets.vehicles.${key}`), total)).t("辆"));
  w.t("。单价100万元（含）以上设备（不含车辆）").count(inputCountSlot(ctx.inputs, "assets.equip100")).t("台（套）。");
  return w.paragraph("十一（三）", "sh11.3.assets");
}
