import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import { makeContext, type NarrativeContext } from "../context";
import { writeYoyB } from "../fragments";
import { sectionHeading } from "../headings";
import type { NarrativeOptions } from "../options";
import { inputAmountSlot, inputCountSlot, inputTextSlot, isAbsent, type Known } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/** 十、其他重要事项的情况说明 (§3.10). Every value here is an input; one unit name throughout. */
export function sectionOtherMatters(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  return [sectionHeading(ctx, "十"), operatingFunds(ctx), procurement(ctx), assets(ctx), performance(ctx)];
}

function operatingFunds(ctx: NarrativeContext): Paragraph {
  const cur = inputAmountSlot(ctx.inputs, "operatingFunds");
  const prior = inputAmountSlot(ctx.inputs, "prior.operatingFunds");
  const w = new ParagraphWriter(ctx).t("（一）机关运行经费支出情况。");
  const none = !isAbsent(cur) && cur.value === 0 && (isAbsent(prior) || prior.value === 0);
  if (none) {
    w.use(cur);
    w.unit().year().t("年度无机关运行经费支出。");
  } else {
    w.year().t("年，").unit().t("机关运行经费支出").amount(cur).t(isAbsent(cur) ? "万元。" : "万元，");
    writeYoyB(w, { subject: "", current: cur, prior, reasonKey: "reason.operatingFunds" });
  }
  return w.paragraph("十（一）", "s10.1.operatingFunds");
}

function procurement(ctx: NarrativeContext): Paragraph {
  const s = (k: string) => inputAmountSlot(ctx.inputs, `procurement.${k}`);
  const total = s("total");
  const w = new ParagraphWriter(ctx).t("（二）政府采购支出情况。").year().t("年，").unit().t("政府采购支出总额").amount(total);
  if (!isAbsent(total) && total.value === 0) return w.t("万元。").paragraph("十（二）", "s10.2.procurement");
  w.t("万元，其中：政府采购货物支出").amount(s("goods")).t("万元、政府采购工程支出").amount(s("works")).t("万元、政府采购服务支出").amount(s("services")).t("万元。");
  w.t("主要用于").text(inputTextSlot(ctx.inputs, "procurement.use")).t("。");
  const share = (part: ReturnType<typeof s>) => {
    w.amount(part).t("万元");
    if (!isAbsent(part) && !isAbsent(total) && total.value > 0) w.t("，占政府采购支出总额的").percentOf(part.value, total.value).t("%");
  };
  w.t("授予中小企业合同金额");
  share(s("sme"));
  w.t("，其中：授予小微企业合同金额");
  share(s("smallMicro"));
  w.t("。");
  return w.paragraph("十（二）", "s10.2.procurement");
}

/** Vehicles by use, in the order of the 公务用车 categories; 其他用车 last. */
const VEHICLE_USES: readonly [string, string][] = [
  ["leaders", "主要领导干部用车"],
  ["confidential", "机要通信用车"],
  ["emergency", "应急保障用车"],
  ["enforcement", "执法执勤用车"],
  ["special", "特种专业技术用车"],
  ["retirees", "离退休干部服务用车"],
  ["other", "其他用车"],
];

function assets(ctx: NarrativeContext): Paragraph {
  const total = inputCountSlot(ctx.inputs, "assets.vehicles.total");
  const w = new ParagraphWriter(ctx).t("（三）国有资产占有使用情况。截至").year().t("年12月31日，").unit().t("共有车辆").count(total).t("辆");
  if (isAbsent(total) || total.value > 0) {
    const given = VEHICLE_USES.map(([key, name]) => ({ key, name, slot: inputCountSlot(ctx.inputs, `assets.vehicles.${key}`) })).filter(
      (u): u is { key: string; name: string; slot: Known<number> } => !isAbsent(u.slot),
    );
    const listed = given.filter((u) => u.slot.value !== 0 || ctx.options.listZeroCategories);
    if (given.length === 0) {
      w.t("，其中：").hole("assets.vehicles.byUse", "车辆按用途分类（主要领导干部用车、机要通信用车、应急保障用车、其他用车）");
    } else if (listed.length > 0) {
      w.t("，其中：");
      listed.forEach((u, i) => w.t(`${i === 0 ? "" : "、"}${u.name}`).count(u.slot).t("辆"));
    }
    const other = listed.find((u) => u.key === "other");
    if (other && other.slot.value > 0) w.t("，其他用车主要是用于").text(inputTextSlot(ctx.inputs, "assets.vehicles.otherUse"));
  }
  w.t("。单价50万元以上通用设备").count(inputCountSlot(ctx.inputs, "assets.generalEquip50")).t("台（套），单价100万元以上专用设备");
  w.count(inputCountSlot(ctx.inputs, "assets.specialEquip100")).t("台（套）。");
  return w.paragraph("十（三）", "s10.3.assets");
}

const PERFORMANCE_COUNTS = ["performance.preEvaluation", "performance.targets", "performance.monitoring", "performance.selfEvaluation"];

function performance(ctx: NarrativeContext): Paragraph {
  const inputs = ctx.inputs;
  const w = new ParagraphWriter(ctx).t("（四）预算绩效管理情况。");
  const text = inputTextSlot(inputs, "performance.text");
  if (!isAbsent(text)) return w.text(text).t("。").paragraph("十（四）", "s10.4.performance");
  if (PERFORMANCE_COUNTS.every((k) => isAbsent(inputCountSlot(inputs, k)))) {
    return w.hole("performance.text", "预算绩效管理情况").paragraph("十（四）", "s10.4.performance");
  }
  const n = (key: string) => inputCountSlot(inputs, key);
  const example = inputTextSlot(inputs, "performance.preEvaluationExample");
  w.t("根据预算绩效管理要求，本部门在").year().t("年度预算编制阶段，组织对");
  if (!isAbsent(example)) w.text(example).t("等");
  w.count(n("performance.preEvaluation")).t("个项目开展了预算事前绩效评估，对").count(n("performance.targets")).t("个项目编制了绩效目标，");
  w.t("预算执行过程中，选取").count(n("performance.monitoring")).t("个项目开展绩效监控，年终执行完毕后，对");
  w.count(n("performance.selfEvaluation")).t("个项目开展了绩效自评。");
  const report = inputTextSlot(inputs, "performance.reportTitle");
  if (!isAbsent(report)) {
    // The title may be typed with or without its 《》.
    const bare = { ...report, value: report.value.replace(/^《/, "").replace(/》$/, "") };
    w.t("同时，本部门对").year().t("年部门整体开展绩效自评，《").text(bare).t("》见附件（第四部分）。");
  }
  return w.paragraph("十（四）", "s10.4.performance");
}
