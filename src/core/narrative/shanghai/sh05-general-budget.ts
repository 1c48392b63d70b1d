import type { Inputs } from "../../inputs/model";
import type { CodeRow, Workbook } from "../../tables/model";
import { makeContext, type NarrativeContext } from "../context";
import { codedTotal, t01CurrentExpenditure } from "../figures";
import { writeShareOf } from "../fragments";
import type { NarrativeOptions } from "../options";
import { absent, cellOrZero, inputAmountSlot, isAbsent, sum, type Known, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { writeBudgetLine } from "./budget";
import { writeShList, writeShYoy } from "./fragments";
import { shHeading, shSubHeading } from "./headings";
import { fullYearBudget, itemParagraph, openingBudget, spendingItems } from "./items";

/** 五、一般公共预算财政拨款支出决算情况说明: （一）总体, （二）结构 per 类, （三）具体 per 项. */
export function shGeneralBudget(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  return [
    shHeading(ctx, "五"),
    shSubHeading(ctx, "五（一）", "sh05.1.heading", "（一）一般公共预算财政拨款支出决算总体情况"),
    overall(ctx),
    shSubHeading(ctx, "五（二）", "sh05.2.heading", "（二）一般公共预算财政拨款支出决算结构情况"),
    structure(ctx),
    shSubHeading(ctx, "五（三）", "sh05.3.heading", "（三）一般公共预算财政拨款支出决算具体情况"),
    ...detail(ctx),
  ];
}

function overall(ctx: NarrativeContext): Paragraph {
  const total = codedTotal(ctx.workbook, "T06", "total");
  const denominator = t01CurrentExpenditure(ctx.workbook);
  const w = new ParagraphWriter(ctx).t("一般公共预算财政拨款支出").amount(total).t("万元");
  writeShareOf(w, "，占本年支出合计的", total, denominator);
  w.t("。");
  writeShYoy(w, { subject: "一般公共预算财政拨款支出", current: total, prior: inputAmountSlot(ctx.inputs, "prior.t06Total"), reasonKey: "reason.s5" });
  return w.paragraph("五（一）", "sh05.1.overall");
}

function structure(ctx: NarrativeContext): Paragraph {
  const t06 = ctx.workbook.tables.T06;
  const total = codedTotal(ctx.workbook, "T06", "total");
  const classes = [...(t06?.rows.filter((r) => r.level === "class") ?? [])].sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));
  const items = classes.map((r) => ({ name: `${r.name}（类）`, value: cellOrZero(r.values.total) }));
  const w = new ParagraphWriter(ctx).t("一般公共预算财政拨款支出").amount(total).t("万元");
  if (writeShList(new ParagraphWriter(ctx), items, total) > 0) {
    w.t("，主要用于以下方面：");
    writeShList(w, items, total);
  }
  w.t("。");
  return w.paragraph("五（二）", "sh05.2.structure");
}

/** The total 年初预算: T06's own, 补充信息's total row, else the sum of every 项's row. */
function totalOpening(ctx: NarrativeContext, items: readonly CodeRow[]): Slot<number> {
  const t06 = ctx.workbook.tables.T06;
  if (t06?.total && t06.columns.some((c) => c.role === "budget") && !(t06.total.values.budget?.blank ?? false)) return cellOrZero(t06.total.values.budget);
  const given = inputAmountSlot(ctx.inputs, "budget.t06Total");
  const direct = isAbsent(given) ? absent("budget.t06Total", "一般公共预算财政拨款支出年初预算数") : given;
  if (!isAbsent(direct) || items.length === 0) return direct;
  const each = items.map((r) => openingBudget(ctx, t06, r));
  return each.every((s) => !isAbsent(s)) ? sum(each as Known<number>[]) : direct;
}

/** The total 全年预算: 补充信息's total row, else the sum of every 项's (only when each has one). */
function totalFullYear(ctx: NarrativeContext, items: readonly CodeRow[]): Known<number> | null {
  const direct = inputAmountSlot(ctx.inputs, "budget.t06TotalFullYear");
  if (!isAbsent(direct)) return direct;
  const each = items.map((r) => fullYearBudget(ctx, r.code!));
  return items.length > 0 && each.every((s) => s !== null) ? sum(each as Known<number>[]) : null;
}

function detail(ctx: NarrativeContext): Paragraph[] {
  const t06 = ctx.workbook.tables.T06;
  const total = codedTotal(ctx.workbook, "T06", "total");
  const items = spendingItems(t06, "total");
  const w = new ParagraphWriter(ctx).t("一般公共预算财政拨款支出");
  writeBudgetLine(w, { opening: totalOpening(ctx, items), fullYear: totalFullYear(ctx, items), actual: total, reasonKey: "reason.budget.t06Total", withRate: true });
  if (items.length > 0) w.t("其中：");
  return [w.paragraph("五（三）", "sh05.3.detail"), ...items.map((row, i) => itemParagraph(ctx, t06!, row, i + 1, "total", "五（三）", `sh05.3.item.${row.code}`))];
}

