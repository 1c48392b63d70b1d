/**
 * What the task pane needs from wherever the workbook lives. Two implementations:
 *   - OfficeWorkbookHost: the workbook open in Excel (Office.js, through src/adapters/office);
 *   - FileWorkbookHost: an .xlsx opened in a plain browser, read locally (nothing is uploaded).
 * Components and hooks only see this interface and plain data; only the host layer knows Office.
 */
import type { CellRef } from "../../core/cells";
import type { ChartSpec } from "../../core/charts";
import type { TemplateRow } from "../../core/inputs";
import type { Paragraph } from "../../core/narrative";
import type { RawSheet } from "../../core/raw-sheet";
import type { Finding } from "../../core/rules/findings";
import type { LoadIssue } from "../../core/tables";
import type {
  ApplyRoundingResult,
  CellAdjustment,
  ClearMarksResult,
  CreateTemplateResult,
  InsertChartsResult,
  PublishCheckResult,
  WriteNarrativeResult,
} from "../../adapters/office";
import type { SettingsStore } from "./settings-store";

export type HostKind = "office" | "file";

// Result shapes are the Office adapter's own (plain data): the pane shows what it reports.
export type {
  ApplyRoundingResult,
  CellAdjustment,
  ClearMarksResult,
  CreateTemplateResult,
  InsertChartsResult,
  PublishCheckResult,
  WriteNarrativeResult,
} from "../../adapters/office";

export interface WorkbookHost {
  readonly kind: HostKind;
  /** False where the workbook cannot be changed or selected (a file in the browser). */
  readonly canWrite: boolean;
  /** Every sheet of the workbook, as plain data; `onProgress` gets the share read so far (0–1). */
  readSheets(onProgress?: (share: number) => void): Promise<RawSheet[]>;
  /** Selects a cell the core named (a finding's or a cause's ref) in the workbook. */
  selectCell(ref: CellRef): Promise<void>;
  publishCheckResults(args: { findings: readonly Finding[]; loadIssues: readonly LoadIssue[]; mark: boolean }): Promise<PublishCheckResult>;
  clearMarks(): Promise<ClearMarksResult>;
  /** Writes the 舍位平衡 cents into the user's cells (after a click); 清除标记 undoes it. */
  applyRounding(adjustments: readonly CellAdjustment[]): Promise<ApplyRoundingResult>;
  writeNarrativeSheet(paragraphs: readonly Paragraph[]): Promise<WriteNarrativeResult>;
  createSupplementaryTemplate(rows: readonly TemplateRow[]): Promise<CreateTemplateResult>;
  insertCharts(specs: readonly ChartSpec[], only?: readonly number[]): Promise<InsertChartsResult>;
  readonly settings: SettingsStore;
}

/** Thrown by a host for an action it cannot do; the message is shown as it is. */
export class HostUnavailableError extends Error {
  override readonly name = "HostUnavailableError";
}

/** The polite refusal a file opened in the browser gives to every write. */
export const FILE_HOST_READ_ONLY =
  "在浏览器中打开的文件只能查看，不能修改：标记单元格、应用舍位平衡、写入工作表和插入图表需要在 Excel 中使用决算公开助手。";
