/**
 * 创建补充信息表: an empty 补充信息 sheet (项目 | 数值 | 说明) for the figures the tables do not
 * hold. The user types into it, so an existing 补充信息 — the user's, or one we made earlier and
 * the user has since filled in — is never overwritten. Two syncs: discovery, writes.
 */
import { findSupplementarySheet, SUPPLEMENTARY_SHEET_NAME, TEMPLATE_HEADER } from "../../core/inputs";
import { loadWorkbookState, markOwnSheet } from "./own-sheets";
import { runExcel } from "./run";
import { assertWorkbookWritable } from "./workbook-guard";
import { safeText } from "./text";

export interface TemplateRowInput {
  readonly label: string;
  readonly hint: string;
}

export type CreateTemplateResult = { readonly created: true; readonly sheetName: string } | { readonly created: false; readonly reason: string };

const WIDTHS = [200, 100, 360];

export function createSupplementaryTemplate(rows: readonly TemplateRowInput[]): Promise<CreateTemplateResult> {
  return runExcel(async (context): Promise<CreateTemplateResult> => {
    const readState = loadWorkbookState(context, { writing: true });
    await context.sync();
    const state = readState();
    assertWorkbookWritable(state.workbook, "创建补充信息表", SUPPLEMENTARY_SHEET_NAME);

    // The same test the core uses to find the inputs (a "补充信息（2021）" counts too), so that the
    // template never competes with a sheet the user already fills in.
    const existing = findSupplementarySheet(state.sheets.map((s) => ({ name: s.name, origin: { row: 0, col: 0 }, values: [], numberFormats: null })));
    if (existing) {
      return {
        created: false,
        reason: `工作簿中已有“${existing.name}”工作表，助手不会覆盖其中已填写的内容。如需重新生成，请先将其改名或删除。`,
      };
    }
    const sheet = context.workbook.worksheets.add(SUPPLEMENTARY_SHEET_NAME);
    markOwnSheet(context, "inputs", sheet, SUPPLEMENTARY_SHEET_NAME, state);
    const values: string[][] = [[...TEMPLATE_HEADER], ...rows.map((r) => [safeText(r.label), "", safeText(r.hint)])];
    const block = sheet.getRangeByIndexes(0, 0, values.length, 3);
    block.values = values;
    const header = sheet.getRangeByIndexes(0, 0, 1, 3);
    header.format.font.bold = true;
    header.format.fill.color = "#D9E1F2";
    WIDTHS.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
    if (rows.length > 0) sheet.getRangeByIndexes(1, 2, rows.length, 1).format.wrapText = true;
    sheet.activate();
    await context.sync();
    return { created: true, sheetName: SUPPLEMENTARY_SHEET_NAME };
  });
}
