import type { Inputs } from "../../inputs/model";
import type { AmountRole, Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { t01CurrentExpenditure, totalRowValue } from "../figures";
import { writeList, writeResidueNote } from "../fragments";
import { chartLine, sectionHeading } from "../headings";
import type { NarrativeOptions } from "../options";
import { cellOrZero } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/** T03 合计 columns in table order, with the names the text uses (§3.3, 图3). */
export const EXPENDITURE_CATEGORIES: readonly { role: AmountRole; name: string }[] = [
  { role: "basic", name: "基本支出" },
  { role: "project", name: "项目支出" },
  { role: "toSuperior", name: "上缴上级支出" },
  { role: "operatingExp", name: "经营支出" },
  { role: "toAffiliated", name: "对附属单位补助支出" },
];

/** 三、支出决算情况说明 (§3.3): 本年支出合计 and the T03 合计 columns, shares of T01.本年支出合计. */
export function sectionExpenditure(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const total = t01CurrentExpenditure(workbook);
  const t03 = workbook.tables.T03;
  const items = EXPENDITURE_CATEGORIES.map((c) => ({ name: c.name, value: cellOrZero(totalRowValue(t03, c.role)) }));
  const w = new ParagraphWriter(ctx).year().t("年本年支出合计").amount(total).t("万元");
  const listed = writeList(w, "，其中：", items, total);
  w.t("。");
  writeResidueNote(w, listed);
  return [sectionHeading(ctx, "三"), w.paragraph("三", "s03.expenditure"), ...chartLine(ctx, "三", 3)];
}
