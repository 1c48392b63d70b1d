/**
 * Hidden rows and columns of the read sheets, for RawSheet.hiddenRows / hiddenCols (the core
 * leaves them out of the tables: they are not printed). Read without a sync of their own:
 *   - with the sizes (sync 2), the used range's Range.rowHidden / columnHidden (ExcelApi 1.2):
 *     true when every row (column) is hidden, false when none is, null when some are. Most
 *     sheets hide nothing, and then nothing more is asked;
 *   - where some are, each row's and column's flag with the values, in the same chunks:
 *     Range.getRowProperties / getColumnProperties (ExcelApi 1.9, one small item per line);
 *     below 1.9 (Excel 2019), Range.getRow(i).rowHidden line by line, for sheets of at most
 *     MAX_LINES_ONE_BY_ONE lines — beyond, the host cannot tell and the sheet is read as if
 *     nothing were hidden, as before.
 */
import type { ReadPiece } from "./read-plan";

/** Range.rowHidden / columnHidden. The manifest's floor is 1.7; checked all the same. */
export const HIDDEN_SUMMARY_SET = "1.2";
/** Range.getRowProperties / getColumnProperties. */
export const LINE_PROPERTIES_SET = "1.9";
/** Below 1.9 each line is a proxy of its own in the request: fine for 决算 tables (tens of rows), not for a ledger. */
export const MAX_LINES_ONE_BY_ONE = 2000;

/** What the used range says: true all hidden, false none, null some (then each line is asked). */
export interface HiddenSummary {
  readonly rows: boolean | null;
  readonly cols: boolean | null;
}

export type LineReader = "properties" | "one-by-one";

/** Which flags a sheet's pieces ask for, given its summary and the host's reader. */
export function flagsToAsk(summary: HiddenSummary | null, reader: LineReader, rows: number, cols: number): { rowFlags?: true; colFlags?: true } {
  if (!summary) return {};
  const can = (lines: number): boolean => reader === "properties" || lines <= MAX_LINES_ONE_BY_ONE;
  return {
    ...(summary.rows === null && can(rows) ? { rowFlags: true as const } : {}),
    ...(summary.cols === null && can(cols) ? { colFlags: true as const } : {}),
  };
}

/** Flags of one band: absolute indices of its hidden rows, and of its hidden columns when asked. */
export interface BandFlags {
  readonly rows?: number[];
  readonly cols?: number[];
}

/** Queues the band's flags beside its values; the result is read after the sync. */
export function queueBandFlags(range: Excel.Range, piece: ReadPiece, reader: LineReader): () => BandFlags {
  const indices = (first: number, hidden: readonly (boolean | null | undefined)[]): number[] =>
    hidden.flatMap((h, i) => (h === true ? [first + i] : []));
  if (reader === "properties") {
    // Only the flag is loaded; the index is the item's position ("each item represents … the
    // corresponding row"), which halves the payload against loading rowIndex too.
    const rows = piece.rowFlags ? range.getRowProperties({ rowHidden: true }) : null;
    const cols = piece.colFlags ? range.getColumnProperties({ columnHidden: true }) : null;
    return () => ({
      ...(rows ? { rows: indices(piece.top, rows.value.map((p) => p.rowHidden)) } : {}),
      ...(cols ? { cols: indices(piece.left, cols.value.map((p) => p.columnHidden)) } : {}),
    });
  }
  const rows = piece.rowFlags ? Array.from({ length: piece.rows }, (_, i) => range.getRow(i).load("rowHidden")) : null;
  const cols = piece.colFlags ? Array.from({ length: piece.cols }, (_, i) => range.getColumn(i).load("columnHidden")) : null;
  return () => ({
    ...(rows ? { rows: indices(piece.top, rows.map((r) => r.rowHidden)) } : {}),
    ...(cols ? { cols: indices(piece.left, cols.map((c) => c.columnHidden)) } : {}),
  });
}

/**
 * A sheet's hidden lines among `count` read from `first`: all or none from the summary, else
 * those its bands found; undefined when the host could not tell (no summary, or not asked).
 */
export function hiddenLines(summary: boolean | null | undefined, found: readonly number[] | undefined, first: number, count: number): number[] | undefined {
  if (summary === true) return Array.from({ length: count }, (_, i) => first + i);
  if (summary === false) return [];
  return found ? [...found].sort((a, b) => a - b) : undefined;
}
