/**
 * Reads every worksheet of the open workbook into RawSheet[] — the only code that calls
 * Excel.run for reading. Two context.sync() round trips however many sheets there are:
 *   1. the sheet names and visibility;
 *   2. for every sheet at once, the used range's values, number formats and position, plus the
 *      merged areas where ExcelApi 1.13 is available.
 * A round trip to Excel (especially Excel on the web) costs far more than the data, so there is
 * no sync inside a loop. Only plain data leaves Excel.run: proxies are useless after the batch.
 */
import type { MergedArea, RawSheet, RawValue } from "../../core/raw-sheet";
import { fromA1 } from "../../core/cells";
import { OfficeAdapterError } from "./errors";
import { generatedSheetNames, loadWorkbookState } from "./own-sheets";

/** Range.getMergedAreasOrNullObject arrived in ExcelApi 1.13. */
export const MERGED_AREAS_SET = { name: "ExcelApi", version: "1.13" } as const;

export interface ReadOptions {
  /** Skip merged areas even where supported (they are optional in RawSheet). */
  readonly merges?: boolean;
}

export async function readAllSheets(options: ReadOptions = {}): Promise<RawSheet[]> {
  const withMerges = options.merges !== false && isSetSupported(MERGED_AREAS_SET.name, MERGED_AREAS_SET.version);
  try {
    return await Excel.run((context) => readInBatch(context, withMerges));
  } catch (err) {
    // Rethrown with the Chinese message the task pane shows; the Office error stays as `cause`.
    throw OfficeAdapterError.from(err);
  }
}

async function readInBatch(context: Excel.RequestContext, withMerges: boolean): Promise<RawSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  // The sheets this add-in generated (审核结果, 情况说明, 图表 — perhaps under a fallback name such
  // as 审核结果（助手）) are its output, not the user's tables: the results sheet quotes table
  // titles and amounts and could be taken for a table. Their markers come in the same sync.
  const readState = loadWorkbookState(context);
  await context.sync();
  const generated = generatedSheetNames(readState());

  const pending = sheets.items.filter((sheet) => !generated.has(sheet.name.toLowerCase())).map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,numberFormat,rowIndex,columnIndex");
    // Merged areas come from the whole sheet, not the used range: Excel only reports merges whose
    // top-left cell lies inside the queried range, clipped to it (OfficeDev/office-js#3611,
    // #1590), and an empty sheet's used range is a null object that takes no method calls.
    let merged: Excel.RangeAreas | null = null;
    if (withMerges) {
      merged = sheet.getRange().getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { name: sheet.name, hidden: sheet.visibility !== "Visible", used, merged };
  });
  await context.sync();

  return pending.map(({ name, hidden, used, merged }) => {
    // No merges ([]) differs from "the host could not tell" (undefined): only the latter makes
    // the core infer header spans.
    const merges = merged === null ? undefined : merged.isNullObject ? [] : parseAreasAddress(merged.address);
    const base = used.isNullObject
      ? { name, origin: { row: 0, col: 0 }, values: [], numberFormats: [] }
      : {
          name,
          origin: { row: used.rowIndex, col: used.columnIndex },
          values: toRawValues(used.values),
          numberFormats: toFormats(used.numberFormat),
        };
    return {
      ...base,
      ...(merges !== undefined ? { merges } : {}),
      ...(hidden ? { hidden: true } : {}),
    } satisfies RawSheet;
  });
}

/** Office.context is absent outside Office (tests without the fake, a plain browser). */
function isSetSupported(name: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
}

/**
 * Office.js returns an empty cell as "" — RawSheet calls a blank a blank (null), as the .xlsx
 * adapter does, so that the core sees the same thing from either host. Error cells arrive as
 * their text ("#REF!") and stay text.
 */
function toRawValues(values: unknown[][]): RawValue[][] {
  return values.map((row) =>
    row.map((v): RawValue => {
      if (v === "" || v === null || v === undefined) return null;
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
      return String(v);
    }),
  );
}

function toFormats(formats: unknown[][]): string[][] {
  return formats.map((row) => row.map((f) => (typeof f === "string" && f !== "" ? f : "General")));
}

/**
 * RangeAreas.address: "Sheet1!A1:B2, Sheet1!D4:E4" — comma-separated, each with its sheet name,
 * which Excel quotes ('My, sheet'!A1) when it contains a comma, space or quote. Entire rows or
 * columns ("A:B", "3:4") are possible in principle and are clamped to Excel's grid.
 */
export function parseAreasAddress(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const part of splitOutsideQuotes(address, ",")) {
    const ref = part.trim();
    if (ref === "") continue;
    const bang = ref.lastIndexOf("!");
    const area = parseArea(bang >= 0 ? ref.slice(bang + 1) : ref);
    if (area) areas.push(area);
  }
  return areas;
}

const LAST_ROW = 1048575;
const LAST_COL = 16383;

function parseArea(a1: string): MergedArea | null {
  const [from = "", to = from] = a1.replace(/\$/g, "").split(":");
  const cellA = fromA1(from);
  const cellB = fromA1(to);
  if (cellA && cellB) {
    return {
      top: Math.min(cellA.row, cellB.row),
      left: Math.min(cellA.col, cellB.col),
      bottom: Math.max(cellA.row, cellB.row),
      right: Math.max(cellA.col, cellB.col),
    };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) return { top: Number(from) - 1, left: 0, bottom: Number(to) - 1, right: LAST_COL };
  const colA = fromA1(`${from}1`);
  const colB = fromA1(`${to}1`);
  if (colA && colB) return { top: 0, left: colA.col, bottom: LAST_ROW, right: colB.col };
  return null;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    // '' inside a quoted name is an escaped quote: toggling twice leaves the state unchanged.
    if (ch === "'") quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}
