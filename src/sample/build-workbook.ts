/**
 * The sample 部门决算公开 workbook: one sheet per table of the chosen family, laid out like a
 * real export, plus the 补充信息 sheet. exceljs stays inside src/sample; the core never sees it.
 */
import ExcelJS from "exceljs";
import type { Block } from "./block";
import { familyTables, sheetName, type FamilyTable } from "./families";
import type { SampleFigures } from "./figures";
import { FIGURES_2021_CONSISTENT } from "./figures-2021";
import { resolveOptions, type SampleOptions } from "./options";
import { continueBlock } from "./continue-block";
import { renderBlock } from "./render";
import { buildSupplementary, TABLE_BUILDERS } from "./tables";

export const SUPPLEMENTARY_SHEET = "补充信息";

export interface SampleSheet {
  readonly name: string;
  /** null for the 补充信息 sheet. */
  readonly table: FamilyTable | null;
  readonly block: Block;
}

/** The sheets of a sample workbook as layout data, before anything is written. */
export function layoutSampleSheets(figures: SampleFigures, options: SampleOptions): SampleSheet[] {
  const sheets: SampleSheet[] = familyTables(options.family).flatMap((table) => {
    const name = sheetName(table, options);
    const block = TABLE_BUILDERS[table.id]({ figures, table, options });
    if (!options.continuedTable || table.id !== "T06") return [{ name, table, block }];
    // Split mid-way through the rows, which usually leaves a 款's 项 on both sheets.
    const [first, second] = continueBlock(block, Math.ceil(figures.t06.rows.length / 2));
    return [
      { name, table, block: first },
      { name: `${name}（续）`, table, block: second },
    ];
  });
  if (options.supplementary) sheets.push({ name: SUPPLEMENTARY_SHEET, table: null, block: buildSupplementary(figures) });
  return sheets;
}

/** Builds the workbook and returns the .xlsx bytes. Defaults: the consistent 2021 figures, Sichuan 14 tables. */
export async function buildSampleWorkbook(figures: SampleFigures = FIGURES_2021_CONSISTENT, options: Partial<SampleOptions> = {}): Promise<Buffer> {
  const o = resolveOptions(options);
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算公开助手";
  // A fixed date keeps the document properties stable between runs.
  wb.created = new Date(Date.UTC(figures.year + 1, 4, 31));
  wb.modified = wb.created;
  for (const sheet of layoutSampleSheets(figures, o)) {
    const ws = wb.addWorksheet(sheet.name, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
    if (sheet.table) {
      renderBlock(ws, sheet.block, o, o.padding);
    } else {
      // 补充信息 is an input sheet: always 万元 numbers at A1, whatever the tables' layout.
      renderBlock(ws, sheet.block, { unit: "万元", amountsAsText: false, zeroStyle: "zero", numericCodeParts: false }, { rows: 0, cols: 0 });
    }
  }
  const bytes = await wb.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}
