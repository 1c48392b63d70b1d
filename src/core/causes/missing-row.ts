/**
 * A coded row (类/款/项, or an 经济分类 line) missing from one table while another table lists it.
 * No single cell explains that: the table's parent row still holds the lost amounts (款 ≠ Σ项) and
 * every tie that pairs the code across tables reads 0 on this side. The candidate row gets, per
 * column, the amount its parent's gap implies (parent − Σ the other children); it is placed where
 * its code belongs, added to the model as a virtual row (it has no cells yet), and the rules are
 * run again. Only rows that repair findings without breaking anything become causes.
 */
import type { Amount } from "../amounts";
import type { CellRef } from "../cells";
import { dataRows } from "../rules/cross-helpers";
import type { Finding } from "../rules/findings";
import { codeChildren } from "../rules/shared";
import type { AmountRole, AmountValues, CodeRow, CodeTable, Workbook } from "../tables/model";
import type { TableId } from "../tables/table-ids";
import { cellKey } from "./substitute";

export interface MissingRow {
  /** The table that lacks the row. */
  readonly table: TableId;
  readonly code: string;
  readonly name: string;
  /** The row as it would read once added (values from the parent's gap; no cells of its own). */
  readonly row: CodeRow;
  /** Where the row belongs: the code cell of the row it goes before (or just below the last row). */
  readonly at: CellRef;
  /** Its index among the table's rows once added (`withRow`). */
  readonly index: number;
  /** The sheet column of each amount (by role, or `breakdown:` + key), from the parent row's cells. */
  readonly cols: ReadonlyMap<string, number>;
  /** The table that lists the code, its row, and the cell to point at. */
  readonly source: { readonly table: TableId; readonly row: CodeRow; readonly ref: CellRef };
  /** Broken findings that name the code's absence or its parent: the candidate's support. */
  readonly votes: Set<number>;
}

function codedTables(workbook: Workbook): CodeTable[] {
  return Object.values(workbook.tables).filter((t): t is CodeTable => t?.kind === "coded");
}

function rowAmounts(row: CodeRow): Amount[] {
  return [...Object.values(row.values), ...Object.values(row.breakdown ?? {})].filter((a): a is Amount => a !== undefined);
}

/** The cell a cause about the row points at: its first non-zero amount (合计 first), else its code cell. */
function pointAt(row: CodeRow): CellRef {
  const first = [row.values.total, ...rowAmounts(row)].find((a) => a !== undefined && a.micros !== 0 && a.ref !== null);
  return first?.ref ?? row.ref;
}

/** Where a row with `code` belongs in the table: before the first data row whose code sorts after it. */
function placeOf(table: CodeTable, code: string): { index: number; at: CellRef } | null {
  const rows = table.rows;
  const next = rows.findIndex((r) => r.code !== null && r.level !== "total" && r.code > code);
  if (next >= 0) return { index: next, at: rows[next]!.ref };
  const data = dataRows(table);
  const last = data[data.length - 1];
  if (!last) return null;
  return { index: rows.indexOf(last) + 1, at: { ...last.ref, row: last.row + 1 } };
}

/**
 * The row `code` as its parent's gap implies it: per column (and breakdown column) the parent's
 * amount minus the other children's. Null when the table has no parent row for it or the gap is
 * zero in every column (then nothing is missing by this table's own arithmetic).
 */
export function impliedRow(table: CodeTable, code: string, name: string, level: CodeRow["level"]): { row: CodeRow; index: number; cols: Map<string, number> } | null {
  const place = placeOf(table, code);
  if (!place) return null;
  const probe: CodeRow = { code, level, name, row: place.at.row, ref: place.at, values: {} };
  const rows = [...table.rows.slice(0, place.index), probe, ...table.rows.slice(place.index)];
  const children = codeChildren({ ...table, rows });
  let parentCode: string | null = null;
  for (const [p, kids] of children) if (kids.includes(probe)) parentCode = p;
  if (parentCode === null) return null;
  const parent = parentCode === "" ? table.total : table.rows.find((r) => r.code === parentCode);
  if (!parent) return null;
  const siblings = children.get(parentCode)!.filter((r) => r !== probe);
  const implied = (of: Amount | undefined, pick: (r: CodeRow) => Amount | undefined): Amount | undefined => {
    if (!of) return undefined;
    const sum = siblings.reduce((s, r) => s + (pick(r)?.micros ?? 0), 0);
    const ulp = Math.max(of.ulp, ...siblings.map((r) => pick(r)?.ulp ?? 0));
    // No cell yet: the amount points nowhere until the user inserts the row.
    return { micros: of.micros - sum, ulp, ref: null, blank: false };
  };
  const cols = new Map<string, number>();
  const values: AmountValues = {};
  for (const role of Object.keys(parent.values) as AmountRole[]) {
    const a = implied(parent.values[role], (r) => r.values[role]);
    if (a) values[role] = a;
    const col = parent.values[role]?.ref?.col;
    if (col !== undefined) cols.set(role, col);
  }
  const breakdown: Record<string, Amount> = {};
  for (const key of Object.keys(parent.breakdown ?? {})) {
    const a = implied(parent.breakdown![key], (r) => r.breakdown?.[key]);
    if (a) breakdown[key] = a;
    const col = parent.breakdown![key]?.ref?.col;
    if (col !== undefined) cols.set(`breakdown:${key}`, col);
  }
  const row: CodeRow = { ...probe, values, ...(parent.breakdown ? { breakdown } : {}) };
  if (rowAmounts(row).every((a) => a.micros === 0)) return null;
  return { row, index: place.index, cols };
}

/** The workbook with `row` added to the table at `index` of its rows. */
export function withRow(workbook: Workbook, table: CodeTable, row: CodeRow, index: number): Workbook {
  // Rows keep their sheet positions: the model of the unchanged sheet plus one row between two.
  const rows = [...table.rows.slice(0, index), row, ...table.rows.slice(index)];
  return { ...workbook, tables: { ...workbook.tables, [table.id]: { ...table, rows } } };
}

/**
 * Candidates from the findings to repair (`targets`): a code that a finding pairs across tables
 * while one side reads 0 because its table lacks the row (an absent figure), and the codes other
 * tables list under a parent row that a finding names (款 ≠ Σ项 with a 项 another table has).
 */
export function missingRowCandidates(workbook: Workbook, findings: readonly Finding[], targets: readonly number[], max: number): MissingRow[] {
  const tables = codedTables(workbook);
  const byCell = new Map<string, { table: CodeTable; row: CodeRow }>();
  const codes = new Map<TableId, Set<string>>();
  for (const t of tables) {
    codes.set(t.id, new Set(dataRows(t).map((r) => r.code!)));
    for (const row of [...(t.total ? [t.total] : []), ...t.rows]) for (const a of rowAmounts(row)) if (a.ref) byCell.set(cellKey(a.ref), { table: t, row });
  }
  const found = new Map<string, { table: CodeTable; code: string; source: { table: CodeTable; row: CodeRow; ref: CellRef }; tied: boolean; votes: Set<number> }>();
  // `tied`: the source row was compared with this table's absent row, so its figures are the ones
  // the message should quote; a source found through a parent only stands in until then.
  const vote = (table: CodeTable, code: string, source: { table: CodeTable; row: CodeRow; ref: CellRef }, i: number, tied: boolean): void => {
    if (table.domain === "unknown" || source.table.domain !== table.domain || codes.get(table.id)!.has(code)) return;
    const key = `${table.id}|${code}`;
    let c = found.get(key);
    if (!c) found.set(key, (c = { table, code, source, tied, votes: new Set() }));
    else if (tied && !c.tied) found.set(key, (c = { ...c, source, tied }));
    c.votes.add(i);
  };
  for (const i of targets) {
    const d = findings[i]!.data;
    if (d.kind !== "compare") continue;
    const terms = [...d.left, ...d.right];
    const located = terms.map((f) => (f.amount.ref ? byCell.get(cellKey(f.amount.ref)) : undefined)).filter((x) => x !== undefined);
    // A side that reads 0 because its table has no such row, against a row another table has.
    const lacking = terms.filter((f) => f.amount.ref === null && f.amount.blank && f.amount.micros === 0).map((f) => tables.find((t) => t.id === f.table));
    for (const t of lacking) {
      if (!t) continue;
      for (const x of located) if (x.table !== t && x.row.code) vote(t, x.row.code, { table: x.table, row: x.row, ref: evidenceCell(x.row, terms) }, i, true);
    }
    // A parent row in a broken relation: children other tables list under the same parent code.
    for (const x of located) {
      const parent = x.row.level === "total" ? "" : x.row.code;
      if (parent === null) continue;
      for (const other of tables) {
        if (other === x.table) continue;
        for (const r of dataRows(other)) {
          if (r.code!.length === parent.length + 2 && r.code!.startsWith(parent)) vote(x.table, r.code!, { table: other, row: r, ref: pointAt(r) }, i, false);
        }
      }
    }
  }
  const out: MissingRow[] = [];
  const ranked = [...found.values()].sort((a, b) => b.votes.size - a.votes.size || `${a.table.id}${a.code}`.localeCompare(`${b.table.id}${b.code}`));
  for (const c of ranked) {
    if (out.length >= max) break;
    const implied = impliedRow(c.table, c.code, c.source.row.name, c.source.row.level);
    if (!implied) continue;
    out.push({ table: c.table.id, code: c.code, name: c.source.row.name, row: implied.row, at: implied.row.ref, index: implied.index, cols: implied.cols, source: { table: c.source.table.id, row: c.source.row, ref: c.source.ref }, votes: c.votes });
  }
  return out;
}

/** The cell of the row that a finding compared (the evidence), else the row's own first amount. */
function evidenceCell(row: CodeRow, terms: readonly { amount: Amount }[]): CellRef {
  const mine = new Set(rowAmounts(row).map((a) => (a.ref ? cellKey(a.ref) : "")));
  return terms.find((f) => f.amount.ref && mine.has(cellKey(f.amount.ref)))?.amount.ref ?? pointAt(row);
}
