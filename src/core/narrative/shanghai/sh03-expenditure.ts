import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { t01CurrentExpenditure, totalRowValue } from "../figures";
import type { NarrativeOptions } from "../options";
import { EXPENDITURE_CATEGORIES } from "../sections/s03-expenditure";
import { cellOrZero } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { writeShList } from "./fragments";
import { shHeading } from "./headings";

/** 三、支出决算情况说明: 本年支出合计 and T03's 合计 columns (基本支出, 项目支出, 经营支出…), non-zero only. */
export function shExpenditure(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const total = t01CurrentExpenditure(workbook);
  const t03 = workbook.tables.T03;
  const items = EXPENDITURE_CATEGORIES.map((c) => ({ name: c.name, value: cellOrZero(totalRowValue(t03, c.role)) }));
  const w = new ParagraphWriter(ctx).t("本年支出合计").amount(total).t("万元");
  if (writeShList(new ParagraphWriter(ctx), items, total) > 0) {
    w.t("，其中：");
    writeShList(w, items, total);
  }
  w.t("。");
  return [shHeading(ctx, "三"), w.paragraph("三", "sh03.expenditure")];
}
