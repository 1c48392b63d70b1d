import type { Inputs } from "../../inputs/model";
import type { EconomicPanel, Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { codedTotal } from "../figures";
import type { NarrativeOptions } from "../options";
import { nonZeroItems, panelTotal } from "../sections/s06-basic-expenditure";
import { cellOrZero, cellSlot, isAbsent, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { shHeading } from "./headings";

/**
 * 六、一般公共预算财政拨款基本支出决算情况说明, one paragraph: "基本支出X万元。其中：人员经费X万元，
 * 主要包括：…；公用经费X万元，主要包括：…。" naming only the non-zero 款 rows of 公开08表 (不涉及的不列).
 */
export function shBasicExpenditure(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const t08 = workbook.tables.T08;
  const basic: Slot<number> = t08?.basicTotal ? cellSlot(t08.basicTotal, "T08.基本支出合计", "公开08表 基本支出合计") : codedTotal(workbook, "T06", "basic");
  const w = new ParagraphWriter(ctx).t("一般公共预算财政拨款基本支出").amount(basic).t("万元。其中：");
  const panel = (label: "人员经费" | "公用经费", p: EconomicPanel | undefined) => {
    const total = panelTotal(p, label);
    w.t(label).amount(total).t("万元");
    const items = nonZeroItems(p);
    if (items.length > 0 && !(!isAbsent(total) && total.value === 0)) {
      items.forEach((r) => w.use(cellOrZero(r.values.amount ?? r.values.total)));
      w.t(`，主要包括：${items.map((r) => r.name).join("、")}`);
    }
  };
  panel("人员经费", t08?.personnel);
  w.t("；");
  panel("公用经费", t08?.publicFunds);
  w.t("。");
  return [shHeading(ctx, "六"), w.paragraph("六", "sh06.basic")];
}
