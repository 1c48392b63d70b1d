import { MICROS_PER_UNIT, MICROS_PER_WAN } from "../../src/core/amounts";
import type { Cause } from "../../src/core/causes/find-causes";
import type { CellRef } from "../../src/core/cells";
import type { RawSheet } from "../../src/core/raw-sheet";
import { checkWorkbook, type Finding } from "../../src/core/rules";
import { readWorkbook, type Workbook } from "../../src/core/tables";
import type { BasicExpenditureTable, CodeTable, ColumnRole } from "../../src/core/tables/model";
import { layoutSampleSheets, resolveOptions, FIGURES_2021_CONSISTENT } from "../../src/sample";
import { amountCells, insertRow, setAmount, type AmountCell } from "../../src/sample/mutate";
import { AMOUNT_FORMAT } from "../../src/sample/style";
import { sampleSheets } from "../helpers/sample-workbooks";

/** The consistent sample's sheets and its amount-cell catalogue (from the generator's layout). */
export async function sampleWithCells(): Promise<{ sheets: RawSheet[]; cells: AmountCell[] }> {
  const options = resolveOptions({});
  return { sheets: await sampleSheets(), cells: amountCells(layoutSampleSheets(FIGURES_2021_CONSISTENT, options), options) };
}

/** Reads and checks edited sheets the way a user's file is read. */
export function check(sheets: readonly RawSheet[]): { workbook: Workbook; findings: Finding[] } {
  const workbook = readWorkbook([...sheets]);
  return { workbook, findings: checkWorkbook(workbook).findings };
}

/** Types `wan` (万元) into a cell of the sheets, as a user applying a suggestion would. */
export function typeValue(sheets: readonly RawSheet[], ref: CellRef, wan: number): RawSheet[] {
  return setAmount(sheets, ref, Math.round(wan * 100)).sheets;
}

/**
 * Applies a "missingRow" cause as a user would: inserts a sheet row where the cause says the row
 * belongs and types its code (split over 类/款/项 columns when the table has them), name and
 * amounts (in the table's unit). Zero amounts stay blank, as the sample writes detail zeros.
 */
export function insertMissingRow(sheets: readonly RawSheet[], workbook: Workbook, cause: Cause): RawSheet[] {
  const m = cause.missingRow!;
  const table = workbook.tables[m.table] as CodeTable | BasicExpenditureTable;
  const colOf = (role: ColumnRole): number | undefined => table.columns.find((c) => c.role === role)?.col;
  const writes: { col: number; value: string | number; format?: string }[] = [];
  const [cls, sec, item] = [colOf("codeClass"), colOf("codeSection"), colOf("codeItem")];
  if (cls !== undefined && sec !== undefined && item !== undefined) {
    const parts = [m.code.slice(0, 3), m.code.slice(3, 5), m.code.slice(5, 7)];
    [cls, sec, item].forEach((col, k) => parts[k] && writes.push({ col, value: parts[k], format: "@" }));
  } else {
    // The code cell of the row it goes before is in the right column (公开08表 has two panels).
    writes.push({ col: m.atRef.col, value: m.code, format: "@" });
  }
  const nameCol = table.columns.filter((c) => c.role === "name" && c.col > m.atRef.col).map((c) => c.col)[0];
  if (nameCol !== undefined) writes.push({ col: nameCol, value: m.name });
  // Causes speak 万元; a 元 table is typed in 元.
  const perWan = MICROS_PER_WAN / MICROS_PER_UNIT[table.unit ?? "万元"];
  for (const v of m.values) if (v.value !== 0) writes.push({ col: v.col, value: Math.round(v.value * perWan * 1e6) / 1e6, format: AMOUNT_FORMAT });
  return insertRow(sheets, m.atRef.sheet, m.atRef.row, writes);
}
