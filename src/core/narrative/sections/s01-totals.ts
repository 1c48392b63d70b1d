import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { t01GrandTotal } from "../figures";
import { writeYoyA } from "../fragments";
import { chartLine, sectionHeading } from "../headings";
import type { NarrativeOptions } from "../options";
import { inputAmountSlot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/** 一、收入支出决算总体情况说明 (narrative.md §3.1): T01.总计 and its change on the prior year. */
export function sectionTotals(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const total = t01GrandTotal(workbook);
  const w = new ParagraphWriter(ctx).year().t("年度收、支总计").amount(total).t("万元。");
  writeYoyA(w, { subject: "收、支总计", each: true, current: total, prior: inputAmountSlot(inputs, "prior.t01Total"), reasonKey: "reason.s1" });
  return [sectionHeading(ctx, "一"), w.paragraph("一", "s01.totals"), ...chartLine(ctx, "一", 1)];
}
