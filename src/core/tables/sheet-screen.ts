/**
 * Which sheets must be read in full. A host that can search the workbook without transferring
 * it (Excel's Worksheet.findAllOrNullObject) asks first whether a large sheet holds the word every
 * table title contains; a large sheet that does not — a ledger, a data dump beside the 14 tables —
 * cannot hold a table and is not worth reading cell by cell. Small sheets are read whatever they
 * hold: reading them costs less than asking, and the 补充信息 sheet need not mention 决算.
 */
import { normaliseText } from "./normalise";
import { SUPPLEMENTARY_SHEET_NAME } from "../inputs/read-sheet";

/** Every title and alias in TABLES contains it (checked by a test), and findTables needs it. */
export const TABLE_TITLE_WORD = "决算";

/** Below this many cells a sheet is read in full without asking. */
export const SCREEN_MIN_CELLS = 20_000;

export interface SheetProbe {
  readonly name: string;
  /** Cells of the used range (rows × columns). */
  readonly cells: number;
  /** Cells whose text contains TABLE_TITLE_WORD; null when the host cannot tell. */
  readonly titleWordCells: number | null;
}

/** False only for a large sheet that is known to hold no table title and is not 补充信息. */
export function mayHoldTables(probe: SheetProbe): boolean {
  if (probe.cells < SCREEN_MIN_CELLS || probe.titleWordCells === null || probe.titleWordCells > 0) return true;
  const name = normaliseText(probe.name);
  return name.includes(TABLE_TITLE_WORD) || name.includes(SUPPLEMENTARY_SHEET_NAME);
}
