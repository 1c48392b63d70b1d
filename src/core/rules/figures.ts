/**
 * Figures: a reported amount with the table and words that name it. Rules read tables through
 * these accessors so that every comparison can say which cells it used. Accessors return null
 * when the row or column is absent: a missing value is another rule's finding, never a crash.
 */
import type { Amount } from "../amounts";
import type { CellRef } from "../cells";
import { amountOf, expenditureRow, incomeRow } from "../tables/lookup";
import type { AmountRole, BasicExpenditureTable, CodeRow, CodeTable, LabelRow, SanGongItem, SanGongTable, SummaryTable } from "../tables/model";
import type { TableId } from "../tables/table-ids";
import { codeRowLabel, ROLE_ZH, SANGONG_ZH } from "./describe";

export interface Figure {
  readonly amount: Amount;
  readonly table: TableId;
  /** How a message names it: "本年收入合计", "合计行 基本支出", "2010301 行政运行 合计". */
  readonly label: string;
  /** Where to point when the amount carries no cell of its own (e.g. a blank cell). */
  readonly ref: CellRef | null;
  /** −1 when the figure is subtracted in a relation (see `negate`). */
  readonly sign?: 1 | -1;
}

export function negate(f: Figure): Figure {
  return { ...f, sign: f.sign === -1 ? 1 : -1 };
}

export function figure(table: TableId, label: string, amount: Amount, ref: CellRef | null = amount.ref): Figure {
  return { amount, table, label, ref };
}

/** A label row's amount. T01 and the T04 income panel hold it in `amount`; T04's 支出 panel in total/gpb/gfb/socb. */
export function labelRowFigure(table: SummaryTable, row: LabelRow | undefined, role: AmountRole = "amount"): Figure | null {
  if (!row) return null;
  const a = amountOf(row.values, role);
  if (!a) return null;
  const sub = row.section === "opening" ? "（年初结转和结余）" : "";
  const col = role === "amount" ? "" : ` ${ROLE_ZH[role]}`;
  return { amount: a, table: table.id, label: `${row.label}${sub}${col}`, ref: a.ref ?? row.ref };
}

export function incomeFigure(table: SummaryTable, label: string, opts: { role?: AmountRole; section?: LabelRow["section"] } = {}): Figure | null {
  return labelRowFigure(table, incomeRow(table, label, opts.section ?? "main"), opts.role ?? "amount");
}

export function expenditureFigure(table: SummaryTable, label: string, role: AmountRole = "amount"): Figure | null {
  return labelRowFigure(table, expenditureRow(table, label), role);
}

export function codeRowFigure(table: CodeTable, row: CodeRow | undefined | null, role: AmountRole): Figure | null {
  if (!row) return null;
  const a = amountOf(row.values, role);
  if (!a) return null;
  return { amount: a, table: table.id, label: `${codeRowLabel(row)} ${ROLE_ZH[role]}`, ref: a.ref ?? row.ref };
}

export function totalRowFigure(table: CodeTable, role: AmountRole): Figure | null {
  return codeRowFigure(table, table.total, role);
}

/** Amount roles that some row of the table fills, in column order. */
export function amountRolesOf(table: CodeTable): AmountRole[] {
  const roles = new Set<AmountRole>();
  for (const r of [...(table.total ? [table.total] : []), ...table.rows]) {
    for (const k of Object.keys(r.values) as AmountRole[]) roles.add(k);
  }
  const colOf = (role: AmountRole): number => table.columns.find((c) => c.role === role)?.col ?? Number.MAX_SAFE_INTEGER;
  return [...roles].sort((a, b) => colOf(a) - colOf(b));
}

export type T08Panel = "personnel" | "publicFunds";

export const T08_PANEL_TOTAL: Readonly<Record<T08Panel, string>> = { personnel: "人员经费合计", publicFunds: "公用经费合计" };

export function t08PanelTotalFigure(table: BasicExpenditureTable, panel: T08Panel): Figure | null {
  const a = table[panel].total;
  return a ? { amount: a, table: table.id, label: T08_PANEL_TOTAL[panel], ref: a.ref } : null;
}

export function t08BasicTotalFigure(table: BasicExpenditureTable): Figure | null {
  const a = table.basicTotal;
  return a ? { amount: a, table: table.id, label: "基本支出合计", ref: a.ref } : null;
}

/** T08 rows of both panels, with the panel each belongs to. */
export function t08Rows(table: BasicExpenditureTable): { panel: T08Panel; row: CodeRow }[] {
  return [
    ...table.personnel.rows.map((row) => ({ panel: "personnel" as const, row })),
    ...table.publicFunds.rows.map((row) => ({ panel: "publicFunds" as const, row })),
  ];
}

/** A T08 economic row (class 301 or item 30101) from whichever panel holds it. */
export function t08CodeFigure(table: BasicExpenditureTable, code: string): Figure | null {
  const hit = t08Rows(table).find((x) => x.row.code === code);
  if (!hit) return null;
  const a = amountOf(hit.row.values, "amount");
  return a ? { amount: a, table: table.id, label: codeRowLabel(hit.row), ref: a.ref ?? hit.row.ref } : null;
}

export function sanGongFigure(table: SanGongTable, item: SanGongItem, column: "budget" | "actual"): Figure | null {
  const a = table.items[item]?.[column];
  if (!a) return null;
  return { amount: a, table: table.id, label: `${SANGONG_ZH[item]} ${ROLE_ZH[column]}`, ref: a.ref };
}
