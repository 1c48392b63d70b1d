import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { t01GrandTotal } from "../figures";
import type { NarrativeOptions } from "../options";
import { inputAmountSlot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { writeShYoy } from "./fragments";
import { shHeading } from "./headings";

/** 一、收入支出决算总体情况说明: T01 总计 and its change on the prior year. */
export function shTotals(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const total = t01GrandTotal(workbook);
  const w = new ParagraphWriter(ctx).unit().year().t("年度收入支出总计").amount(total).t("万元。");
  writeShYoy(w, { subject: "收入支出总计", current: total, prior: inputAmountSlot(inputs, "prior.t01Total"), reasonKey: "reason.s1" });
  return [shHeading(ctx, "一"), w.paragraph("一", "sh01.totals")];
}
