import { parseAmountCell, toHalfWidth, type Amount } from "../amounts";
import { cellRef, formatRef, type CellRef } from "../cells";
import { rawFormatAt, rawValueAt, sheetBounds, type RawSheet, type RawValue } from "../raw-sheet";
import type { LoadIssue } from "../tables/model";
import { normaliseText } from "../tables/normalise";
import { isCaptionLabel, isHeaderLabel, resolveLabel, type ResolvedLabel } from "./labels";
import type { InputEntry, Inputs } from "./model";

export const SUPPLEMENTARY_SHEET_NAME = "补充信息";

/** The 补充信息 sheet among a workbook's sheets: exact name first, then a name containing it. */
export function findSupplementarySheet(sheets: readonly RawSheet[]): RawSheet | null {
  const norm = (s: RawSheet) => normaliseText(s.name);
  return sheets.find((s) => norm(s) === SUPPLEMENTARY_SHEET_NAME) ?? sheets.find((s) => norm(s).includes(SUPPLEMENTARY_SHEET_NAME)) ?? null;
}

/** Reads the inputs of a workbook; without a 补充信息 sheet the result is empty plus one info issue. */
export function readInputs(sheets: readonly RawSheet[]): Inputs {
  const sheet = findSupplementarySheet(sheets);
  if (sheet) return readSupplementarySheet(sheet);
  return {
    amounts: {},
    counts: {},
    texts: {},
    issues: [
      {
        code: "inputs-sheet-missing",
        severity: "info",
        message:
          "未找到“补充信息”工作表：上年数、预算数、“三公”统计数、变动原因等将以【待补充】占位。可用 juesuan inputs -o 补充信息.xlsx 生成模板，填好后作为名为“补充信息”的工作表加入工作簿。",
        cells: [],
      },
    ],
  };
}

interface Columns {
  readonly label: number;
  readonly value: number;
  readonly firstRow: number;
}

/** Finds the 项目 | 数值 columns; the header row is optional. */
function locateColumns(sheet: RawSheet): Columns {
  const b = sheetBounds(sheet);
  for (let row = b.top; row <= Math.min(b.bottom, b.top + 5); row++) {
    for (let col = b.left; col <= b.right; col++) {
      const v = rawValueAt(sheet, row, col);
      if (typeof v === "string" && isHeaderLabel(v)) return { label: col, value: col + 1, firstRow: row + 1 };
    }
  }
  // No header: the label column is the leftmost one holding text.
  for (let col = b.left; col <= b.right; col++) {
    for (let row = b.top; row <= b.bottom; row++) {
      if (typeof rawValueAt(sheet, row, col) === "string") return { label: col, value: col + 1, firstRow: b.top };
    }
  }
  return { label: b.left, value: b.left + 1, firstRow: b.top };
}

function isBlank(v: RawValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

type Parsed = { ok: true; value: Amount | number | string } | { ok: false; why: string };

function parseValue(sheet: RawSheet, row: number, col: number, resolved: ResolvedLabel): Parsed {
  const value = rawValueAt(sheet, row, col);
  const ref = cellRef(sheet.name, row, col);
  switch (resolved.kind) {
    case "amount": {
      const parsed = parseAmountCell(value, rawFormatAt(sheet, row, col), resolved.unit ?? "万元", ref);
      if (parsed.problem?.kind === "text" || parsed.problem?.kind === "error") return { ok: false, why: "不是数字" };
      return { ok: true, value: parsed.amount };
    }
    case "count":
    case "year": {
      const n = typeof value === "number" ? value : parseCountText(String(value));
      if (n === null || !Number.isInteger(n) || n < 0) return { ok: false, why: resolved.kind === "year" ? "不是年份" : "不是非负整数" };
      if (resolved.kind === "year" && (n < 1990 || n > 2100)) return { ok: false, why: "不是年份" };
      return { ok: true, value: n };
    }
    case "text": {
      // A trailing full stop would double up with the template's own 。
      const text = String(value).trim().replace(/[。；，;,.\s]+$/, "");
      return { ok: true, value: text };
    }
  }
}

/** "15", "15辆", "2021年度" → the integer; anything else → null. */
function parseCountText(text: string): number | null {
  const m = /^(\d+)(辆|个|人|人次|次|批次|台|套|台（套）|年|年度)?$/.exec(normaliseText(toHalfWidth(text)));
  return m ? Number(m[1]) : null;
}

interface Collected {
  amounts: Record<string, InputEntry<Amount>>;
  counts: Record<string, InputEntry<number>>;
  texts: Record<string, InputEntry<string>>;
  labelRefs: Map<string, CellRef>;
  issues: LoadIssue[];
}

/** Reads one 补充信息 sheet: 项目 | 数值 (| 说明, ignored). */
export function readSupplementarySheet(sheet: RawSheet): Inputs {
  const out: Collected = { amounts: {}, counts: {}, texts: {}, labelRefs: new Map(), issues: [] };
  if (sheet.values.length === 0) return { amounts: {}, counts: {}, texts: {}, issues: [] };
  const cols = locateColumns(sheet);
  const b = sheetBounds(sheet);
  for (let row = cols.firstRow; row <= b.bottom; row++) readRow(sheet, row, cols, out);
  return { amounts: out.amounts, counts: out.counts, texts: out.texts, issues: out.issues };
}

function readRow(sheet: RawSheet, row: number, cols: Columns, out: Collected): void {
  const rawLabel = rawValueAt(sheet, row, cols.label);
  const value = rawValueAt(sheet, row, cols.value);
  const labelRef = cellRef(sheet.name, row, cols.label);
  const valueRef = cellRef(sheet.name, row, cols.value);
  if (isBlank(rawLabel)) {
    if (!isBlank(value)) issue(out, "input-label-missing", "warning", `${formatRef(valueRef)} 有数值“${String(value)}”但没有项目名称，已忽略。`, [valueRef]);
    return;
  }
  const label = String(rawLabel).trim();
  if (isHeaderLabel(label) || (isCaptionLabel(label) && isBlank(value))) return;
  const resolved = resolveLabel(label);
  if (!resolved) {
    issue(out, "input-label-unknown", "warning", `${formatRef(labelRef)} 的项目“${label}”无法识别，已忽略。请使用模板中的项目名称（可用 juesuan inputs -o 生成模板）。`, [labelRef]);
    return;
  }
  if (isBlank(value)) return;
  const first = out.labelRefs.get(resolved.key);
  if (first) {
    issue(out, "input-label-duplicate", "warning", `“${resolved.label}”重复填写（${formatRef(first)} 与 ${formatRef(labelRef)}），已使用第一处的值。`, [labelRef, first]);
    return;
  }
  const parsed = parseValue(sheet, row, cols.value, resolved);
  if (!parsed.ok) {
    issue(out, "input-value-invalid", "error", `${formatRef(valueRef)}：“${resolved.label}”的数值“${String(value)}”${parsed.why}，已忽略。`, [valueRef]);
    return;
  }
  out.labelRefs.set(resolved.key, labelRef);
  const entry = { key: resolved.key, label: resolved.label, ref: valueRef, source: "sheet" as const };
  if (resolved.kind === "amount") out.amounts[resolved.key] = { ...entry, value: parsed.value as Amount };
  else if (resolved.kind === "text") out.texts[resolved.key] = { ...entry, value: parsed.value as string };
  else out.counts[resolved.key] = { ...entry, value: parsed.value as number };
}

function issue(out: Collected, code: string, severity: LoadIssue["severity"], message: string, cells: CellRef[]): void {
  out.issues.push({ code, severity, message, cells });
}
