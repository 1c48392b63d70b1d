import { formatRef } from "../cells";
import type { Amount } from "../amounts";
import { codeDigits, domainOfCodes, economicCodeOfHeader, levelOfCode, padPart, splitCodeAndName } from "./codes";
import { roleOfPath, roleOfWord } from "./columns";
import { readHeader, type HeaderBlock } from "./header";
import type { AmountRole, AmountValues, BreakdownColumn, CodeRow, CodeTable, ColumnInfo, ColumnRole, LoadIssue } from "./model";
import { normaliseText } from "./normalise";
import { isNoteText, ReadContext } from "./read-context";
import type { TableRegion } from "./recognise";
import { tableLabel, type TableId } from "./table-ids";

const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<AmountRole>([
  "amount", "total", "fiscal", "superior", "business", "operating", "affiliated", "other", "basic", "project",
  "toSuperior", "operatingExp", "toAffiliated", "gpb", "gfb", "socb", "opening", "income", "expTotal", "closing", "budget", "actual",
]);

export function isAmountRole(role: ColumnRole): role is AmountRole {
  return AMOUNT_ROLES.has(role);
}

export interface CodeColumns {
  whole: number | null;
  parts: number[];
  name: number | null;
}

/** Finds the code and name columns; several columns all headed 科目编码 are 类|款|项 parts. */
export function codeColumns(columns: readonly ColumnInfo[]): CodeColumns {
  const parts = columns.filter((c) => c.role === "codeClass" || c.role === "codeSection" || c.role === "codeItem").map((c) => c.col);
  const wholes = columns.filter((c) => c.role === "code").map((c) => c.col);
  const name = columns.find((c) => c.role === "name" || c.role === "label")?.col ?? null;
  if (parts.length === 0 && wholes.length > 1) return { whole: null, parts: wholes.slice(0, 3), name };
  return { whole: wholes[0] ?? null, parts, name };
}

/** Composes codes row by row; blank 类/款 parts inherit from the rows above (tables.md §5.4). */
export class CodeComposer {
  private cls: string | null = null;
  private section: string | null = null;

  constructor(private readonly cols: CodeColumns, private readonly ctx: ReadContext) {}

  compose(row: number): { code: string | null; name: string; isTotal: boolean } {
    const g = this.ctx.grid;
    let name = this.cols.name !== null ? g.text(row, this.cols.name) : "";
    let code: string | null = null;
    const texts: string[] = [];
    if (this.cols.whole !== null) {
      const v = g.value(row, this.cols.whole);
      texts.push(g.norm(row, this.cols.whole));
      code = codeDigits(v);
      if (code === null && typeof v === "string") {
        const split = splitCodeAndName(v);
        if (split.code) {
          code = split.code;
          if (!name) name = split.name;
        }
      }
    } else if (this.cols.parts.length > 0) {
      const [c0, c1, c2] = this.cols.parts;
      const p0 = c0 !== undefined ? codeDigits(g.value(row, c0)) : null;
      const p1 = c1 !== undefined ? codeDigits(g.value(row, c1)) : null;
      const p2 = c2 !== undefined ? codeDigits(g.value(row, c2)) : null;
      for (const c of this.cols.parts) texts.push(g.norm(row, c));
      if (p0 !== null && p0.length >= 3) {
        // A whole code typed into the 类 column.
        if (p0.length > 3) {
          code = p0;
        } else {
          this.cls = p0;
          this.section = null;
          code = p0;
        }
      }
      if (p1 !== null && this.cls) {
        this.section = padPart(p1);
        code = this.cls + this.section;
      }
      if (p2 !== null && this.cls && this.section) code = this.cls + this.section + padPart(p2);
      if (p0 === null && p1 === null && p2 === null) code = null;
    }
    if (code === null && name) {
      const split = splitCodeAndName(name);
      if (split.code) {
        code = split.code;
        name = split.name;
      }
    }
    const label = normaliseText(name);
    const isTotal = code === null && [...texts, label].some((t) => t === "合计" || t === "总计" || t === "合计数");
    return { code, name: name.trim(), isTotal };
  }
}

export function amountColumns(columns: readonly ColumnInfo[]): { role: AmountRole; col: number }[] {
  const seen = new Set<AmountRole>();
  const out: { role: AmountRole; col: number }[] = [];
  for (const c of columns) {
    if (isAmountRole(c.role) && !seen.has(c.role)) {
      seen.add(c.role);
      out.push({ role: c.role, col: c.col });
    }
  }
  return out;
}

const FUND_ZH: Readonly<Record<string, string>> = { gpb: "一般公共预算财政拨款", gfb: "政府性基金预算财政拨款", socb: "国有资本经营预算财政拨款" };
const PART_ZH: Readonly<Record<string, string>> = { basic: "基本支出", project: "项目支出" };

/**
 * A column that breaks a row down beyond the table-wide roles (model BreakdownColumn): an 经济分类
 * header ("302 商品和服务支出", "工资福利支出"), or 基本支出 / 项目支出 under one fund's header.
 * `of` is fixed later, once the table's own total column is known.
 */
function breakdownOf(path: readonly string[], col: number): BreakdownColumn | null {
  const leaf = path[path.length - 1] ?? "";
  const econ = economicCodeOfHeader(leaf);
  if (econ) return { key: `econ:${econ.code}`, kind: "economic", of: "total", label: `${econ.code} ${econ.name}`.trim(), col };
  const part = roleOfWord(leaf);
  if (part !== "basic" && part !== "project") return null;
  const fund = path.slice(0, -1).map(roleOfWord).find((r) => r === "gpb" || r === "gfb" || r === "socb");
  return fund ? { key: `${fund}:${part}`, kind: "fundPart", of: fund, label: `${FUND_ZH[fund]} ${PART_ZH[part]}`, col } : null;
}

/** Economic columns add up to the table's total column (合计, or the one 项目支出/金额 column). */
const ECONOMIC_TOTAL_ROLES: readonly AmountRole[] = ["total", "project", "amount", "actual"];

export function classifyColumns(header: HeaderBlock, shape: Parameters<typeof roleOfPath>[1]): { columns: ColumnInfo[]; unknown: { col: number; path: readonly string[] }[] } {
  const columns: ColumnInfo[] = [];
  const unknown: { col: number; path: readonly string[] }[] = [];
  for (const h of header.columns) {
    const breakdown = shape === "coded" ? breakdownOf(h.path, h.col) : null;
    if (breakdown) {
      columns.push({ col: h.col, role: "breakdown", path: h.path, breakdown });
      continue;
    }
    const role = roleOfPath(h.path, shape);
    if (role) columns.push({ col: h.col, role, path: h.path });
    else unknown.push(h);
  }
  return { columns, unknown };
}

/** Reads T02, T03, T05, T06, T07, T09, T11, T13, T14: 合计 + 类/款/项 rows by code. */
export function readCodedTable(region: TableRegion): { table: CodeTable; ctx: ReadContext } {
  const header = readHeader(region);
  const ctx = new ReadContext(region, header);
  const shape = region.id === "T11" || region.id === "T13" ? "carryOver" : "coded";
  const { columns, unknown } = classifyColumns(header, shape);
  const g = region.grid;
  for (const u of unknown) {
    if (/^\d+$/.test(u.path.join(""))) continue;
    ctx.issue("header-unknown", "warning", `${tableLabel(region.id)} 表头“${u.path.join(" › ")}”（${formatRef(ctx.ref(header.headerTop, u.col))}）无法识别，该列未读取。`, [ctx.ref(header.headerTop, u.col)]);
  }
  const cols = codeColumns(columns);
  const amountCols = amountColumns(columns);
  if (cols.whole === null && cols.parts.length === 0 && cols.name === null) {
    ctx.issue("header-no-code", "error", `${tableLabel(region.id)} 未找到“科目编码”或“科目名称”列，无法读取行。`, [ctx.ref(header.headerTop, g.left)]);
  }
  if (amountCols.length === 0 && !columns.some((c) => c.breakdown)) {
    ctx.issue("header-no-amount", "error", `${tableLabel(region.id)} 未找到金额列（如“合计”“基本支出”），无法读取金额。`, [ctx.ref(header.headerTop, g.left)]);
  }
  const ofEconomic = ECONOMIC_TOTAL_ROLES.find((r) => amountCols.some((a) => a.role === r)) ?? "total";
  const breakdowns = columns.flatMap((c) => (c.breakdown ? [c.breakdown.kind === "economic" ? { ...c.breakdown, of: ofEconomic } : c.breakdown] : []));
  const composer = new CodeComposer(cols, ctx);
  const rows: CodeRow[] = [];
  let total: CodeRow | null = null;
  const codeCol = cols.whole ?? cols.parts[0] ?? cols.name ?? g.left;
  for (let r = header.dataStart; r <= region.endRow; r++) {
    if (g.isRowEmpty(r)) continue;
    const first = firstTextOf(ctx, r);
    if (isNoteText(first)) continue;
    const { code, name, isTotal } = composer.compose(r);
    if (!code && !isTotal) {
      if (amountCols.some((a) => hasAmount(ctx, r, a.col))) {
        ctx.issue("row-unrecognised", "warning", `${tableLabel(region.id)} 第 ${r + 1} 行有金额，但没有可识别的科目编码，未读取。`, [ctx.ref(r, codeCol)]);
      }
      continue;
    }
    const values: AmountValues = {};
    const inline = header.inlineHeader?.row === r ? header.inlineHeader.cols : [];
    for (const a of amountCols) if (!inline.includes(a.col)) values[a.role] = ctx.amount(r, a.col);
    const breakdown: Record<string, Amount> = {};
    for (const b of breakdowns) if (!inline.includes(b.col)) breakdown[b.key] = ctx.amount(r, b.col);
    const more = breakdowns.length > 0 ? { breakdown } : {};
    if (isTotal) {
      const row: CodeRow = { code: null, level: "total", name: name || "合计", row: r, ref: ctx.ref(r, cols.name ?? codeCol), values, ...more };
      if (!total) total = row;
      rows.push(row);
      continue;
    }
    const level = levelOfCode(code!);
    if (!level) {
      ctx.issue("code-invalid", "warning", `${tableLabel(region.id)} ${formatRef(ctx.ref(r, codeCol))} 的科目编码“${code}”不是 3、5 或 7 位，未读取该行。`, [ctx.ref(r, codeCol)]);
      continue;
    }
    rows.push({ code: code!, level, name, row: r, ref: ctx.ref(r, codeCol), values, ...more });
  }
  checkHierarchy(rows, ctx);
  reportInlineHeader(ctx, header, rows);
  const table: CodeTable = {
    kind: "coded",
    ...ctx.base(columns),
    domain: domainOfCodes(rows.filter((r) => r.code).map((r) => r.code!)),
    rows,
    total,
    ...(breakdowns.length > 0 ? { breakdowns } : {}),
  };
  return { table, ctx };
}

/**
 * Sub-headings printed in the 合计 row leave that row without amounts in those columns. With data
 * rows below, say once which totals cannot be checked and what to do; an empty table needs nothing.
 */
function reportInlineHeader(ctx: ReadContext, header: HeaderBlock, rows: readonly CodeRow[]): void {
  const inline = header.inlineHeader;
  if (!inline || !rows.some((r) => r.code !== null)) return;
  const cells = inline.cols.map((c) => ctx.ref(inline.row, c));
  const where = cells.map(formatRef).join("、");
  ctx.issue(
    "total-row-headings",
    "info",
    `${tableLabel(ctx.id)} 第 ${inline.row + 1} 行（${where}）印的是栏目名称而不是合计金额，这几栏的合计无法与其他表核对，其余各行照常读取和核对。如需核对，请把栏目名称移到表头，并在合计行填写金额。`,
    cells,
  );
}

function firstTextOf(ctx: ReadContext, row: number): string {
  for (let c = ctx.grid.left; c <= ctx.grid.right; c++) {
    const t = ctx.grid.text(row, c);
    if (t) return t;
  }
  return "";
}

function hasAmount(ctx: ReadContext, row: number, col: number): boolean {
  const v = ctx.grid.value(row, col);
  return typeof v === "number" ? v !== 0 : typeof v === "string" && /\d/.test(v);
}

function checkHierarchy(rows: readonly CodeRow[], ctx: ReadContext): void {
  ctx.issues.push(...hierarchyIssues(ctx.id, rows));
}

/** A 项 needs its 款 row and a 款 its 类 row: parent/child come from codes, not row order. */
export function hierarchyIssues(id: TableId, rows: readonly CodeRow[]): LoadIssue[] {
  const codes = new Set(rows.map((r) => r.code).filter((c): c is string => c !== null));
  const out: LoadIssue[] = [];
  for (const r of rows) {
    if (!r.code || r.code.length === 3) continue;
    const parent = r.code.slice(0, r.code.length - 2);
    if (!codes.has(parent)) {
      out.push({
        code: "code-hierarchy",
        severity: "warning",
        table: id,
        message: `${tableLabel(id)} ${formatRef(r.ref)} 的科目“${r.code} ${r.name}”缺少上级科目 ${parent} 所在行，无法核对类、款、项汇总关系。`,
        cells: [r.ref],
      });
    }
  }
  return out;
}

