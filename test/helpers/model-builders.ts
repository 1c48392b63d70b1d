/**
 * Small builders so a rule test reads like data:
 *
 *   codeTable("T06", [["合计", { total: "3747.70", basic: "3187.51" }], ["201", { total: "…" }]])
 *
 * Amounts are 万元 decimal strings ("" = blank cell, "-" = a dash zero, null = column absent in
 * that row). Cells get real addresses on a sheet named after the table's label ("公开06表"),
 * so findings can be asserted by cell. Layout: title row 0, unit row 1, headers rows 2–3,
 * data from row 4; code tables put the code in A, the name in B and amount roles from C on.
 */
import { decimalToMicros, type Amount } from "../../src/core/amounts";
import { cellRef, type CellRef } from "../../src/core/cells";
import type {
  AmountRole,
  AmountValues,
  BasicExpenditureTable,
  CodeLevel,
  CodeRow,
  CodeTable,
  ColumnInfo,
  FormatFamily,
  LabelRow,
  LoadIssue,
  SanGongItem,
  SanGongTable,
  SummaryTable,
  TableKinds,
  TableNote,
  Workbook,
} from "../../src/core/tables/model";
import { FAMILY_TABLES, TABLES, type TableId } from "../../src/core/tables/table-ids";

export const FIRST_DATA_ROW = 4;

/** A 2-decimal 万元 cell ("" = blank, "-" = dash zero). */
export function cell(text: string, ref: CellRef | null): Amount {
  if (text === "") return { micros: 0, ulp: 0, ref, blank: true };
  if (text === "-" || text === "—") return { micros: 0, ulp: 0, ref, blank: false };
  const micros = decimalToMicros(text.replace(/,/g, ""), "万元");
  if (micros === null) throw new Error(`not an amount: ${text}`);
  const dot = text.indexOf(".");
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  // Tests write "3789" for a 2-decimal 3789.00 figure; fewer decimals still mean 2 shown.
  const ulp = micros === 0 ? 0 : 1_000_000 / 10 ** Math.max(decimals, 2);
  return { micros, ulp, ref, blank: false };
}

/** Column order of amount roles: the order the tables print them (tables.md §3). */
const ROLE_ORDER: readonly AmountRole[] = [
  "amount", "opening", "income", "expTotal", "total", "fiscal", "superior", "business", "operating", "affiliated", "other",
  "gpb", "gfb", "socb", "basic", "project", "toSuperior", "operatingExp", "toAffiliated", "closing", "budget", "actual",
];

export interface TableExtras {
  readonly unitName?: string | null;
  readonly emptyStatement?: string | null;
  readonly notes?: readonly string[];
  readonly sheet?: string;
  readonly unit?: "元" | "万元" | "亿元" | null;
  readonly title?: string;
}

function base<I extends TableId>(id: I, extras: TableExtras, columns: ColumnInfo[], amounts: Amount[], lastRow: number) {
  const sheet = extras.sheet ?? TABLES[id].label;
  const noteRow = lastRow + 1;
  const notes: TableNote[] = (extras.notes ?? []).map((text, i) => ({ text, ref: cellRef(sheet, noteRow + i, 0) }));
  const emptyStatement = extras.emptyStatement ? { text: extras.emptyStatement, ref: cellRef(sheet, noteRow + notes.length, 0) } : null;
  return {
    id,
    sheet,
    title: extras.title ?? TABLES[id].title,
    titleRef: cellRef(sheet, 0, 0),
    numberLabel: TABLES[id].label,
    unit: extras.unit === undefined ? ("万元" as const) : extras.unit,
    unitRef: extras.unit === null ? null : cellRef(sheet, 1, 5),
    unitName: extras.unitName === undefined ? "示例单位" : extras.unitName,
    columns,
    notes: emptyStatement ? [...notes, emptyStatement] : notes,
    emptyStatement,
    amounts,
  };
}

// ───────────────────────── code tables ─────────────────────────

export type RowValues = Partial<Record<AmountRole, string | null>>;
/** [code or "合计", values, name?] */
export type CodeRowSpec = readonly [string, RowValues, string?];

function levelOf(code: string): CodeLevel {
  return code.length === 3 ? "class" : code.length === 5 ? "section" : "item";
}

export function codeTable<I extends "T02" | "T03" | "T05" | "T06" | "T07" | "T09" | "T11" | "T13" | "T14">(
  id: I,
  specs: readonly CodeRowSpec[],
  extras: TableExtras & { domain?: CodeTable["domain"] } = {},
): CodeTable & { id: I } {
  const sheet = extras.sheet ?? TABLES[id].label;
  const used = new Set<AmountRole>();
  for (const [, v] of specs) for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) used.add(k as AmountRole);
  const roles = ROLE_ORDER.filter((r) => used.has(r));
  const colOf = (r: AmountRole): number => 2 + roles.indexOf(r);
  const columns: ColumnInfo[] = [
    { col: 0, role: "code", path: ["科目编码"] },
    { col: 1, role: "name", path: ["科目名称"] },
    ...roles.map((role) => ({ col: colOf(role), role, path: [role] })),
  ];
  const amounts: Amount[] = [];
  const rows: CodeRow[] = [];
  let total: CodeRow | null = null;
  specs.forEach(([code, vals, name], i) => {
    const row = FIRST_DATA_ROW + i;
    const values: AmountValues = {};
    for (const role of roles) {
      const text = vals[role];
      if (text === null) continue;
      const a = cell(text ?? "", cellRef(sheet, row, colOf(role)));
      (values as Record<AmountRole, Amount>)[role] = a;
      amounts.push(a);
    }
    const isTotal = code === "合计";
    const r: CodeRow = {
      code: isTotal ? null : code,
      level: isTotal ? "total" : levelOf(code),
      name: name ?? (isTotal ? "合计" : `科目${code}`),
      row,
      ref: cellRef(sheet, row, isTotal ? 1 : 0),
      values,
    };
    if (isTotal) total = r;
    else rows.push(r);
  });
  const domain = extras.domain ?? (rows.length === 0 ? "unknown" : rows.every((r) => r.code!.startsWith("3")) ? "economic" : rows.every((r) => r.code!.startsWith("2")) ? "functional" : "unknown");
  return { ...base(id, extras, columns, amounts, FIRST_DATA_ROW + specs.length - 1), kind: "coded", domain, rows, total };
}

// ───────────────────────── T01 / T04 ─────────────────────────

/** [label, amount (T01, T04 income) or fund values (T04 expenditure), options] */
export type LabelRowSpec = readonly [string, string | RowValues, { section?: LabelRow["section"]; classCode?: string | null }?];

/** Class codes of the T01/T04 class rows tests use (the reader maps labels via the codebook). */
const CLASS_CODES: Record<string, string> = {
  一般公共服务支出: "201", 外交支出: "202", 国防支出: "203", 公共安全支出: "204", 教育支出: "205", 科学技术支出: "206",
  文化旅游体育与传媒支出: "207", 社会保障和就业支出: "208", 卫生健康支出: "210", 节能环保支出: "211", 城乡社区支出: "212",
  农林水支出: "213", 交通运输支出: "214", 住房保障支出: "221", 灾害防治及应急管理支出: "224", 其他支出: "229",
};

export function summaryTable<I extends "T01" | "T04">(
  id: I,
  panels: { income: readonly LabelRowSpec[]; expenditure: readonly LabelRowSpec[] },
  extras: TableExtras = {},
): SummaryTable & { id: I } {
  const sheet = extras.sheet ?? TABLES[id].label;
  const amounts: Amount[] = [];
  // Income panel: label A, amount B. Expenditure panel: label C, then amount (T01) or total/gpb/gfb/socb (T04) from D.
  const expRoles: AmountRole[] = id === "T01" ? ["amount"] : ["total", "gpb", "gfb", "socb"];
  const columns: ColumnInfo[] = [
    { col: 0, role: "label", path: ["收入", "项目"], panel: "income" },
    { col: 1, role: "amount", path: ["收入", "金额"], panel: "income" },
    { col: 2, role: "label", path: ["支出", "项目"], panel: "expenditure" },
    ...expRoles.map((role, i) => ({ col: 3 + i, role, path: ["支出", role], panel: "expenditure" })),
  ];
  const build = (specs: readonly LabelRowSpec[], labelCol: number, firstCol: number, roles: AmountRole[]): LabelRow[] =>
    specs.map(([label, v, opts], i) => {
      const row = FIRST_DATA_ROW + i;
      const values: AmountValues = {};
      const texts: RowValues = typeof v === "string" ? { [roles[0]!]: v } : v;
      roles.forEach((role, j) => {
        const text = texts[role];
        if (text === null || (text === undefined && typeof v === "string")) return;
        const a = cell(text ?? "", cellRef(sheet, row, firstCol + j));
        (values as Record<AmountRole, Amount>)[role] = a;
        amounts.push(a);
      });
      return {
        label,
        rawLabel: label,
        ref: cellRef(sheet, row, labelCol),
        section: opts?.section ?? "main",
        classCode: opts?.classCode !== undefined ? opts.classCode : (CLASS_CODES[label] ?? null),
        values,
      };
    });
  const income = build(panels.income, 0, 1, ["amount"]).map((r) => ({ ...r, classCode: null }));
  const expenditure = build(panels.expenditure, 2, 3, expRoles);
  const last = FIRST_DATA_ROW + Math.max(panels.income.length, panels.expenditure.length) - 1;
  return { ...base(id, extras, columns, amounts, last), kind: "summary", income, expenditure };
}

// ───────────────────────── T08 ─────────────────────────

export type EconomicRowSpec = readonly [string, string, string?];

export function basicTable(
  personnel: readonly EconomicRowSpec[],
  publicFunds: readonly EconomicRowSpec[],
  totals: { personnel?: string | null; publicFunds?: string | null; basic?: string | null },
  extras: TableExtras = {},
): BasicExpenditureTable {
  const sheet = extras.sheet ?? TABLES.T08.label;
  const amounts: Amount[] = [];
  const panel = (specs: readonly EconomicRowSpec[], codeCol: number): CodeRow[] =>
    specs.map(([code, text, name], i) => {
      const row = FIRST_DATA_ROW + i;
      const a = cell(text, cellRef(sheet, row, codeCol + 2));
      amounts.push(a);
      return { code, level: code.length === 3 ? "class" : "section", name: name ?? `经济科目${code}`, row, ref: cellRef(sheet, row, codeCol), values: { amount: a } };
    });
  const footer = FIRST_DATA_ROW + Math.max(personnel.length, publicFunds.length);
  const foot = (text: string | null | undefined, col: number, row = footer): Amount | null => {
    if (text === null || text === undefined) return null;
    const a = cell(text, cellRef(sheet, row, col));
    amounts.push(a);
    return a;
  };
  const columns: ColumnInfo[] = [
    { col: 0, role: "code", path: ["人员经费", "科目编码"], panel: "personnel" },
    { col: 1, role: "name", path: ["人员经费", "科目名称"], panel: "personnel" },
    { col: 2, role: "amount", path: ["人员经费", "决算数"], panel: "personnel" },
    { col: 3, role: "code", path: ["公用经费", "科目编码"], panel: "public" },
    { col: 4, role: "name", path: ["公用经费", "科目名称"], panel: "public" },
    { col: 5, role: "amount", path: ["公用经费", "决算数"], panel: "public" },
  ];
  const p = panel(personnel, 0);
  const q = panel(publicFunds, 3);
  return {
    ...base("T08", extras, columns, amounts, footer + 1),
    kind: "basic",
    personnel: { rows: p, total: foot(totals.personnel, 2) },
    publicFunds: { rows: q, total: foot(totals.publicFunds, 5) },
    basicTotal: foot(totals.basic, 2, footer + 1),
  };
}

// ───────────────────────── T10 / T12 ─────────────────────────

export type SanGongSpec = Partial<Record<SanGongItem, { budget?: string; actual?: string }>>;

const SANGONG_ORDER: readonly SanGongItem[] = ["sgTotal", "abroad", "vehicle", "vehiclePurchase", "vehicleOperation", "reception", "receptionDomestic", "receptionForeign"];

/** Variant A (horizontal): one data row, each item a budget|actual column pair. Variant B: one row per item. */
export function sanGongTable<I extends "T10" | "T12">(id: I, spec: SanGongSpec, extras: TableExtras & { variant?: SanGongTable["variant"] } = {}): SanGongTable & { id: I } {
  const sheet = extras.sheet ?? TABLES[id].label;
  const variant = extras.variant ?? "horizontal";
  const amounts: Amount[] = [];
  const items: SanGongTable["items"] = {};
  SANGONG_ORDER.forEach((item, i) => {
    const s = spec[item];
    if (!s) return;
    const at = (k: number): CellRef => (variant === "horizontal" ? cellRef(sheet, FIRST_DATA_ROW, 2 * i + k) : cellRef(sheet, FIRST_DATA_ROW + i, 1 + k));
    const entry: { budget?: Amount; actual?: Amount } = {};
    if (s.budget !== undefined) amounts.push((entry.budget = cell(s.budget, at(0))));
    if (s.actual !== undefined) amounts.push((entry.actual = cell(s.actual, at(1))));
    (items as Record<SanGongItem, typeof entry>)[item] = entry;
  });
  return { ...base(id, extras, [], amounts, FIRST_DATA_ROW + SANGONG_ORDER.length), kind: "sangong", variant, items, stats: {} };
}

/** A 三公 table with every item at 0.00 (预算数 and 决算数): the "no 三公 spending" case. */
export function zeroSanGongTable<I extends "T10" | "T12">(id: I): SanGongTable & { id: I } {
  const zero = { budget: "0.00", actual: "0.00" };
  return sanGongTable(id, { sgTotal: zero, abroad: zero, vehicle: zero, vehiclePurchase: zero, vehicleOperation: zero, reception: zero });
}

// ───────────────────────── workbook ─────────────────────────

type AnyBuilt = TableKinds[keyof TableKinds];

export function workbook(
  tables: readonly AnyBuilt[],
  opts: { family?: FormatFamily; absentByFormat?: readonly TableId[]; issues?: readonly LoadIssue[]; unitName?: string | null; unrecognisedSheets?: readonly string[]; sanGongScope?: Workbook["sanGongScope"]; sheetOrder?: readonly string[] } = {},
): Workbook {
  const map: Partial<TableKinds> = {};
  for (const t of tables) (map as Record<TableId, AnyBuilt>)[t.id] = t;
  const family = opts.family ?? "sichuan14";
  const expected: readonly TableId[] = family === "unknown" ? [] : FAMILY_TABLES[family];
  return {
    family,
    tables: map,
    expected,
    absentByFormat: opts.absentByFormat ?? [],
    unit: "万元",
    unitName: opts.unitName === undefined ? "示例单位" : opts.unitName,
    issues: opts.issues ?? [],
    unrecognisedSheets: opts.unrecognisedSheets ?? [],
    // Default: the tables' sheets in the order given.
    sheetOrder: opts.sheetOrder ?? [...new Set(tables.map((t) => t.sheet))],
    sanGongScope: opts.sanGongScope ?? "gpb",
  };
}
