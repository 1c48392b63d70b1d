/**
 * Files this tool wrote itself — the report workbook of `check -o` and the 补充信息 template of
 * `inputs` — are not 决算 workbooks: found in a folder being checked, they are skipped, not failed.
 * Recognised by content (their first sheet and header), not by file name, which users change.
 */
import { TEMPLATE_HEADER } from "../../core/inputs";
import type { RawSheet } from "../../core/raw-sheet";

export const REPORT_SUMMARY_SHEET = "汇总";
export const REPORT_SUMMARY_HEADER = ["序号", "文件", "编制单位", "格式", "状态", "错误", "尾差", "警告", "提示", "读取问题", "首个错误或原因", "明细", "SHA-256"] as const;

function rowStartsWith(sheet: RawSheet, header: readonly string[]): boolean {
  return sheet.values.slice(0, 4).some((row) => header.every((h, i) => row[i] === h));
}

/** The reason a workbook is one of our own outputs, or null. */
export function ownOutputKind(sheets: readonly RawSheet[]): string | null {
  const first = sheets[0];
  if (!first) return null;
  if (first.name === REPORT_SUMMARY_SHEET && rowStartsWith(first, REPORT_SUMMARY_HEADER.slice(0, 5))) return "决算公开助手生成的审核汇总";
  if (sheets.length === 1 && rowStartsWith(first, TEMPLATE_HEADER)) return "决算公开助手生成的补充信息模板";
  return null;
}
