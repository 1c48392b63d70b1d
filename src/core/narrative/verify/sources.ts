import type { Amount } from "../../amounts";
import type { Inputs } from "../../inputs/model";
import { T01_INCOME, T04_EXPENDITURE, T04_INCOME } from "../../tables/labels";
import { expenditureRow, incomeRow } from "../../tables/lookup";
import type { SanGongItem, Workbook } from "../../tables/model";

/** What the text is checked against: the workbook and the 补充信息 inputs. */
export interface Sources {
  readonly wb: Workbook;
  readonly inputs: Inputs;
}

export const amountOfInput = (s: Sources, key: string): Amount | null => s.inputs.amounts[key]?.value ?? null;

/** A T01 row's amount by its canonical label, on the income or the expenditure side. */
export function t01(s: Sources, label: string, side: "income" | "expenditure" = "income"): Amount | null {
  const t = s.wb.tables.T01;
  if (!t) return null;
  return (side === "income" ? incomeRow(t, label) : expenditureRow(t, label))?.values.amount ?? null;
}

/** T04.总计 (财政拨款收、支总计), read on the income side. */
export function t04Grand(s: Sources): Amount | null {
  const t = s.wb.tables.T04;
  return (t && incomeRow(t, T04_INCOME.grandTotal)?.values.amount) ?? null;
}

/** T04 本年收入合计 / 本年支出合计 (total column). */
export function t04Current(s: Sources, side: "income" | "expenditure"): Amount | null {
  const t = s.wb.tables.T04;
  if (!t) return null;
  if (side === "income") return incomeRow(t, T04_INCOME.currentTotal)?.values.amount ?? null;
  const row = expenditureRow(t, T04_EXPENDITURE.currentTotal);
  return row?.values.total ?? row?.values.amount ?? null;
}

export const t01Grand = (s: Sources): Amount | null => t01(s, T01_INCOME.grandTotal);

export const total = (s: Sources, id: "T03" | "T06" | "T11" | "T13" | "T14", role: "total" | "expTotal" | "basic") => s.wb.tables[id]?.total?.values[role] ?? null;

/** A 三公 item's 决算数 in T10. */
export const sg = (s: Sources, item: SanGongItem): Amount | null => s.wb.tables.T10?.items[item]?.actual ?? null;

const SG_BUDGET_KEYS: Partial<Record<SanGongItem, string>> = { sgTotal: "sg.total", abroad: "sg.abroad", vehicle: "sg.vehicle", reception: "sg.reception" };

/** A 三公 item's 预算数: T10's budget column, else the 补充信息 budget. */
export const sgBudget = (s: Sources, item: SanGongItem): Amount | null => s.wb.tables.T10?.items[item]?.budget ?? amountOfInput(s, `budget.${SG_BUDGET_KEYS[item]}`);
