/**
 * Building blocks of the cross-table rules (X-xx): 1:1 ties whose message names both tables
 * without repeating a one-term sum, pairing of class and code rows across tables, figures for a
 * row one table lacks (it reads 0), and the "could not be assessed" note.
 */
import type { Amount } from "../amounts";
import type { CellRef } from "../cells";
import { ROUNDING_NOTE, toWanNumber, type Comparison } from "../rounding";
import { T04_EXPENDITURE, T04_INCOME } from "../tables/labels";
import type { AmountRole, CodeRow, CodeTable, LabelRow, SanGongItem, SummaryTable } from "../tables/model";
import { tableLabel, type TableId } from "../tables/table-ids";
import { blankSuspects, sameCell } from "./compare";
import { ROLE_ZH } from "./describe";
import { codeRowFigure, labelRowFigure, type Figure } from "./figures";
import type { CompareData, Finding, Severity } from "./findings";
import type { RuleContext } from "./rule";

type Ctx = RuleContext<never>;
type MaybeFigure = Figure | null | undefined;

export interface CrossOptions {
  /** What the relation says, put first. */
  readonly subject?: string;
  /** Group the finding under this table instead of the first figure's. */
  readonly table?: TableId;
  /** Appended to the message (a likely cause). */
  readonly hint?: string;
  /** Severity of 不一致 instead of the rule's (尾差 is always info). */
  readonly severity?: Severity;
  /** Cluster key for 尾差 findings that share a root (Finding.group); 不一致 stay single. */
  readonly roundingGroup?: string;
}

function present(list: readonly MaybeFigure[]): Figure[] {
  return list.filter((f): f is Figure => f !== null && f !== undefined);
}

/** Up to this many figures, every cell is listed, zeros included (a 1:1 tie against a 0 cell). */
const LIST_ZEROS_UP_TO = 4;

/** The cells a finding lists; `suspects` (blank cells that may cause a 不一致) come last. */
function cellsOf(figures: readonly Figure[], suspects: readonly Figure[] = []): CellRef[] {
  const out: CellRef[] = [];
  const listZeros = figures.length <= LIST_ZEROS_UP_TO;
  const add = (f: Figure, always: boolean): void => {
    const ref = f.amount.ref ?? f.ref;
    if (!ref || (!always && !listZeros && f.amount.micros === 0)) return;
    if (!out.some((r) => sameCell(r, ref))) out.push(ref);
  };
  // The first figure is where to jump, even when it reads 0; in long sums zeros are left out.
  figures.forEach((f, i) => add(f, i === 0));
  if (out.length === 0) figures.forEach((f) => add(f, true));
  suspects.forEach((f) => add(f, true));
  return out;
}

function toSide(x: MaybeFigure | readonly MaybeFigure[]): Figure[] {
  return present(Array.isArray(x) ? x : [x as MaybeFigure]);
}

function finding(ctx: Ctx, c: Comparison, l: Figure[], r: Figure[], messageId: "cross.equal" | "cross.atMost", opts: CrossOptions): Finding[] {
  if (c.outcome === "exact") return [];
  const rounding = c.outcome === "rounding";
  const data: CompareData = { kind: "compare", ...(opts.subject ? { subject: opts.subject } : {}), ...(opts.hint ? { hint: opts.hint } : {}), left: l, right: r, comparison: c };
  const base = ctx.report({
    messageId,
    data,
    cells: cellsOf([...l, ...r], rounding ? [] : blankSuspects(l, r, c.gap)),
    table: opts.table ?? l[0]!.table,
    outcome: rounding ? "rounding" : "inconsistent",
    ...(rounding ? { severity: "info" as const, note: ROUNDING_NOTE } : opts.severity ? { severity: opts.severity } : {}),
    expected: toWanNumber(c.right),
    actual: toWanNumber(c.left),
    difference: toWanNumber(c.gap),
  });
  return [
    {
      ...base,
      ...(c.bound > 0 ? { bound: c.bound / 1_000_000 } : {}),
      ...(c.boundary ? { boundary: true } : {}),
      ...(rounding && opts.roundingGroup ? { group: opts.roundingGroup } : {}),
    },
  ];
}

/**
 * A leaf shown in a 元 table and in a 万元 table is rounded to two different precisions, so the
 * two figures need not be equal: such a pair is compared by intervals, like totals. Zeros carry
 * no precision and never make a pair mixed.
 */
function samePrecision(a: Figure, b: Figure): boolean {
  return a.amount.micros === 0 || b.amount.micros === 0 || a.amount.ulp === b.amount.ulp;
}

/**
 * Σ left = Σ right across tables. `kind` "sum" when a total is on either side (interval bound),
 * "tie" when both sides are the same leaf figure (exact under the interval policy; one figure a
 * side). Null figures are absent and count as 0; if a whole side is absent nothing is compared.
 */
export function crossEqual(ctx: Ctx, kind: "sum" | "tie", left: MaybeFigure | readonly MaybeFigure[], right: MaybeFigure | readonly MaybeFigure[], opts: CrossOptions = {}): Finding[] {
  const l = toSide(left);
  const r = toSide(right);
  if (l.length === 0 || r.length === 0) return [];
  if (kind === "tie" && (l.length !== 1 || r.length !== 1)) throw new Error("a leaf tie compares one figure with one figure");
  const c = ctx.compare.evaluate(kind === "tie" && !samePrecision(l[0]!, r[0]!) ? "sum" : kind, l, r);
  return finding(ctx, c, l, r, "cross.equal", opts);
}

/**
 * Σ sub ≤ Σ sup across tables (rules.md §5.3): exact when both sides are leaves (`leaf`),
 * interval bound when a total is on either side. Lists the superset's cell even when it reads 0.
 */
export function crossAtMost(ctx: Ctx, sub: MaybeFigure | readonly MaybeFigure[], sup: MaybeFigure | readonly MaybeFigure[], opts: CrossOptions & { readonly leaf?: boolean } = {}): Finding[] {
  const l = toSide(sub);
  const r = toSide(sup);
  if (l.length === 0 || r.length === 0) return [];
  const leaf = (opts.leaf ?? false) && l.length === 1 && r.length === 1 && samePrecision(l[0]!, r[0]!);
  const c = ctx.compare.evaluate("atMost", l, r, leaf);
  return finding(ctx, c, l, r, "cross.atMost", opts);
}

/** Downgrades 不一致 findings to another severity (尾差 stays info). */
export function withSeverity(findings: readonly Finding[], severity: Severity): Finding[] {
  return findings.map((f) => (f.outcome === "inconsistent" && f.severity !== "info" ? { ...f, severity } : f));
}

// ───────────────────────── absent rows ─────────────────────────

const ZERO_AMOUNT: Amount = { micros: 0, ulp: 0, ref: null, blank: true };

/** A row the table does not list: it reads 0, and the message says so. */
export function absentFigure(table: TableId, label: string, ref: CellRef | null = null, why = "本表无此行"): Figure {
  return { amount: { ...ZERO_AMOUNT, ref: null }, table, label: `${label}（${why}，按0计）`, ref };
}

/** The figure of a code row, or an absent-row 0 when the table lacks the code. */
export function codeFigureOrZero(table: CodeTable, code: string, row: CodeRow | undefined, role: AmountRole, name?: string): Figure | null {
  if (row) return codeRowFigure(table, row, role);
  return absentFigure(table.id, `${code}${name ? ` ${name}` : ""} ${ROLE_ZH[role]}`);
}

/** Data rows of a coded table (the reader also lists the 合计 row among `rows`). */
export function dataRows(table: CodeTable): CodeRow[] {
  return table.rows.filter((r) => r.code !== null && r.level !== "total");
}

/** Whether any row of the table (合计 included) has a cell in this column. */
export function hasColumn(table: CodeTable, role: AmountRole): boolean {
  return table.columns.some((c) => c.role === role) || [table.total, ...table.rows].some((r) => r?.values[role] !== undefined);
}

export interface CodePair {
  readonly code: string;
  readonly a: CodeRow | undefined;
  readonly b: CodeRow | undefined;
  readonly name: string;
}

/**
 * Rows of two coded tables paired by code, in code order; `filter` picks the codes (e.g. 3-digit
 * classes only). A code only one table lists pairs with undefined.
 */
export function pairCodeRows(a: CodeTable, b: CodeTable, filter: (code: string) => boolean = () => true): CodePair[] {
  const byCode = new Map<string, { a?: CodeRow; b?: CodeRow }>();
  for (const r of dataRows(a)) if (filter(r.code!) && !byCode.get(r.code!)?.a) byCode.set(r.code!, { ...byCode.get(r.code!), a: r });
  for (const r of dataRows(b)) if (filter(r.code!) && !byCode.get(r.code!)?.b) byCode.set(r.code!, { ...byCode.get(r.code!), b: r });
  return [...byCode.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([code, p]) => ({ code, a: p.a, b: p.b, name: p.a?.name || p.b?.name || "" }));
}

export interface ClassPair {
  readonly code: string;
  readonly label: LabelRow | undefined;
  readonly row: CodeRow | undefined;
}

/**
 * T01/T04 expenditure class rows (label mapped to a 3-digit code) paired with a coded table's 类
 * rows. Labels the codebook cannot map are left out (I-02/I-11 still sum them).
 */
export function pairClassRows(summary: SummaryTable, coded: CodeTable): ClassPair[] {
  const out = new Map<string, { label?: LabelRow; row?: CodeRow }>();
  for (const r of summary.expenditure) if (r.classCode && !out.get(r.classCode)?.label) out.set(r.classCode, { ...out.get(r.classCode), label: r });
  for (const r of dataRows(coded)) if (r.level === "class" && !out.get(r.code!)?.row) out.set(r.code!, { ...out.get(r.code!), row: r });
  return [...out.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([code, p]) => ({ code, label: p.label, row: p.row }));
}

/** The class row's figure of a summary table, or an absent-row 0. */
export function classFigureOrZero(summary: SummaryTable, pair: ClassPair, role: AmountRole): Figure | null {
  if (pair.label) return labelRowFigure(summary, pair.label, role);
  const name = pair.row?.name ? `${pair.row.name}` : `${pair.code} 类`;
  return absentFigure(summary.id, `${name}${role === "amount" ? "" : ` ${ROLE_ZH[role]}`}`);
}

/** A coded table's 类 row figure, or an absent-row 0. */
export function codedClassFigureOrZero(coded: CodeTable, pair: ClassPair, role: AmountRole): Figure | null {
  if (pair.row) return codeRowFigure(coded, pair.row, role);
  return absentFigure(coded.id, `${pair.code}${pair.label ? ` ${pair.label.label}` : ""} ${ROLE_ZH[role]}`);
}

// ───────────────────────── not assessable ─────────────────────────

/** An info finding: the rule could not be assessed on this table's layout (rules.md §1 n/a). */
export function notAssessed(ctx: Ctx, table: { readonly id: TableId; readonly titleRef: CellRef }, reason: string, what: string): Finding {
  return ctx.report({
    message: `${tableLabel(table.id)} ${reason}，无法核对${what}（不评估）。`,
    cells: [table.titleRef],
    table: table.id,
    severity: "info",
  });
}

export const DOMAIN_ZH: Readonly<Record<CodeTable["domain"], string>> = { functional: "功能分类", economic: "经济分类", unknown: "无法识别" };

/** A coded table with no code rows (an empty table keeps only its header, maybe a 合计 row). */
export function isEmptyTable(table: CodeTable): boolean {
  return dataRows(table).length === 0;
}

// ───────────────────────── 三公 ↔ 经济分类 (tables.md §7.4) ─────────────────────────

export const SANGONG_ECON_LINKS: readonly { readonly code: string; readonly name: string; readonly item: SanGongItem }[] = [
  { code: "30212", name: "因公出国（境）费用", item: "abroad" },
  { code: "31013", name: "公务用车购置", item: "vehiclePurchase" },
  { code: "30231", name: "公务用车运行维护费", item: "vehicleOperation" },
  { code: "30217", name: "公务接待费", item: "reception" },
];

// ───────────────────────── T11 / T13 against a T04 fund column ─────────────────────────

/**
 * X-17 / X-18: the 合计 row of a fund table (T11 for gfb, T13 for socb) against T04's fund column
 * (income, 年初 sub-row, 本年支出合计, 年末), and its class rows' 本年支出 against T04's class rows.
 * Every figure is a total: interval bound. An empty fund table reads 0.
 */
export function fundTableTies(ctx: Ctx, t04: SummaryTable, table: CodeTable, fund: "gfb" | "socb", ruleId: string): Finding[] {
  const empty = isEmptyTable(table);
  if (!table.total && !empty) return [notAssessed(ctx, table, "没有合计行", `合计行与公开04表${ROLE_ZH[fund]}栏的对应关系（${ruleId}）`)];
  const incomeLabel = fund === "gfb" ? T04_INCOME.gfb : T04_INCOME.socb;
  const tot = (role: AmountRole): Figure | null => {
    if (table.total) return hasColumn(table, role) ? codeRowFigure(table, table.total, role) : null;
    return absentFigure(table.id, `合计行 ${ROLE_ZH[role]}`, table.titleRef, "本表无数据");
  };
  const ties: [AmountRole, Figure | null][] = [
    ["opening", labelRowFigure(t04, t04.income.find((r) => r.label === incomeLabel && r.section === "opening"), "amount")],
    ["income", labelRowFigure(t04, t04.income.find((r) => r.label === incomeLabel && r.section === "main"), "amount")],
    ["expTotal", labelRowFigure(t04, t04.expenditure.find((r) => r.label === T04_EXPENDITURE.currentTotal), fund)],
    ["closing", labelRowFigure(t04, t04.expenditure.find((r) => r.label === T04_EXPENDITURE.closing), fund)],
  ];
  const out: Finding[] = ties.flatMap(([role, b]) => crossEqual(ctx, "sum", tot(role), b));
  if (!empty && hasColumn(table, "expTotal")) {
    for (const p of pairClassRows(t04, table)) {
      const a = codedClassFigureOrZero(table, p, "expTotal");
      const b = classFigureOrZero(t04, p, fund);
      out.push(...crossEqual(ctx, "sum", a, b, { subject: `${p.code} 类`, roundingGroup: `${ruleId}:classes:rounding` }));
    }
  }
  return out;
}

/**
 * The 合计 row's figure of a coded table; for a table published with headers only (no code
 * rows, no 合计 row) a 0 that points at its title, so that "T03 empty while T01 shows spending"
 * is still found. Null when the table has rows but no 合计 row, or lacks the column.
 */
export function codedTotalFigure(table: CodeTable, role: AmountRole): Figure | null {
  if (table.total) return codeRowFigure(table, table.total, role);
  if (isEmptyTable(table)) return absentFigure(table.id, `合计行 ${ROLE_ZH[role]}`, table.titleRef, "本表无数据");
  return null;
}
