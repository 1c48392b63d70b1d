/**
 * Reads every worksheet of the open workbook into RawSheet[], through the adapter's one queue
 * (runExcel), so that a read never interleaves with a write of the same add-in. Syncs:
 *   1. the sheet names and visibility, and our own sheets' markers;
 *   2. per sheet at once: the used range's position and size, whether any of its rows or columns
 *      are hidden (ExcelApi 1.2), how many cells hold 决算 (ExcelApi 1.9, searched in Excel) and
 *      the merged areas (ExcelApi 1.13);
 *   3… values and number formats in chunks planned under a payload budget (read-plan.ts): one
 *      sync for an ordinary workbook of 14 tables, more for large sheets. Where some rows or
 *      columns are hidden, their flags come in the same chunks (hidden-lines.ts).
 * A large sheet that holds no table title (a ledger beside the tables) is not read in full: its
 * first rows come back so that the core reports it as not a table (core/tables/sheet-screen.ts).
 * A chunk Excel refuses as too large (ResponsePayloadSizeLimitExceeded) is split and read again.
 * A sheet with more than 512 merged areas makes getMergedAreasOrNullObject fail, and the whole
 * sync with it: then sizes are read alone and merges sheet by sheet, falling back to the header
 * rows, then to none (the core infers header spans).
 * Only plain data leaves Excel.run: proxies are useless after the batch.
 */
import type { MergedArea, RawSheet, RawValue } from "../../core/raw-sheet";
import { mayHoldTables, TABLE_TITLE_WORD } from "../../core/tables/sheet-screen";
import { flagsToAsk, HIDDEN_SUMMARY_SET, type HiddenSummary, hiddenLines, LINE_PROPERTIES_SET, type LineReader, queueBandFlags } from "./hidden-lines";
import { generatedSheetNames, loadWorkbookState } from "./own-sheets";
import { parseAreasAddress, toFormats, toRawValues } from "./raw-values";
import { planChunks, READ_BUDGET_BYTES, type ReadChunk, type ReadPiece, splitChunk } from "./read-plan";
import { adapterError, isSetSupported, runExcel } from "./run";

export { parseAreasAddress } from "./raw-values";

/** Range.getMergedAreasOrNullObject arrived in ExcelApi 1.13. */
export const MERGED_AREAS_SET = { name: "ExcelApi", version: "1.13" } as const;
/** Worksheet.findAllOrNullObject arrived in ExcelApi 1.9. */
export const FIND_SET = "1.9";

/** Rows of a skipped sheet that still come back, so that the core can name it. */
const HEAD_ROWS = 5;
const HEAD_COLS = 256;
/** Header rows whose merges are asked for when the whole sheet has too many. */
const MERGE_HEAD_ROWS = 40;

export interface ReadProgress {
  readonly cellsRead: number;
  readonly cellsTotal: number;
}

export interface ReadOptions {
  /** Skip merged areas even where supported (they are optional in RawSheet). */
  readonly merges?: boolean;
  /** Called before the first chunk and after each one. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Estimated bytes per sync (tests make it small). */
  readonly budgetBytes?: number;
}

/** How hidden rows and columns can be read on this host. */
interface Hidden {
  readonly summary: boolean;
  readonly reader: LineReader;
}

interface Listed {
  readonly name: string;
  readonly hidden: boolean;
}

interface Probed extends Listed {
  readonly area: { top: number; left: number; rows: number; cols: number } | null;
  readonly titleWordCells: number | null;
  readonly merges: MergedArea[] | undefined;
  /** Null when the host cannot tell (below ExcelApi 1.2). */
  readonly hiddenSummary: HiddenSummary | null;
}

export function readAllSheets(options: ReadOptions = {}): Promise<RawSheet[]> {
  const withMerges = options.merges !== false && isSetSupported(MERGED_AREAS_SET.version);
  const canSearch = isSetSupported(FIND_SET);
  const hidden: Hidden = { summary: isSetSupported(HIDDEN_SUMMARY_SET), reader: isSetSupported(LINE_PROPERTIES_SET) ? "properties" : "one-by-one" };
  return runExcel(async (context) => {
    const listed = await listSheets(context);
    const probed = await probeSheets(context, listed, withMerges, canSearch, hidden.summary);
    return readValues(context, probed, options, hidden.reader);
  });
}

async function listSheets(context: Excel.RequestContext): Promise<Listed[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  // The sheets this add-in generated (审核结果, 情况说明, 图表 — perhaps under a fallback name such
  // as 审核结果（助手）) are its output, not the user's tables: the results sheet quotes table
  // titles and amounts and could be taken for a table. Their markers come in the same sync.
  const readState = loadWorkbookState(context);
  await context.sync();
  const generated = generatedSheetNames(readState());
  return sheets.items.filter((s) => !generated.has(s.name.toLowerCase())).map((s) => ({ name: s.name, hidden: s.visibility !== "Visible" }));
}

/** Sync 2, and the fallbacks when one sheet's merges (or the search) fail it. */
async function probeSheets(context: Excel.RequestContext, listed: readonly Listed[], withMerges: boolean, canSearch: boolean, summary: boolean): Promise<Probed[]> {
  const attempts: [boolean, boolean][] = [[withMerges, canSearch]];
  if (withMerges) attempts.push([false, canSearch]);
  if (canSearch) attempts.push([false, false]);
  for (const [i, [merges, search]] of attempts.entries()) {
    const pending = listed.map((s) => queueProbe(context, s, merges, search, summary));
    try {
      await context.sync();
    } catch (err) {
      if (i === attempts.length - 1) throw err;
      continue;
    }
    const probed = pending.map((read) => read());
    if (merges || !withMerges) return probed;
    // The merges failed the shared sync: ask sheet by sheet, so that one sheet cannot cost the rest theirs.
    const out: Probed[] = [];
    for (const p of probed) out.push({ ...p, merges: await mergesOneSheet(context, p) });
    return out;
  }
  throw new Error("unreachable: the last attempt rethrows");
}

function queueProbe(context: Excel.RequestContext, sheet: Listed, withMerges: boolean, search: boolean, summary: boolean): () => Probed {
  const ws = context.workbook.worksheets.getItem(sheet.name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(summary ? "rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden" : "rowIndex,columnIndex,rowCount,columnCount");
  // Searched in Excel: only a count comes back, whatever the size of the sheet.
  const found = search ? ws.findAllOrNullObject(TABLE_TITLE_WORD, { completeMatch: false, matchCase: false }) : null;
  found?.load("areaCount");
  // Merged areas come from the whole sheet, not the used range: Excel only reports merges whose
  // top-left cell lies inside the queried range, clipped to it (OfficeDev/office-js#3611, #1590),
  // and an empty sheet's used range is a null object that takes no method calls.
  const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
  merged?.load("address");
  return () => ({
    ...sheet,
    area: used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    titleWordCells: found === null ? null : found.isNullObject ? 0 : found.areaCount,
    // No merges ([]) differs from "the host could not tell" (undefined): only the latter makes
    // the core infer header spans.
    merges: merged === null ? undefined : merged.isNullObject ? [] : parseAreasAddress(merged.address),
    // Typed boolean, but null when some lines are hidden and some not (Range.rowHidden reference).
    hiddenSummary: summary && !used.isNullObject ? { rows: used.rowHidden as boolean | null, cols: used.columnHidden as boolean | null } : null,
  });
}

/** The whole sheet's merges; if Excel refuses (over 512), the header rows'; else unknown. */
async function mergesOneSheet(context: Excel.RequestContext, sheet: Probed): Promise<MergedArea[] | undefined> {
  if (!sheet.area) return [];
  const { top, left, rows, cols } = sheet.area;
  const ws = (): Excel.Worksheet => context.workbook.worksheets.getItem(sheet.name);
  for (const range of [() => ws().getRange(), () => ws().getRangeByIndexes(top, left, Math.min(rows, MERGE_HEAD_ROWS), cols)]) {
    const areas = range().getMergedAreasOrNullObject();
    areas.load("address");
    try {
      await context.sync();
      return areas.isNullObject ? [] : parseAreasAddress(areas.address);
    } catch {
      // Too many merged areas here too: try the smaller range, then give up on merges.
    }
  }
  return undefined;
}

interface Band {
  readonly top: number;
  readonly values: RawValue[][];
  readonly formats: string[][];
}

async function readValues(context: Excel.RequestContext, probed: readonly Probed[], options: ReadOptions, reader: LineReader): Promise<RawSheet[]> {
  const pieces: ReadPiece[] = [];
  for (const s of probed) {
    if (!s.area) continue;
    const { top, left, rows, cols } = s.area;
    const whole = mayHoldTables({ name: s.name, cells: rows * cols, titleWordCells: s.titleWordCells });
    const piece = whole ? { sheet: s.name, top, left, rows, cols } : { sheet: s.name, top, left, rows: Math.min(rows, HEAD_ROWS), cols: Math.min(cols, HEAD_COLS) };
    pieces.push({ ...piece, ...flagsToAsk(s.hiddenSummary, reader, piece.rows, piece.cols) });
  }
  const cellsTotal = pieces.reduce((n, p) => n + p.rows * p.cols, 0);
  let cellsRead = 0;
  options.onProgress?.({ cellsRead, cellsTotal });

  const bands = new Map<string, Band[]>();
  const flags = new Map<string, { rows?: number[]; cols?: number[] }>();
  const queue: ReadChunk[] = planChunks(pieces, options.budgetBytes ?? READ_BUDGET_BYTES);
  while (queue.length > 0) {
    const chunk = queue.shift()!;
    const loads = chunk.map((piece) => {
      const range = context.workbook.worksheets.getItem(piece.sheet).getRangeByIndexes(piece.top, piece.left, piece.rows, piece.cols);
      range.load("values,numberFormat");
      return { piece, range, hidden: queueBandFlags(range, piece, reader) };
    });
    try {
      await context.sync();
    } catch (err) {
      if (!isPayloadError(err)) throw err;
      const halves = splitChunk(chunk);
      if (!halves) throw tooLarge(chunk);
      queue.unshift(...halves);
      continue;
    }
    for (const { piece, range, hidden } of loads) {
      const list = bands.get(piece.sheet) ?? [];
      list.push({ top: piece.top, values: toRawValues(range.values), formats: toFormats(range.numberFormat) });
      bands.set(piece.sheet, list);
      const found = hidden();
      const sheetFlags = flags.get(piece.sheet) ?? {};
      flags.set(piece.sheet, {
        rows: found.rows ? [...(sheetFlags.rows ?? []), ...found.rows] : sheetFlags.rows,
        cols: found.cols ?? sheetFlags.cols,
      });
      cellsRead += piece.rows * piece.cols;
    }
    options.onProgress?.({ cellsRead, cellsTotal });
  }

  return probed.map((s) => {
    const list = (bands.get(s.name) ?? []).sort((a, b) => a.top - b.top);
    const values = list.flatMap((b) => b.values);
    const found = flags.get(s.name);
    const rows = s.area ? hiddenLines(s.hiddenSummary?.rows, found?.rows, s.area.top, values.length) : undefined;
    const cols = s.area ? hiddenLines(s.hiddenSummary?.cols, found?.cols, s.area.left, values[0]?.length ?? 0) : undefined;
    return {
      name: s.name,
      origin: s.area ? { row: s.area.top, col: s.area.left } : { row: 0, col: 0 },
      values,
      numberFormats: list.flatMap((b) => b.formats),
      ...(s.merges !== undefined ? { merges: s.merges } : {}),
      ...(s.hidden ? { hidden: true } : {}),
      // As the .xlsx adapter: present only when some are hidden.
      ...(rows && rows.length > 0 ? { hiddenRows: rows } : {}),
      ...(cols && cols.length > 0 ? { hiddenCols: cols } : {}),
    } satisfies RawSheet;
  });
}

function isPayloadError(err: unknown): boolean {
  const code = typeof err === "object" && err !== null ? (err as { code?: unknown }).code : undefined;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

function tooLarge(chunk: ReadChunk): Error {
  const piece = chunk[0];
  const where = piece ? `工作表“${piece.sheet}”第 ${piece.top + 1} 行` : "工作簿";
  return adapterError("ResponsePayloadSizeLimitExceeded", `${where}的内容过多，Excel 无法一次读取（网页版每次最多 5 MB）。请把该行的长文字移到其他工作表或删除后重试。`);
}
