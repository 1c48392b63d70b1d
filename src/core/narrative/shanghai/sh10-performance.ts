import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import { makeContext, type NarrativeContext } from "../context";
import type { NarrativeOptions } from "../options";
import { inputAmountSlot, inputCountSlot, inputTextSlot, isAbsent } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { writeShText } from "./fragments";
import { shHeading } from "./headings";

/**
 * 十、预算绩效管理情况. A 预算绩效管理情况 text replaces everything after "如下："; otherwise the
 * template's sentence from the 绩效 rows of 补充信息. The 整改 counts follow only when problems
 * were found, and the 工作机制 clause only when given (units often leave both out).
 */
export function shPerformance(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const w = new ParagraphWriter(ctx).unit().year().t("年度预算绩效管理工作开展情况如下：");
  const text = inputTextSlot(inputs, "performance.text");
  if (!isAbsent(text)) w.text(text).t(/[。）)]$/.test(text.value) ? "" : "。");
  else structured(ctx, w);
  return [shHeading(ctx, "十"), w.paragraph("十", "sh10.performance")];
}

function structured(ctx: NarrativeContext, w: ParagraphWriter): void {
  const n = (key: string) => inputCountSlot(ctx.inputs, key);
  const a = (key: string) => inputAmountSlot(ctx.inputs, key);
  w.t("本部门建立了如下预算绩效管理制度：");
  writeShText(w, "performance.systems");
  const mechanism = inputTextSlot(ctx.inputs, "performance.mechanism");
  if (!isAbsent(mechanism)) w.t("，建立了").text(mechanism).t("的预算绩效管理工作机制");
  w.t("；全过程绩效管理实施情况：");
  const stage = (lead: string, count: string, amount: string) => w.t(`${lead}的`).year().t("年度项目").count(n(count)).t("个，涉及预算金额").amount(a(amount)).t("万元");
  stage("编报绩效目标", "performance.targets", "performance.targetsAmount");
  w.t("；");
  stage("绩效跟踪评价", "performance.tracking", "performance.trackingAmount");
  w.t("；");
  stage("绩效自评", "performance.selfEvaluation", "performance.selfEvaluationAmount");
  w.t("，平均得分");
  writeShText(w, "performance.averageScore");
  w.t("分（其中，");
  const ratings: [string, string][] = [
    ["优", "excellent"],
    ["良", "good"],
    ["合格", "pass"],
    ["不合格", "fail"],
  ];
  ratings.forEach(([name, key], i) => w.t(`${i === 0 ? "" : "；"}绩效评级为“${name}”的项目`).count(n(`performance.rating.${key}`)).t("个"));
  const problems = n("performance.problems");
  w.t("。绩效自评中共发现问题").count(problems).t("个");
  if (!isAbsent(problems) && problems.value > 0) {
    w.t("，已经完成整改的").count(n("performance.rectified")).t("个，正在整改的").count(n("performance.rectifying")).t("个");
  }
  w.t("）。");
}
