import type { Amount } from "../amounts";
import { T01_EXPENDITURE, T01_INCOME, T04_INCOME } from "../tables/labels";
import { expenditureRow, incomeRow } from "../tables/lookup";
import type { AmountRole, CodeTable, Workbook } from "../tables/model";
import { tableLabel, type TableId } from "../tables/table-ids";
import { absent, cellSlot, type Slot } from "./slots";

/**
 * The table figures the narrative binds to (narrative.md §3), as slots. A figure whose table or
 * row is missing becomes a placeholder named after the cell notation, e.g. "公开01表 总计".
 */

function missingCell(table: TableId, row: string, role?: AmountRole): Slot<number> {
  const key = `${table}.${row}${role ? `.${role}` : ""}`;
  return absent(key, `${tableLabel(table)} ${row}`);
}

function slotOf(amount: Amount | null | undefined, table: TableId, row: string, role?: AmountRole): Slot<number> {
  if (!amount) return missingCell(table, row, role);
  return cellSlot(amount, `${table}.${row}`, `${tableLabel(table)} ${row}`);
}

/** T01.总计 (收 = 支, one number: N-08). */
export function t01GrandTotal(wb: Workbook): Slot<number> {
  const t = wb.tables.T01;
  const a = t ? (incomeRow(t, T01_INCOME.grandTotal)?.values.amount ?? expenditureRow(t, T01_EXPENDITURE.grandTotal)?.values.amount) : null;
  return slotOf(a, "T01", "总计");
}

export function t01IncomeRow(wb: Workbook, label: string): Amount | null {
  const t = wb.tables.T01;
  return (t && incomeRow(t, label)?.values.amount) ?? null;
}

export function t01CurrentIncome(wb: Workbook): Slot<number> {
  return slotOf(t01IncomeRow(wb, T01_INCOME.currentTotal), "T01", T01_INCOME.currentTotal);
}

export function t01CurrentExpenditure(wb: Workbook): Slot<number> {
  const t = wb.tables.T01;
  return slotOf(t && expenditureRow(t, T01_EXPENDITURE.currentTotal)?.values.amount, "T01", T01_EXPENDITURE.currentTotal);
}

/** T04.总计. */
export function t04GrandTotal(wb: Workbook): Slot<number> {
  const t = wb.tables.T04;
  const a = t ? (incomeRow(t, T04_INCOME.grandTotal)?.values.amount ?? expenditureRow(t, T04_INCOME.grandTotal)?.values.total) : null;
  return slotOf(a, "T04", "总计");
}

/** A coded table's 合计 row value. */
export function totalRowValue(t: CodeTable | undefined, role: AmountRole): Amount | null {
  return t?.total?.values[role] ?? null;
}

export function codedTotal(wb: Workbook, id: "T03" | "T06" | "T11" | "T13" | "T14", role: AmountRole): Slot<number> {
  return slotOf(totalRowValue(wb.tables[id], role), id, "合计", role);
}

/** Every amount of a table is zero (or the table holds none). */
export function allZero(amounts: readonly Amount[] | undefined): boolean {
  return (amounts ?? []).every((a) => a.micros === 0);
}
