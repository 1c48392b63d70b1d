import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { t04GrandTotal } from "../figures";
import type { NarrativeOptions } from "../options";
import { inputAmountSlot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { writeShYoy } from "./fragments";
import { shHeading } from "./headings";

/** 四、财政拨款收入支出决算总体情况说明: T04 总计 and its change. */
export function shFiscalTotals(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const total = t04GrandTotal(workbook);
  const w = new ParagraphWriter(ctx).unit().year().t("年度财政拨款收入支出总计").amount(total).t("万元。");
  writeShYoy(w, { subject: "财政拨款收入支出总计", current: total, prior: inputAmountSlot(inputs, "prior.t04Total"), reasonKey: "reason.s4" });
  return [shHeading(ctx, "四"), w.paragraph("四", "sh04.fiscalTotals")];
}
