import { codedKey } from "../../inputs/fields";
import type { Inputs } from "../../inputs/model";
import { nameOf } from "../../tables/lookup";
import type { CodeRow, CodeTable, Workbook } from "../../tables/model";
import { makeContext, type NarrativeContext } from "../context";
import { codedTotal } from "../figures";
import { writeList, writeRate, writeResidueNote, writeShareOf, writeYoyA } from "../fragments";
import { chartLine, sectionHeading } from "../headings";
import type { NarrativeOptions } from "../options";
import { cellOrZero, cellSlot, inputAmountSlot, isAbsent, sum, type Known, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/** 五、一般公共预算财政拨款支出决算情况说明 (§3.5): 总体, 结构 per 类, 具体 per 项. */
export function sectionGeneralBudget(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  return [
    sectionHeading(ctx, "五"),
    overall(ctx),
    ...chartLine(ctx, "五（一）", 5),
    structure(ctx),
    ...chartLine(ctx, "五（二）", 6),
    ...detail(ctx),
  ];
}

function overall(ctx: NarrativeContext): Paragraph {
  const total = codedTotal(ctx.workbook, "T06", "total");
  const denominator = codedTotal(ctx.workbook, "T03", "total");
  const w = new ParagraphWriter(ctx).t("（一）一般公共预算财政拨款支出决算总体情况。").year().t("年一般公共预算财政拨款支出").amount(total).t("万元");
  writeShareOf(w, "，占本年支出合计的", total, denominator);
  w.t("。");
  writeYoyA(w, { subject: "一般公共预算财政拨款支出", current: total, prior: inputAmountSlot(ctx.inputs, "prior.t06Total"), reasonKey: "reason.s5" });
  return w.paragraph("五（一）", "s05.1.overall");
}

/** "一般公共服务支出" → "一般公共服务" (the short class name of §1.3). */
export function shortClassName(name: string): string {
  return name.endsWith("支出") && name.length > 2 ? name.slice(0, -2) : name;
}

function byCode(rows: readonly CodeRow[]): CodeRow[] {
  return [...rows].sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));
}

function structure(ctx: NarrativeContext): Paragraph {
  const t06 = ctx.workbook.tables.T06;
  const total = codedTotal(ctx.workbook, "T06", "total");
  const classes = byCode(t06?.rows.filter((r) => r.level === "class") ?? []);
  const items = classes.map((r) => ({ name: `${shortClassName(r.name)}（类）支出`, value: cellOrZero(r.values.total) }));
  const w = new ParagraphWriter(ctx).t("（二）一般公共预算财政拨款支出决算结构情况。").year().t("年一般公共预算财政拨款支出").amount(total).t("万元");
  const listed = writeList(w, "，主要用于以下方面：", items, total);
  w.t("。");
  writeResidueNote(w, listed);
  return w.paragraph("五（二）", "s05.2.structure");
}

/** A budget from T06's own 预算数 column when it has one, else from 补充信息. */
function budgetOf(ctx: NarrativeContext, t06: CodeTable | undefined, row: CodeRow | null, inputKey: string): Slot<number> {
  const hasColumn = t06?.columns.some((c) => c.role === "budget") ?? false;
  // A blank 预算数 cell is no budget (no "0%" rate on it): 补充信息 or a placeholder instead.
  const cell = row?.values.budget;
  const fromTable = row && hasColumn && !(cell?.blank ?? false) ? cellOrZero(cell) : null;
  return fromTable ?? inputAmountSlot(ctx.inputs, inputKey);
}

/**
 * The total budget: T06's own, or 补充信息's total row, or else the sum of the 预算数：<编码> rows
 * when every non-zero 项 has one (the 项 are the leaves, so their budgets add up to the total).
 */
function totalBudget(ctx: NarrativeContext, t06: CodeTable | undefined, items: readonly CodeRow[]): Slot<number> {
  const direct = budgetOf(ctx, t06, t06?.total ?? null, "budget.t06Total");
  if (!isAbsent(direct)) return direct;
  const keys = Object.keys(ctx.inputs.amounts).filter((k) => /^budget\.t06\[\d{7}\]$/.test(k));
  const covered = items.every((r) => ctx.inputs.amounts[codedKey("budget.t06", r.code!)] !== undefined);
  if (keys.length === 0 || !covered) return direct;
  return sum(keys.map((k) => inputAmountSlot(ctx.inputs, k)).filter((s): s is Known<number> => !isAbsent(s)));
}

function detail(ctx: NarrativeContext): Paragraph[] {
  const t06 = ctx.workbook.tables.T06;
  const total = codedTotal(ctx.workbook, "T06", "total");
  const items = byCode(t06?.rows.filter((r) => r.level === "item" && (r.values.total?.micros ?? 0) !== 0) ?? []);
  const w = new ParagraphWriter(ctx).t("（三）一般公共预算财政拨款支出决算具体情况。").year().t("年一般公共预算支出决算数为").amount(total).t("万元，");
  writeRate(w, { actual: total, budget: totalBudget(ctx, t06, items), reasonKey: "reason.budget.t06Total" });
  w.t(items.length > 0 ? "。其中：" : "。");
  return [w.paragraph("五（三）", "s05.3.detail"), ...items.map((row, i) => itemParagraph(ctx, t06!, row, i + 1))];
}

function itemParagraph(ctx: NarrativeContext, t06: CodeTable, row: CodeRow, n: number): Paragraph {
  const code = row.code!;
  const name = (c: string) => nameOf(t06, c) ?? c;
  const actual = cellSlot(row.values.total, `T06[${code}].total`, `公开06表 ${code}`);
  const budget = budgetOf(ctx, t06, row, codedKey("budget.t06", code));
  const w = new ParagraphWriter(ctx).t(`${n}．${name(code.slice(0, 3))}（类）${name(code.slice(0, 5))}（款）${row.name}（项）：支出决算为`).amount(actual).t("万元，");
  writeRate(w, { actual, budget, fullYearBudget: inputAmountSlot(ctx.inputs, codedKey("budget.t06FullYear", code)), reasonKey: codedKey("reason.budget", code) });
  w.t("。");
  return w.paragraph("五（三）", `s05.3.item.${code}`);
}
