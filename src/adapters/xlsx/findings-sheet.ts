/**
 * One workbook's findings as a worksheet: the per-workbook sheet of `juesuan check -o` and the
 * pane's 审核结果 export (issue 14). Works wherever exceljs does (Node and browser): it only uses
 * the Workbook it is given, no Node module.
 *
 * Layout: a title row, a counts row, the header (frozen, filtered), one row per finding then per
 * load issue, and below a blank row the provenance (what produced the result).
 */
import type ExcelJS from "exceljs";
import { formatRef } from "../../core/cells";
import { renderFinding } from "../../core/rules/render";
import { FAMILY_NAMES, TABLES, type TableId } from "../../core/tables/table-ids";
import { conclusionLabel, countFindings, severityLabel, type ReportFinding, type ReportLoadIssue } from "./finding-labels";

export interface FindingsSheetEntry {
  file?: string;
  unitName?: string;
  /** A family key (sichuan14 …) or its Chinese name. */
  family?: string;
  findings: readonly ReportFinding[];
  loadIssues: readonly ReportLoadIssue[];
  /** Engine version, rule-set hash, tolerance, input sha256 … shown as 项目：值 lines. */
  provenance?: Record<string, string>;
}

export const FINDINGS_HEADER = ["序号", "规则", "严重程度", "结论", "附表", "单元格", "说明", "应为", "实为", "差额", "详细说明"] as const;
/** Excel column widths (characters): 说明 and 详细说明 wrap, the rest stays on one line. */
export const FINDINGS_WIDTHS = [6, 8, 9, 11, 10, 22, 60, 13, 13, 11, 80] as const;
/** 1-based row of the header. */
export const FINDINGS_HEADER_ROW = 3;
const AMOUNT_FORMAT = "#,##0.00";
const HEADER_FILL = "FFD9E1F2";

/** Background of a whole row by what it is: 错误 red, 警告 orange, 尾差 yellow (Excel's own light tints). */
const ROW_COLOURS: readonly { column: "C" | "D"; value: string; argb: string }[] = [
  { column: "C", value: "错误", argb: "FFFFC7CE" },
  { column: "C", value: "警告", argb: "FFFCE4D6" },
  { column: "D", value: "尾差", argb: "FFFFEB9C" },
];

function familyText(family: string | undefined): string | null {
  if (!family) return null;
  return FAMILY_NAMES[family as keyof typeof FAMILY_NAMES] ?? family;
}

function titleOf(entry: FindingsSheetEntry): string {
  const who = entry.unitName ? `：${entry.unitName}` : "";
  const where = entry.file ? `（${entry.file}）` : "";
  return `审核结果${who}${where}`;
}

function summaryOf(entry: FindingsSheetEntry): string {
  const c = countFindings(entry.findings);
  const family = familyText(entry.family);
  const parts = [
    ...(family ? [`格式：${family}`] : []),
    `错误 ${c.错误} 条，尾差 ${c.尾差} 条，警告 ${c.警告} 条，提示 ${c.提示} 条`,
    ...(entry.loadIssues.length ? [`读取问题 ${entry.loadIssues.length} 条`] : []),
  ];
  return entry.findings.length === 0 && entry.loadIssues.length === 0 ? `${parts.join("；")}。未发现问题。` : `${parts.join("；")}。`;
}

type Row = (string | number | null)[];

/** Headline and detail from the core's renderer; a finding read back from JSON without its data keeps its one message. */
function textOf(f: ReportFinding): { headline: string; detail: string } {
  if (f.messageId && f.data) return renderFinding({ messageId: f.messageId, data: f.data, note: f.note, outcome: f.outcome });
  return { headline: f.note ? `${f.message}（${f.note}）` : f.message, detail: "" };
}

function findingRow(n: number, f: ReportFinding): Row {
  const { headline, detail } = textOf(f);
  return [n, f.ruleId, severityLabel(f.severity), conclusionLabel(f), labelOf(f.table), f.cells.join("、"), headline, f.expected, f.actual, f.difference, detail];
}

function labelOf(table: string | null | undefined): string {
  return (table && TABLES[table as TableId]?.label) || "";
}

function issueRow(n: number, i: ReportLoadIssue): Row {
  const cells = i.cells.map((c) => (typeof c === "string" ? c : formatRef(c)));
  return [n, "读取", severityLabel(i.severity), "读取问题", labelOf(i.table), cells.join("、"), i.message, null, null, null, ""];
}

/** Adds the sheet (the caller picks a valid, unused name) and returns it. */
export function addFindingsSheet(wb: ExcelJS.Workbook, sheetName: string, entry: FindingsSheetEntry): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName, { views: [{ state: "frozen", xSplit: 0, ySplit: FINDINGS_HEADER_ROW }] });
  ws.columns = FINDINGS_WIDTHS.map((width) => ({ width }));
  ws.getCell("A1").value = titleOf(entry);
  ws.getCell("A1").font = { bold: true, size: 12 };
  ws.getCell("A2").value = summaryOf(entry);

  const header = ws.getRow(FINDINGS_HEADER_ROW);
  header.values = [...FINDINGS_HEADER];
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: "thin" } };
  });

  const rows: Row[] = [];
  entry.findings.forEach((f) => rows.push(findingRow(rows.length + 1, f)));
  entry.loadIssues.forEach((i) => rows.push(issueRow(rows.length + 1, i)));
  rows.forEach((values, k) => {
    const row = ws.getRow(FINDINGS_HEADER_ROW + 1 + k);
    row.values = values;
    row.alignment = { vertical: "top" };
    for (const c of [7, 11]) row.getCell(c).alignment = { vertical: "top", wrapText: true };
    for (const c of [8, 9, 10]) row.getCell(c).numFmt = AMOUNT_FORMAT;
  });

  const lastRow = FINDINGS_HEADER_ROW + Math.max(rows.length, 1);
  ws.autoFilter = { from: { row: FINDINGS_HEADER_ROW, column: 1 }, to: { row: lastRow, column: FINDINGS_HEADER.length } };
  if (rows.length > 0) {
    const first = FINDINGS_HEADER_ROW + 1;
    ws.addConditionalFormatting({
      ref: `A${first}:K${lastRow}`,
      rules: ROW_COLOURS.map((c, k) => ({
        type: "expression",
        priority: k + 1,
        formulae: [`$${c.column}${first}="${c.value}"`],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: c.argb } } },
      })),
    });
  }

  const provenance = Object.entries(entry.provenance ?? {});
  if (provenance.length) {
    let r = lastRow + 2;
    ws.getCell(`A${r}`).value = "追溯信息";
    ws.getCell(`A${r}`).font = { bold: true };
    for (const [key, value] of provenance) ws.getCell(`A${++r}`).value = `${key}：${value}`;
  }
  return ws;
}
