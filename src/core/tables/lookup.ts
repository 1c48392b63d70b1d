import type { Amount } from "../amounts";
import type { AmountRole, AmountValues, CodeRow, CodeTable, LabelRow, SummaryTable } from "./model";

/** Accessors used by rules, narrative and charts; they never throw on a missing row. */

export function incomeRow(t: SummaryTable, label: string, section: LabelRow["section"] = "main"): LabelRow | undefined {
  return t.income.find((r) => r.label === label && r.section === section);
}

export function expenditureRow(t: SummaryTable, label: string): LabelRow | undefined {
  return t.expenditure.find((r) => r.label === label);
}

/** Expenditure rows that stand for a 功能分类 class (label mapped to a 3-digit code). */
export function classRows(t: SummaryTable): LabelRow[] {
  return t.expenditure.filter((r) => r.classCode !== null);
}

export function amountOf(values: AmountValues | undefined, role: AmountRole): Amount | null {
  return values?.[role] ?? null;
}

export function codeRow(t: CodeTable, code: string): CodeRow | undefined {
  return t.rows.find((r) => r.code === code);
}

export function rowsAtLevel(t: CodeTable, level: CodeRow["level"]): CodeRow[] {
  return t.rows.filter((r) => r.level === level);
}

/** The name of a code's row in the table ("一般公共服务支出"), or null. */
export function nameOf(t: CodeTable, code: string): string | null {
  return codeRow(t, code)?.name ?? null;
}
