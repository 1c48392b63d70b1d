import { codedKey, codedLabel } from "../../inputs/fields";
import { nameOf } from "../../tables/lookup";
import type { AmountRole, CodeRow, CodeTable } from "../../tables/model";
import type { NarrativeContext } from "../context";
import { absent, cellOrZero, cellSlot, inputAmountSlot, isAbsent, type Known, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { writeBudgetLine } from "./budget";
import { writeShText } from "./fragments";

/**
 * The per-项 lines of 五（三）, 八 and 九: "1、A（类）B（款）C（项）。主要用于：…。年初预算为…". The
 * 补充信息 rows are keyed by 科目编码 alone (年初预算数：2013901): a 项 code names one subject, and
 * the fund tables' subjects are not those of 公开06表.
 */

/** Every 项 with spending, in code order ("按上述格式依次说明到各项级科目"). */
export function spendingItems(t: CodeTable | undefined, role: AmountRole): CodeRow[] {
  return [...(t?.rows ?? [])].filter((r) => r.level === "item" && r.code && (r.values[role]?.micros ?? 0) !== 0).sort((a, b) => a.code!.localeCompare(b.code!));
}

export function itemTitle(t: CodeTable, row: CodeRow): string {
  const code = row.code!;
  const name = (c: string) => nameOf(t, c) ?? c;
  return `${name(code.slice(0, 3))}（类）${name(code.slice(0, 5))}（款）${row.name}（项）`;
}

/** 年初预算 of a row: the table's own 预算数 column, else the 补充信息 row 年初预算数：<编码>. */
export function openingBudget(ctx: NarrativeContext, t: CodeTable | undefined, row: CodeRow): Slot<number> {
  // A blank 预算数 cell is no budget: ask for it rather than write a rate over 0.
  if (t?.columns.some((c) => c.role === "budget") && !(row.values.budget?.blank ?? false)) return cellOrZero(row.values.budget);
  const key = codedKey("budget.t06", row.code!);
  const given = inputAmountSlot(ctx.inputs, key);
  return isAbsent(given) ? absent(key, codedLabel("年初预算数", row.code!)) : given;
}

export function fullYearBudget(ctx: NarrativeContext, code: string): Known<number> | null {
  const s = inputAmountSlot(ctx.inputs, codedKey("budget.t06FullYear", code));
  return isAbsent(s) ? null : s;
}

export function itemParagraph(ctx: NarrativeContext, t: CodeTable, row: CodeRow, n: number, role: AmountRole, section: string, id: string): Paragraph {
  const code = row.code!;
  const w = new ParagraphWriter(ctx).t(`${n}、${itemTitle(t, row)}。主要用于：`);
  writeShText(w, codedKey("use.t06", code), codedLabel("主要用于", code));
  w.t("。");
  const actual = cellSlot(row.values[role], `${t.id}[${code}].${role}`, `${t.id.replace("T", "公开")}表 ${code}`);
  writeBudgetLine(w, { opening: openingBudget(ctx, t, row), fullYear: fullYearBudget(ctx, code), actual, reasonKey: codedKey("reason.budget", code), withRate: false });
  return w.paragraph(section, id);
}
