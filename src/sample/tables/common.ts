/** Parts every table shares: the title block, notes, code columns and ordinal labels. */
import { BlockBuilder, code, text, type CellSpec, type HeaderNode } from "../block";
import type { FamilyTable } from "../families";
import type { SampleFigures } from "../figures";
import type { SampleOptions } from "../options";

export interface TableContext {
  readonly figures: SampleFigures;
  readonly table: FamilyTable;
  readonly options: SampleOptions;
}

/** Sichuan exports print a 栏次 row and 行次 columns; the central/Shanghai 2024 template has neither. */
export function hasColumnNumbers(ctx: TableContext): boolean {
  return ctx.options.family !== "central9";
}

/** The 栏次 label cell, or nothing when the row prints only its numbers (columnNumberRow "bare"). */
export function columnNoLabel(ctx: TableContext): CellSpec | null {
  return ctx.options.columnNumberRow === "bare" ? null : text("栏次", "center");
}

/** A column number of the 栏次 row; "bare" rows write it like an amount (1.00). */
export function columnNo(ctx: TableContext, n: number): CellSpec {
  return ctx.options.columnNumberRow === "bare" ? { kind: "ordinal", n, amountFormat: true } : { kind: "ordinal", n };
}

export type CodeDomain = "functional" | "economic";

export const WIDTH = { codePart: 6, wholeCode: 11, name: 34, amount: 15, label: 30, lineNo: 6 } as const;

/**
 * Title, number label and the 编制单位 … 金额单位 line. The title spans the whole width and
 * is centred; the label sits alone in the top-right cell of its own row, as in real exports.
 */
export function preamble(b: BlockBuilder, ctx: TableContext): void {
  b.spanRow("title", text(ctx.table.title, "center"));
  const last = b.width - 1;
  if (ctx.options.titleLabel && ctx.table.label) {
    const cells: (CellSpec | null)[] = Array<null>(b.width).fill(null);
    cells[last] = text(ctx.table.label, "right");
    b.row("label", cells);
  }
  const cells: (CellSpec | null)[] = Array<null>(b.width).fill(null);
  cells[0] = text(`编制单位：${ctx.figures.unitName}`, "left");
  cells[last] = text(`金额单位：${ctx.options.unit}`, "right");
  const r = b.row("meta", cells);
  if (last >= 2) b.merge(r, 0, r, last - 1);
}

/** Notes under the table, each merged across the width. */
export function notes(b: BlockBuilder, lines: readonly (string | undefined)[]): void {
  for (const line of lines) if (line) b.spanRow("note", text(line, "left"));
}

/** Number of code cells: split 功能分类 = 类|款|项, split 经济分类 = 类|款, whole = 1. */
export function codeCellCount(ctx: TableContext, domain: CodeDomain): number {
  if (ctx.options.codes === "whole") return 1;
  return domain === "functional" ? 3 : 2;
}

/** The 项目 › 科目编码 {类|款|项} | 科目名称 part of a coded table's header. */
export function codeHeader(ctx: TableContext, domain: CodeDomain): HeaderNode {
  const word = codeHeaderWord(ctx, domain);
  const codeNode: HeaderNode =
    ctx.options.codes === "whole"
      ? { text: word }
      : { text: word, children: (domain === "functional" ? ["类", "款", "项"] : ["类", "款"]).map((t) => ({ text: t })) };
  return { text: "项目", children: [codeNode, { text: "科目名称" }] };
}

/** 科目编码, 功能分类科目编码 / 经济分类科目编码, or 功能分类 / 经济分类 (option codeHeaderWording). */
export function codeHeaderWord(ctx: TableContext, domain: CodeDomain): string {
  const kind = domain === "functional" ? "功能分类" : "经济分类";
  switch (ctx.options.codeHeaderWording) {
    case "科目编码":
      return "科目编码";
    case "分类科目编码":
      return `${kind}科目编码`;
    case "分类":
      return kind;
  }
}

export function codeWidths(ctx: TableContext, domain: CodeDomain): number[] {
  return ctx.options.codes === "whole" ? [WIDTH.wholeCode] : Array<number>(codeCellCount(ctx, domain)).fill(WIDTH.codePart);
}

/**
 * Code cells of one row. Split: "2010301" → "201" | "03" | "01", a 类 row fills only 类, a 款
 * row 类 and 款 (SH-GOOD fills all parts on 项 rows).
 */
export function codeCells(ctx: TableContext, fullCode: string, domain: CodeDomain): (CellSpec | null)[] {
  if (ctx.options.codes === "whole") return [code(fullCode)];
  const parts = [fullCode.slice(0, 3), fullCode.slice(3, 5), fullCode.slice(5, 7)].slice(0, codeCellCount(ctx, domain));
  return parts.map((p) => (p === "" ? null : code(p)));
}

/** The 科目名称 cell, optionally prefixed by the code ("2010301 行政运行"). */
export function nameCell(ctx: TableContext, fullCode: string, name: string): CellSpec {
  return text(ctx.options.codePrefixedNames ? `${fullCode} ${name}` : name, "left");
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 21 → 二十一 (enough for the class list). */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new Error(`no Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/** "一、一般公共服务支出" */
export function ordinalLabel(i: number, label: string): string {
  return `${chineseNumber(i + 1)}、${label}`;
}
