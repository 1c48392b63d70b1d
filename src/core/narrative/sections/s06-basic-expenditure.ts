import type { Inputs } from "../../inputs/model";
import type { CodeRow, EconomicPanel, Workbook } from "../../tables/model";
import { makeContext, type NarrativeContext } from "../context";
import { codedTotal } from "../figures";
import { sectionHeading } from "../headings";
import type { NarrativeOptions } from "../options";
import { cellOrZero, cellSlot, isAbsent, sum, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/**
 * 六、一般公共预算财政拨款基本支出决算情况说明 (§3.6): three paragraphs — the 基本支出 total, then
 * 人员经费 and 公用经费, each with the names of its non-zero T08 款 rows in code order.
 */
export function sectionBasicExpenditure(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const t08 = workbook.tables.T08;
  const basic: Slot<number> = t08?.basicTotal ? cellSlot(t08.basicTotal, "T08.基本支出合计", "公开08表 基本支出合计") : codedTotal(workbook, "T06", "basic");
  const head = new ParagraphWriter(ctx).year().t("年一般公共预算财政拨款基本支出").amount(basic).t("万元，其中：");
  return [
    sectionHeading(ctx, "六"),
    head.paragraph("六", "s06.basic"),
    panelParagraph(ctx, "人员经费", t08?.personnel, "s06.personnel"),
    panelParagraph(ctx, "公用经费", t08?.publicFunds, "s06.publicFunds"),
  ];
}

/** The panel's footer total, or (without a footer) the sum of its 类 rows, else of its 款 rows. */
export function panelTotal(panel: EconomicPanel | undefined, label: string): Slot<number> {
  if (!panel) return { absent: true, key: `T08.${label}合计`, label: `公开08表 ${label}合计` };
  if (panel.total) return cellSlot(panel.total, `T08.${label}合计`, `公开08表 ${label}合计`);
  const classes = panel.rows.filter((r) => r.code?.length === 3);
  const rows = classes.length > 0 ? classes : panel.rows.filter((r) => r.code?.length === 5);
  return sum(rows.map((r) => cellOrZero(r.values.amount ?? r.values.total)));
}

/** The panel's 款 rows with a non-zero amount, in code order (a composition names only those). */
export function nonZeroItems(panel: EconomicPanel | undefined): CodeRow[] {
  return [...(panel?.rows ?? [])]
    .filter((r) => r.code?.length === 5 && ((r.values.amount ?? r.values.total)?.micros ?? 0) !== 0)
    .sort((a, b) => a.code!.localeCompare(b.code!));
}

function panelParagraph(ctx: NarrativeContext, label: "人员经费" | "公用经费", panel: EconomicPanel | undefined, id: string): Paragraph {
  const total = panelTotal(panel, label);
  const w = new ParagraphWriter(ctx).t(label).amount(total).t("万元");
  const items = nonZeroItems(panel);
  if (items.length > 0 && !(!isAbsent(total) && total.value === 0)) {
    items.forEach((r) => w.use(cellOrZero(r.values.amount ?? r.values.total)));
    w.t(`，主要包括：${items.map((r) => r.name).join("、")}等。`);
  } else {
    w.t("。");
  }
  return w.paragraph("六", id);
}
