import type { Inputs } from "../../inputs/model";
import { incomeRow } from "../../tables/lookup";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { codedTotal } from "../figures";
import type { NarrativeOptions } from "../options";
import { fundIsEmpty, type FundSpec } from "../sections/fund-section";
import { cellSlot, firstKnown, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { shHeading, type ShSection } from "./headings";
import { itemParagraph, spendingItems } from "./items";

/** What the Shanghai 八 and 九 add to the fund spec: their section, table and ids. */
export interface ShFund {
  readonly spec: FundSpec;
  readonly section: ShSection;
  readonly table: "T11" | "T13";
  readonly id: string;
}

/** The fund's 本年收入: the fund table's 合计 row, else its row of 公开04表. */
function fundIncome(wb: Workbook, f: ShFund): Slot<number> {
  const t04 = wb.tables.T04;
  const label = f.spec.t04IncomeLabel;
  const fromT04 = cellSlot(t04 && incomeRow(t04, label)?.values.amount, `T04.${label}`, `公开04表 ${label}`);
  return firstKnown(codedTotal(wb, f.table, "income"), fromT04);
}

/**
 * "{基金}收入X万元，支出Y万元，支出具体情况如下：" and one line per 项 with spending, or the
 * template's "…年度无{基金}收入和支出。" when the fund's tables and 公开04表 column hold nothing.
 * (The template's 八 prints "支出收入", a slip of its own; 九 has the intended "支出".)
 */
export function shFundSection(f: ShFund, workbook: Workbook, inputs: Inputs, options: NarrativeOptions): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const head = shHeading(ctx, f.section);
  if (fundIsEmpty(workbook, f.spec) && ctx.options.zeroFundStyle === "absence") {
    return [head, new ParagraphWriter(ctx).unit().year().t(`年度无${f.spec.fund}收入和支出。`).paragraph(f.section, `${f.id}.none`)];
  }
  const t = workbook.tables[f.table];
  const items = spendingItems(t, "expTotal");
  const w = new ParagraphWriter(ctx).t(`${f.spec.fund}收入`).amount(fundIncome(workbook, f)).t("万元，支出");
  w.amount(firstKnown(...f.spec.amount(workbook))).t(items.length > 0 ? "万元，支出具体情况如下：" : "万元。");
  return [head, w.paragraph(f.section, `${f.id}.total`), ...items.map((row, i) => itemParagraph(ctx, t!, row, i + 1, "expTotal", f.section, `${f.id}.item.${row.code}`))];
}
