/**
 * The 审核结果 sheet as plain rows (pure; tested without Excel): a note, the counts, the header
 * and one row per finding and per load issue — the headline under 说明, the explanation under
 * 详细说明 (both from the core's renderer) — with a link to the cell to look at. The link is
 * listed apart (`links`) and written as Range.hyperlink with a documentReference (ExcelApi 1.7):
 * a =HYPERLINK("#'表'!A1") formula may not jump inside the workbook in Excel on the web.
 */
import { formatRef, toA1, type CellRef } from "../../core/cells";
import type { Finding } from "../../core/rules/findings";
import { renderFinding, renderSentences } from "../../core/rules/render";
import type { LoadIssue } from "../../core/tables/model";
import { tableLabel } from "../../core/tables/table-ids";
import { safeText } from "./text";

/** What is used of a core Finding. */
export type FindingRow = Pick<Finding, "ruleId" | "severity" | "outcome" | "messageId" | "data" | "refs" | "expected" | "actual" | "difference" | "table" | "note">;

/** What is used of a core LoadIssue. */
export type LoadIssueRow = Pick<LoadIssue, "code" | "severity" | "message" | "cells" | "table">;

export const CHECK_HEADER = ["序号", "表", "规则", "结果", "说明", "单元格", "期望值", "实际值", "差额", "详细说明"] as const;
/** Rows above the header: a note and the counts. */
export const CHECK_HEADER_ROW = 2;
const AMOUNT_FORMAT = "#,##0.00##";
/** Column widths in points, so that 说明 can wrap and the rest stays on one line. */
export const CHECK_COLUMN_WIDTHS = [36, 64, 48, 40, 360, 120, 80, 80, 80, 420] as const;
/** Columns whose text wraps (说明, 详细说明). */
export const CHECK_WRAP_COLUMNS = [4, 9] as const;

export function resultLabel(severity: string, outcome: string): string {
  if (outcome === "rounding") return "尾差";
  return severity === "error" ? "错误" : severity === "warning" ? "警告" : "提示";
}

/** What goes into a cell: blanks are "", never null (Range.values would reject null). */
export type CellValue = string | number | boolean;

export interface CheckSheetContent {
  readonly values: CellValue[][];
  readonly formats: string[][];
  /** Rows (0-based, within values) that are data rows. */
  readonly firstDataRow: number;
  readonly dataRows: number;
  /** Cells of the 单元格 column that link to a cell of the workbook (row/col within values). */
  readonly links: readonly CheckLink[];
}

export interface CheckLink {
  readonly row: number;
  readonly col: number;
  readonly sheet: string;
  readonly a1: string;
  /** The text the cell shows, as in `values`. */
  readonly label: string;
}

/** Column of 单元格 in CHECK_HEADER. */
export const LINK_COLUMN = CHECK_HEADER.indexOf("单元格");

export function checkSheetContent(findings: readonly FindingRow[], loadIssues: readonly LoadIssueRow[]): CheckSheetContent {
  const width = CHECK_HEADER.length;
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(resultLabel(f.severity, f.outcome), (counts.get(resultLabel(f.severity, f.outcome)) ?? 0) + 1);
  const summary =
    findings.length === 0 && loadIssues.length === 0
      ? "未发现问题。"
      : `共 ${findings.length} 项：` +
        ["错误", "尾差", "警告", "提示"].map((k) => `${k} ${counts.get(k) ?? 0} 项`).join("，") +
        (loadIssues.length > 0 ? `；读取问题 ${loadIssues.length} 项` : "") +
        "。点击“单元格”列可跳转到对应单元格。";
  const pad = (row: CellValue[]): CellValue[] => [...row, ...Array<CellValue>(width - row.length).fill("")];
  const values: CellValue[][] = [
    pad(["本表由决算公开助手生成，重新校验时会被替换；请勿在此表中填写内容。"]),
    pad([summary]),
    [...CHECK_HEADER],
  ];
  let n = 0;
  const links: CheckLink[] = [];
  const linkCell = (ref: CellRef | undefined): string => {
    if (!ref) return "";
    const label = formatRef(ref);
    links.push({ row: values.length, col: LINK_COLUMN, sheet: ref.sheet, a1: toA1(ref.row, ref.col), label });
    return safeText(label);
  };
  for (const f of findings) {
    n++;
    const { headline, detail } = renderFinding(f);
    values.push([n, tableLabel(f.table), safeText(f.ruleId), resultLabel(f.severity, f.outcome), safeText(headline), linkCell(f.refs[0]), f.expected ?? "", f.actual ?? "", f.difference ?? "", safeText(detail)]);
  }
  for (const issue of loadIssues) {
    n++;
    const { headline, detail } = renderSentences(issue.message);
    values.push([n, issue.table ? tableLabel(issue.table) : "", "读取", resultLabel(issue.severity, "inconsistent"), safeText(headline), linkCell(issue.cells[0]), "", "", "", safeText(detail)]);
  }
  const formats = values.map((row, r) => row.map((_, c) => (r > CHECK_HEADER_ROW && c >= 6 && c <= 8 ? AMOUNT_FORMAT : "General")));
  return { values, formats, firstDataRow: CHECK_HEADER_ROW + 1, dataRows: n, links };
}
