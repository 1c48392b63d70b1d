/**
 * 校验 → Excel: the 审核结果 sheet, and (on request) the finding cells marked with a fill. Three
 * syncs, whether or not an earlier run left a sheet and marks behind:
 *   1. sheets (names, protection) and defined names — our sheet markers and earlier marks;
 *   2. the current fill of every cell to mark or to restore;
 *   3. all writes: the new sheet replacing ours, new marks, earlier marks taken off.
 * Nothing is written before the protection check, so a protected sheet costs no partial damage.
 */
import { checkSheetContent, CHECK_COLUMN_WIDTHS, CHECK_HEADER_ROW, CHECK_WRAP_COLUMNS, type FindingRow, type LoadIssueRow } from "./check-sheet-rows";
import { patternSupported } from "./fills";
import { assertUnprotected, cellsToMark, planMarks, sheetsTouched } from "./marks";
import { generatedSheetNames, loadWorkbookState, replaceOwnSheet } from "./own-sheets";
import { isSetSupported, runExcel } from "./run";

export interface PublishCheckOptions {
  readonly findings: readonly FindingRow[];
  readonly loadIssues?: readonly LoadIssueRow[];
  /** Fill the finding cells (错误 red, 警告 orange, 尾差 yellow); earlier marks are taken off either way. */
  readonly mark: boolean;
}

export interface PublishCheckResult {
  readonly sheetName: string;
  /** Cells filled. */
  readonly marked: number;
  /** Cells of earlier marks given their own fill back. */
  readonly restored: number;
  /** Set when a user's sheet is called 审核结果 and ours went elsewhere. */
  readonly notice: string | null;
}

export function publishCheckResults({ findings, loadIssues = [], mark }: PublishCheckOptions): Promise<PublishCheckResult> {
  const withPattern = patternSupported();
  return runExcel(async (context) => {
    const readState = loadWorkbookState(context, { protection: true });
    await context.sync();
    const state = readState();

    const toMark = mark ? cellsToMark(findings, state, generatedSheetNames(state)) : [];
    assertUnprotected(state, sheetsTouched(state, toMark), mark ? "标记单元格" : "清除上次的标记");
    const marks = planMarks(context, state, toMark, withPattern);
    // Nothing to read when there are no earlier marks and nothing to mark: one round trip less.
    if (marks.reads > 0) await context.sync();

    const { sheet, name, notice } = replaceOwnSheet(context, "check", state);
    writeCheckSheet(sheet, findings, loadIssues);
    const { marked, restored } = marks.write(context);
    await context.sync();
    return { sheetName: name, marked, restored, notice };
  });
}

function writeCheckSheet(sheet: Excel.Worksheet, findings: readonly FindingRow[], loadIssues: readonly LoadIssueRow[]): void {
  const content = checkSheetContent(findings, loadIssues);
  const rows = content.values.length;
  const cols = content.values[0]?.length ?? 1;
  const block = sheet.getRangeByIndexes(0, 0, rows, cols);
  block.numberFormat = content.formats;
  block.values = content.values;
  block.format.verticalAlignment = "Top";
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  const header = sheet.getRangeByIndexes(CHECK_HEADER_ROW, 0, 1, cols);
  header.format.font.bold = true;
  header.format.fill.color = "#D9E1F2";
  CHECK_COLUMN_WIDTHS.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
  if (content.dataRows > 0) for (const c of CHECK_WRAP_COLUMNS) sheet.getRangeByIndexes(content.firstDataRow, c, content.dataRows, 1).format.wrapText = true;
  // Freeze panes need ExcelApi 1.7 (the manifest's floor; checked anyway for hosts below it).
  if (isSetSupported("1.7")) sheet.freezePanes.freezeRows(CHECK_HEADER_ROW + 1);
}
