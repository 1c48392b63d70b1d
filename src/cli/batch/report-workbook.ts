/**
 * The report workbook of `juesuan check … -o 审核汇总.xlsx`: a 汇总 sheet with one row per workbook
 * (linking to its sheet), then one findings sheet per checked workbook (the layout the pane's
 * 审核结果 export shares, src/adapters/xlsx/findings-sheet.ts).
 */
import ExcelJS from "exceljs";
import { addFindingsSheet, type FindingsSheetEntry } from "../../adapters/xlsx/findings-sheet";
import { provenanceRecord, type Provenance } from "../provenance";
import { familyLabel, firstProblem, STATUS_ZH, totalsText, type BatchReport } from "./batch-report";
import type { WorkbookResult } from "./check-file";
import { REPORT_SUMMARY_HEADER, REPORT_SUMMARY_SHEET } from "./own-output";
import { sheetNameFor } from "./sheet-names";

const HEADER_ROW = 3;
const WIDTHS = [6, 36, 28, 14, 11, 7, 7, 7, 7, 9, 70, 12, 66] as const;
/** 状态 (column E) → light fill: red for what needs action, green for 通过. */
const STATUS_COLOURS: readonly [string, string][] = [
  [STATUS_ZH.errors, "FFFFC7CE"],
  [STATUS_ZH["no-tables"], "FFFFC7CE"],
  [STATUS_ZH.unreadable, "FFFFC7CE"],
  [STATUS_ZH.failed, "FFFFC7CE"],
  [STATUS_ZH.ok, "FFC6EFCE"],
  [STATUS_ZH.skipped, "FFEDEDED"],
];

function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** =HYPERLINK("#'sheet'!A1","查看") works in Excel and LibreOffice alike. */
function linkTo(sheet: string): ExcelJS.CellFormulaValue {
  return { formula: `HYPERLINK(${literal(`#'${sheet.replace(/'/g, "''")}'!A1`)},${literal("查看")})`, result: "查看", date1904: false };
}

function addSummarySheet(wb: ExcelJS.Workbook, report: BatchReport, sheets: Map<WorkbookResult, string>): void {
  const ws = wb.addWorksheet(REPORT_SUMMARY_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.getCell("A1").value = "决算公开审核汇总";
  ws.getCell("A1").font = { bold: true, size: 12 };
  ws.getCell("A2").value = totalsText(report.totals);
  const header = ws.getRow(HEADER_ROW);
  header.values = [...REPORT_SUMMARY_HEADER];
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = { bottom: { style: "thin" } };
  });
  report.workbooks.forEach((w, k) => {
    const row = ws.getRow(HEADER_ROW + 1 + k);
    const sheet = sheets.get(w);
    const counted = w.status !== "unreadable" && w.status !== "skipped" && w.status !== "failed";
    row.values = [
      k + 1,
      w.file,
      w.unitName ?? "",
      familyLabel(w.family),
      STATUS_ZH[w.status],
      counted ? w.summary.error : null,
      counted ? w.summary.rounding : null,
      counted ? w.summary.warning : null,
      counted ? w.summary.info : null,
      counted ? w.loadIssues.length : null,
      firstProblem(w) ?? "",
      sheet ? linkTo(sheet) : "",
      w.sha256 ?? "",
    ];
    row.alignment = { vertical: "top" };
    row.getCell(11).alignment = { vertical: "top", wrapText: true };
    if (sheet) row.getCell(12).font = { color: { argb: "FF0563C1" }, underline: true };
  });
  const last = HEADER_ROW + Math.max(report.workbooks.length, 1);
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: last, column: REPORT_SUMMARY_HEADER.length } };
  if (report.workbooks.length) {
    ws.addConditionalFormatting({
      ref: `A${HEADER_ROW + 1}:${ws.getColumn(REPORT_SUMMARY_HEADER.length).letter}${last}`,
      rules: STATUS_COLOURS.map(([status, argb], k) => ({
        type: "expression",
        priority: k + 1,
        formulae: [`$E${HEADER_ROW + 1}="${status}"`],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } },
      })),
    });
  }
  let r = last + 2;
  ws.getCell(`A${r}`).value = "追溯信息";
  ws.getCell(`A${r}`).font = { bold: true };
  for (const [key, value] of Object.entries(provenanceRecord(report.provenance))) ws.getCell(`A${++r}`).value = `${key}：${value}`;
  ws.getCell(`A${++r}`).value = "每个文件的 SHA-256 见上表最后一列。";
}

export async function buildReportWorkbook(report: BatchReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算公开助手";
  wb.title = "决算公开审核汇总";
  const taken = new Set([REPORT_SUMMARY_SHEET.toLowerCase()]);
  const sheets = new Map<WorkbookResult, string>();
  for (const w of report.workbooks) if (w.status === "ok" || w.status === "errors" || w.status === "no-tables") sheets.set(w, sheetNameFor(w.file, taken));
  addSummarySheet(wb, report, sheets);
  for (const [w, name] of sheets) addFindingsSheet(wb, name, entryOf(w, report.provenance));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function entryOf(w: WorkbookResult, p: Provenance): FindingsSheetEntry {
  return {
    file: w.file,
    unitName: w.unitName ?? undefined,
    family: w.family ?? undefined,
    findings: w.findings,
    loadIssues: w.loadIssues,
    provenance: provenanceRecord(p, { file: w.file, sha256: w.sha256 }),
  };
}
