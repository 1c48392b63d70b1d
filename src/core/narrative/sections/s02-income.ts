import type { Inputs } from "../../inputs/model";
import { T01_INCOME, T01_INCOME_CATEGORIES } from "../../tables/labels";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { t01CurrentIncome, t01IncomeRow } from "../figures";
import { writeList, writeResidueNote } from "../fragments";
import { chartLine, sectionHeading } from "../headings";
import type { NarrativeOptions } from "../options";
import { cellOrZero } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/** 二、收入决算情况说明 (§3.2): 本年收入合计 and the eight T01 income categories with shares. */
export function sectionIncome(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const total = t01CurrentIncome(workbook);
  const items = T01_INCOME_CATEGORIES.map((key) => ({ name: T01_INCOME[key], value: cellOrZero(t01IncomeRow(workbook, T01_INCOME[key])) }));
  const w = new ParagraphWriter(ctx).year().t("年本年收入合计").amount(total).t("万元");
  const listed = writeList(w, "，其中：", items, total);
  w.t("。");
  writeResidueNote(w, listed);
  return [sectionHeading(ctx, "二"), w.paragraph("二", "s02.income"), ...chartLine(ctx, "二", 2)];
}
