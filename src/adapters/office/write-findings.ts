/**
 * 校验 → Excel: the 审核结果 sheet, and (on request) the finding cells marked with a fill. Three
 * syncs, whether or not an earlier run left a sheet and marks behind:
 *   1. sheets (names, protection), the workbook's read-only and structure protection, and defined
 *      names — our sheet markers and earlier marks;
 *   2. the current fill of every cell to mark or to restore;
 *   3. all writes: broken (#REF!) marks dropped, new marks, earlier marks taken off, then the new
 *      sheet replacing ours.
 * Nothing is written before the protection checks, so a protected sheet or workbook costs no
 * partial damage.
 */
import { type CheckLink, checkSheetContent, CHECK_COLUMN_WIDTHS, CHECK_HEADER_ROW, CHECK_WRAP_COLUMNS, type FindingRow, type LoadIssueRow } from "./check-sheet-rows";
import { internalLinkFormula } from "./text";
import { patternSupported } from "./fills";
import { assertUnprotected, cellsToMark, planMarks, sheetsTouched } from "./marks";
import { generatedSheetNames, loadWorkbookState, replaceOwnSheet, targetSheetName } from "./own-sheets";
import { assertWorkbookWritable } from "./workbook-guard";
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
    const readState = loadWorkbookState(context, { protection: true, writing: true });
    await context.sync();
    const state = readState();
    assertWorkbookWritable(state.workbook, "写入审核结果", targetSheetName("check", state));

    const toMark = mark ? cellsToMark(findings, state, generatedSheetNames(state)) : [];
    assertUnprotected(state, sheetsTouched(state, toMark), mark ? "标记单元格" : "清除上次的标记");
    const marks = planMarks(context, state, toMark, withPattern);
    // Nothing to read when there are no earlier marks and nothing to mark: one round trip less.
    if (marks.reads > 0) await context.sync();

    // Marks first: Excel does not roll back a batch that fails half-way, and the sheet of results
    // must not be replaced by a run whose marks did not go on.
    const { marked, restored } = marks.write(context);
    const { sheet, name, notice } = replaceOwnSheet(context, "check", state);
    writeCheckSheet(sheet, findings, loadIssues);
    await context.sync();
    return { sheetName: name, marked, restored, notice };
  });
}

/**
 * Links to the finding's cell as Range.hyperlink with a documentReference (ExcelApi 1.7, the
 * manifest's floor): it jumps inside the workbook on every platform, where a HYPERLINK("#…")
 * formula may not on the web. Below 1.7 (not loaded by the manifest, checked anyway) the formula.
 */
function writeLinks(sheet: Excel.Worksheet, links: readonly CheckLink[]): void {
  const native = isSetSupported("1.7");
  for (const link of links) {
    const cell = sheet.getRangeByIndexes(link.row, link.col, 1, 1);
    const reference = `'${link.sheet.replace(/'/g, "''")}'!${link.a1}`;
    // No textToDisplay: the cell keeps the text written with the values, kept text by safeText.
    if (native) cell.hyperlink = { documentReference: reference, screenTip: `跳转到 ${link.label}` };
    else cell.formulas = [[internalLinkFormula(link.sheet, link.a1, link.label)]];
  }
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
  writeLinks(sheet, content.links);
  // Freeze panes need ExcelApi 1.7 (the manifest's floor; checked anyway for hosts below it).
  if (isSetSupported("1.7")) sheet.freezePanes.freezeRows(CHECK_HEADER_ROW + 1);
}
