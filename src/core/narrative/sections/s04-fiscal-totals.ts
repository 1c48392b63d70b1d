import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { t04GrandTotal } from "../figures";
import { writeYoyA } from "../fragments";
import { chartLine, sectionHeading } from "../headings";
import type { NarrativeOptions } from "../options";
import { inputAmountSlot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/** 四、财政拨款收入支出决算总体情况说明 (§3.4): T04.总计 and its change. */
export function sectionFiscalTotals(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const total = t04GrandTotal(workbook);
  const w = new ParagraphWriter(ctx).year().t("年财政拨款收、支总计").amount(total).t("万元。");
  writeYoyA(w, { subject: "财政拨款收、支总计", each: true, current: total, prior: inputAmountSlot(inputs, "prior.t04Total"), reasonKey: "reason.s4" });
  return [sectionHeading(ctx, "四"), w.paragraph("四", "s04.fiscalTotals"), ...chartLine(ctx, "四", 4)];
}
