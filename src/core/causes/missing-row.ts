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
import type { Finding } from "../rules/findings";
import { codeChildren } from "../rules/shared";
import type { AmountRole, AmountValues, BasicExpenditureTable, BreakdownColumn, CodeRow, CodeTable, Workbook } from "../tables/model";
import type { TableId } from "../tables/table-ids";
import { cellKey } from "./substitute";

/**
 * Rows that list codes under one total: a coded table (公开02/03/05/06/07/09/11/13/14表), or one
 * panel of 公开08表 (人员经费 / 公用经费, each with its own total).
 */
export interface RowSet {
  readonly table: TableId;
  /** "T06", "T08:personnel": a set's identity. */
  readonly key: string;
  readonly sheet: string;
  readonly domain: CodeTable["domain"];
  /** The rows as the model stores them, in sheet order (a 合计 row may be among them). */
  readonly rows: readonly CodeRow[];
  /** What the top-level codes add up to: the 合计 row, or the panel total as a row. */
  readonly total: CodeRow | null;
  readonly breakdowns: readonly BreakdownColumn[];
  /** The workbook with this set's rows replaced. */
  readonly put: (workbook: Workbook, rows: readonly CodeRow[]) => Workbook;
}

export interface MissingRow {
  /** The set (table, or 公开08表 panel) that lacks the row. */
  readonly set: RowSet;
  readonly code: string;
  readonly name: string;
  /** The row as it would read once added (values from the parent's gap; no cells of its own). */
  readonly row: CodeRow;
  /** Where the row belongs: the code cell of the row it goes before (or just below the last row). */
  readonly at: CellRef;
  /** The set's rows with the row added. */
  readonly rows: readonly CodeRow[];
  /** The sheet column of each amount (by role, or `breakdown:` + key), from the parent row's cells. */
  readonly cols: ReadonlyMap<string, number>;
  /** The table that lists the code, its row, and the cell to point at. */
  readonly source: { readonly table: TableId; readonly row: CodeRow; readonly ref: CellRef };
  /** Broken findings that name the code's absence or its parent: the candidate's support. */
  readonly votes: Set<number>;
}

function codedSet(t: CodeTable): RowSet {
  return {
    table: t.id,
    key: t.id,
    sheet: t.sheet,
    domain: t.domain,
    rows: t.rows,
    total: t.total,
    breakdowns: t.breakdowns ?? [],
    put: (wb, rows) => ({ ...wb, tables: { ...wb.tables, [t.id]: { ...t, rows } } }),
  };
}

function t08Sets(t: BasicExpenditureTable): RowSet[] {
  const names = { personnel: "人员经费合计", publicFunds: "公用经费合计" } as const;
  return (["personnel", "publicFunds"] as const).map((panel) => {
    const p = t[panel];
    // The panel's footer total is what its classes add up to (I-15): a row without a code.
    const total: CodeRow | null = p.total ? { code: null, level: "total", name: names[panel], row: p.total.ref?.row ?? t.titleRef.row, ref: p.total.ref ?? t.titleRef, values: { amount: p.total } } : null;
    return {
      table: t.id,
      key: `${t.id}:${panel}`,
      sheet: t.sheet,
      domain: "economic" as const,
      rows: p.rows,
      total,
      breakdowns: [],
      put: (wb: Workbook, rows: readonly CodeRow[]) => ({ ...wb, tables: { ...wb.tables, T08: { ...t, [panel]: { ...p, rows } } } }),
    };
  });
}

/** Every set of code rows in the workbook. */
export function rowSets(workbook: Workbook): RowSet[] {
  const out: RowSet[] = [];
  for (const t of Object.values(workbook.tables)) {
    if (t?.kind === "coded") out.push(codedSet(t));
    else if (t?.kind === "basic") out.push(...t08Sets(t));
  }
  return out;
}

function rowAmounts(row: CodeRow): Amount[] {
  return [...Object.values(row.values), ...Object.values(row.breakdown ?? {})].filter((a): a is Amount => a !== undefined);
}

/** The cell a cause about the row points at: its first non-zero amount (合计 first), else its code cell. */
function pointAt(row: CodeRow): CellRef {
  const first = [row.values.total, ...rowAmounts(row)].find((a) => a !== undefined && a.micros !== 0 && a.ref !== null);
  return first?.ref ?? row.ref;
}

const isData = (r: CodeRow): boolean => r.code !== null && r.level !== "total";

/** Where a row with `code` belongs in the set: before the first data row whose code sorts after it. */
function placeOf(set: RowSet, code: string): { index: number; at: CellRef } | null {
  const rows = set.rows;
  const next = rows.findIndex((r) => isData(r) && r.code! > code);
  if (next >= 0) return { index: next, at: rows[next]!.ref };
  const data = rows.filter(isData);
  const last = data[data.length - 1];
  if (!last) return null;
  return { index: rows.indexOf(last) + 1, at: { ...last.ref, row: last.row + 1 } };
}

/**
 * The row `code` as its parent's gap implies it: per column (and breakdown column) the parent's
 * amount minus the other children's. Null when the set has no parent row for it or the gap is
 * zero in every column (then nothing is missing by the set's own arithmetic).
 */
export function impliedRow(set: RowSet, code: string, name: string, level: CodeRow["level"]): { row: CodeRow; rows: CodeRow[]; cols: Map<string, number> } | null {
  const place = placeOf(set, code);
  if (!place) return null;
  const probe: CodeRow = { code, level, name, row: place.at.row, ref: place.at, values: {} };
  const rows = [...set.rows.slice(0, place.index), probe, ...set.rows.slice(place.index)];
  const children = codeChildren({ rows });
  let parentCode: string | null = null;
  for (const [p, kids] of children) if (kids.includes(probe)) parentCode = p;
  if (parentCode === null) return null;
  const parent = parentCode === "" ? set.total : set.rows.find((r) => r.code === parentCode);
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
  // Rows keep their sheet positions: the model of the unchanged sheet plus one row between two.
  rows[place.index] = row;
  return { row, rows, cols };
}

/**
 * Candidates from the findings to repair (`targets`): a code that a finding pairs across tables
 * while one side reads 0 because its table lacks the row (an absent figure), and the codes other
 * tables list under a parent row that a finding names (款 ≠ Σ项 with a 项 another table has).
 */
export function missingRowCandidates(workbook: Workbook, findings: readonly Finding[], targets: readonly number[], max: number): MissingRow[] {
  const sets = rowSets(workbook);
  const byCell = new Map<string, { set: RowSet; row: CodeRow }>();
  const codesOf = new Map<TableId, Set<string>>();
  for (const set of sets) {
    const codes = codesOf.get(set.table) ?? new Set<string>();
    for (const r of set.rows) if (isData(r)) codes.add(r.code!);
    codesOf.set(set.table, codes);
    for (const row of [...(set.total ? [set.total] : []), ...set.rows]) for (const a of rowAmounts(row)) if (a.ref) byCell.set(cellKey(a.ref), { set, row });
  }
  type Source = { set: RowSet; row: CodeRow; ref: CellRef };
  const found = new Map<string, { set: RowSet; code: string; source: Source; tied: boolean; votes: Set<number> }>();
  // `tied`: the source row was compared with this table's absent row, so its figures are the ones
  // the message should quote; a source found through a parent only stands in until then.
  const vote = (set: RowSet, code: string, source: Source, i: number, tied: boolean): void => {
    if (set.domain === "unknown" || source.set.domain !== set.domain || source.set.table === set.table || codesOf.get(set.table)!.has(code)) return;
    const key = `${set.key}|${code}`;
    let c = found.get(key);
    if (!c) found.set(key, (c = { set, code, source, tied, votes: new Set() }));
    else if (tied && !c.tied) found.set(key, (c = { ...c, source, tied }));
    c.votes.add(i);
  };
  /** The sets of a table a code may be missing from: those listing its class (公开08表's panel), else all. */
  const setsFor = (table: TableId, code: string): RowSet[] => {
    const own = sets.filter((s) => s.table === table);
    const sameClass = own.filter((s) => s.rows.some((r) => isData(r) && r.code!.slice(0, 3) === code.slice(0, 3)));
    return sameClass.length > 0 ? sameClass : own;
  };
  for (const i of targets) {
    const d = findings[i]!.data;
    if (d.kind !== "compare") continue;
    const terms = [...d.left, ...d.right];
    const located = terms.map((f) => (f.amount.ref ? byCell.get(cellKey(f.amount.ref)) : undefined)).filter((x) => x !== undefined);
    // A side that reads 0 because its table has no such row, against a row another table has.
    const lacking = new Set(terms.filter((f) => f.amount.ref === null && f.amount.blank && f.amount.micros === 0).map((f) => f.table));
    for (const table of lacking) {
      for (const x of located) {
        if (!x.row.code) continue;
        for (const set of setsFor(table, x.row.code)) vote(set, x.row.code, { set: x.set, row: x.row, ref: evidenceCell(x.row, terms) }, i, true);
      }
    }
    // A parent row in a broken relation: children other tables list under the same parent code.
    for (const x of located) {
      const parent = x.row.level === "total" ? "" : x.row.code;
      if (parent === null) continue;
      for (const other of sets) {
        for (const r of other.rows) {
          if (isData(r) && r.code!.length === parent.length + 2 && r.code!.startsWith(parent)) vote(x.set, r.code!, { set: other, row: r, ref: pointAt(r) }, i, false);
        }
      }
    }
  }
  const out: MissingRow[] = [];
  const ranked = [...found.values()].sort((a, b) => b.votes.size - a.votes.size || `${a.set.key}${a.code}`.localeCompare(`${b.set.key}${b.code}`));
  for (const c of ranked) {
    if (out.length >= max) break;
    const implied = impliedRow(c.set, c.code, c.source.row.name, c.source.row.level);
    if (!implied) continue;
    out.push({
      set: c.set,
      code: c.code,
      name: c.source.row.name,
      row: implied.row,
      at: implied.row.ref,
      rows: implied.rows,
      cols: implied.cols,
      source: { table: c.source.set.table, row: c.source.row, ref: c.source.ref },
      votes: c.votes,
    });
  }
  return out;
}

/** The cell of the row that a finding compared (the evidence), else the row's own first amount. */
function evidenceCell(row: CodeRow, terms: readonly { amount: Amount }[]): CellRef {
  const mine = new Set(rowAmounts(row).map((a) => (a.ref ? cellKey(a.ref) : "")));
  return terms.find((f) => f.amount.ref && mine.has(cellKey(f.amount.ref)))?.amount.ref ?? pointAt(row);
}
