/**
 * 导出审核结果 in the browser: the findings and load issues as an .xlsx of one sheet, laid out as
 * the batch report's per-workbook sheet (addFindingsSheet), so a result kept from the offline
 * page reads the same as one from `juesuan check -o`. Loaded on demand with the .xlsx library.
 */
import ExcelJS from "exceljs";
import { addFindingsSheet } from "../../adapters/xlsx/findings-sheet";
import type { Analysis } from "../../core/analyze";

export async function findingsExport(analysis: Analysis, fileName: string, now: Date = new Date()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算公开助手";
  addFindingsSheet(wb, "审核结果", {
    file: fileName,
    ...(analysis.workbook.unitName ? { unitName: analysis.workbook.unitName } : {}),
    family: analysis.workbook.family,
    findings: analysis.check.findings,
    loadIssues: analysis.workbook.issues,
    provenance: { 生成工具: "决算公开助手（浏览器，文件未上传）", 生成时间: now.toLocaleString("zh-CN", { hour12: false }) },
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
