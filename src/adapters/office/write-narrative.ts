/**
 * 情况说明 → a sheet of its own: one row per paragraph (节 | 内容), the text wrapped in a wide
 * column so that it reads like the document and copies cleanly. Two syncs: discovery, writes.
 */
import { loadWorkbookState, replaceOwnSheet, targetSheetName } from "./own-sheets";
import { assertWorkbookWritable } from "./workbook-guard";
import { runExcel } from "./run";
import { safeText } from "./text";

/** What is used of a narrative Paragraph (src/core/narrative/types.ts). */
export interface NarrativeParagraph {
  readonly section: string;
  readonly text: string;
  readonly kind?: string;
}

export interface WriteNarrativeResult {
  readonly sheetName: string;
  readonly rows: number;
  readonly notice: string | null;
}

const HEADER = ["节", "内容"];
/** Points: the 节 labels are short; 内容 about 60 Chinese characters a line. */
const WIDTHS = [60, 640];

export function writeNarrativeSheet(paragraphs: readonly NarrativeParagraph[]): Promise<WriteNarrativeResult> {
  return runExcel(async (context) => {
    const readState = loadWorkbookState(context, { writing: true });
    await context.sync();
    const state = readState();
    assertWorkbookWritable(state.workbook, "写入情况说明", targetSheetName("narrative", state));

    const { sheet, name, notice } = replaceOwnSheet(context, "narrative", state);
    const values: string[][] = [HEADER, ...paragraphs.map((p) => [safeText(p.section), safeText(p.text)])];
    const block = sheet.getRangeByIndexes(0, 0, values.length, 2);
    block.values = values;
    block.format.verticalAlignment = "Top";
    sheet.getRangeByIndexes(0, 0, 1, 2).format.font.bold = true;
    WIDTHS.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
    if (paragraphs.length > 0) sheet.getRangeByIndexes(1, 1, paragraphs.length, 1).format.wrapText = true;
    paragraphs.forEach((p, i) => {
      if (p.kind === "heading") sheet.getRangeByIndexes(i + 1, 1, 1, 1).format.font.bold = true;
    });
    sheet.activate();
    await context.sync();
    return { sheetName: name, rows: paragraphs.length, notice };
  });
}
