import { parseUnitText, type Unit } from "../amounts";
import { cellRef, type CellRef } from "../cells";
import { roleOfWord } from "./columns";
import type { Grid } from "./grid";
import { normaliseText } from "./normalise";
import type { TableRegion } from "./recognise";

export interface HeaderColumn {
  readonly col: number;
  /** Header texts top to bottom, merges expanded, consecutive repeats removed. */
  readonly path: readonly string[];
}

export interface HeaderBlock {
  readonly unit: Unit | null;
  readonly unitRef: CellRef | null;
  readonly unitName: string | null;
  readonly headerTop: number;
  readonly headerBottom: number;
  /** First row after the header (and after the 栏次 row, if any). */
  readonly dataStart: number;
  readonly columns: readonly HeaderColumn[];
  readonly hasColumnNumbers: boolean;
  /**
   * Sub-headers printed inside the first data row (Shanghai 2024 T11/T13 put 合计 | 基本支出 |
   * 项目支出 of 本年支出 in the 合计 row). Their texts are part of `columns`' paths; the cells
   * are header text, not amounts, so readers skip them.
   */
  readonly inlineHeader: { readonly row: number; readonly cols: readonly number[] } | null;
}

const META = /编制单位|单位[:：]|报表期间|公开\d{1,2}表|附表\d|财决\d{1,2}表|^表\d/;
const HEADER_WORDS = /项目|科目|编码|合计|小计|收入|支出|预算|决算|金额|行次|经费|结转|结余|名称|费|类|款|项/;

/** Is this row the 栏次 row (column numbers under the header)? */
function isColumnNumberRow(grid: Grid, row: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.norm(row, c);
    if (t === "栏次" || t === "栏号") return true;
  }
  return isBareColumnNumbers(grid, row);
}

/** Label cells a 栏次 row may carry instead of the word 栏次 (甲 | 乙 under 编码 | 名称). */
const COLUMN_NUMBER_LABELS = new Set(["甲", "乙", "丙", "丁", "行次"]);

/**
 * A 栏次 row printed without the word 栏次: its cells are only 1, 2, 3 … in column order (however
 * formatted, "1.00" included) besides 甲/乙 labels. Such numbers look like amounts, but no data row
 * is a run of consecutive whole numbers from 1 with no code or name beside it.
 */
function isBareColumnNumbers(grid: Grid, row: number): boolean {
  let next = 1;
  let labelled = false;
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.value(row, c);
    if (v === null || v === "") continue;
    const t = grid.norm(row, c);
    if (COLUMN_NUMBER_LABELS.has(t)) {
      labelled = true;
      continue;
    }
    const n = typeof v === "number" ? v : /^\d+(\.0+)?$/.test(t) ? Number(t) : NaN;
    // A merged label spills its value into every cell of the area: count each area once.
    const m = grid.merge(row, c);
    if (m && m.left !== c) continue;
    if (n !== next) return false;
    next++;
  }
  // Two numbers at least; a one-amount table (T09) numbers its one column 1, beside 甲/乙 labels.
  // A lone 1.00 without them is an amount (a 三公 row with one item filled).
  return next > 2 || (next === 2 && labelled);
}

/** Does the row carry data rather than header words? */
export type DataRowTest = (grid: Grid, row: number) => boolean;

export function hasNumberCell(grid: Grid, row: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.value(row, c);
    if (typeof v === "number") return true;
    // Text amounts: with decimals ("2,142.76"), or whole with thousands separators ("5,500" 元).
    if (typeof v === "string" && /^[\s\-+(（]*([\d,，]+\.\d+|\d{1,3}([,，]\d{3})+)[)）]?$/.test(v.trim())) return true;
  }
  return false;
}

function firstText(grid: Grid, row: number): string {
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.norm(row, c);
    if (t !== "") return t;
  }
  return "";
}

/** Default data-row test: a code, 合计/总计, or an amount in the row. */
export const defaultDataRow: DataRowTest = (grid, row) => {
  const first = firstText(grid, row);
  if (/^\d{3}(\d{2}){0,2}/.test(first)) return true;
  if (/^(合计|总计)$/.test(first)) return true;
  return hasNumberCell(grid, row);
};

/**
 * Reads the rows between the title and the data: the 编制单位 / 单位 line, the 1–4 header rows,
 * and the optional 栏次 row. Header paths expand merged cells; without merge information a
 * group header's empty neighbours inherit it when the row below has sub-headers.
 */
export function readHeader(region: TableRegion, isData: DataRowTest = defaultDataRow): HeaderBlock {
  const { grid } = region;
  let unit: Unit | null = null;
  let unitRef: CellRef | null = null;
  let unitName: string | null = null;
  let r = region.titleRow;
  const lookMeta = (row: number): void => {
    for (let c = grid.left; c <= grid.right; c++) {
      const raw = grid.text(row, c);
      if (!raw) continue;
      const t = normaliseText(raw);
      if (!unit) {
        const u = parseUnitText(t);
        if (u) {
          unit = u;
          unitRef = cellRef(grid.name, row, c);
        }
      }
      if (unitName === null && t.startsWith("编制单位")) {
        let name = t.replace(/^编制单位[：:]?/, "").replace(/(金额)?单位[：:].*$/, "");
        if (!name) {
          for (let c2 = c + 1; c2 <= grid.right && !name; c2++) {
            const next = normaliseText(grid.text(row, c2));
            if (next && !/单位[：:]/.test(next)) name = next;
          }
        }
        unitName = name || null;
      }
    }
  };
  lookMeta(r);
  r++;
  // Meta rows (编制单位, 单位, 公开NN表) and blank rows before the header.
  while (r <= region.endRow && r < region.titleRow + 6) {
    const meta = grid.isRowEmpty(r) || rowMatches(grid, r, META);
    if (!meta) break;
    lookMeta(r);
    r++;
  }
  const headerTop = r;
  let headerBottom = headerTop;
  let dataStart = headerTop + 1;
  let hasColumnNumbers = false;
  let found = false;
  for (let row = headerTop; row <= Math.min(region.endRow, headerTop + 5); row++) {
    if (isColumnNumberRow(grid, row)) {
      headerBottom = Math.max(headerTop, row - 1);
      dataStart = row + 1;
      hasColumnNumbers = true;
      found = true;
      break;
    }
  }
  if (!found) {
    let row = headerTop + 1;
    while (row <= region.endRow && row <= headerTop + 4 && !isData(grid, row) && rowMatches(grid, row, HEADER_WORDS)) row++;
    headerBottom = row - 1;
    dataStart = row;
  }
  // Meta after the header is rare but the unit line sometimes sits at the bottom of the title block.
  if (!unit) for (let row = headerTop; row <= headerBottom; row++) lookMeta(row);
  const paths = headerPaths(grid, headerTop, headerBottom);
  const inline = dataStart <= region.endRow ? absorbInlineSubHeaders(grid, paths, dataStart) : null;
  return { unit, unitRef, unitName, headerTop, headerBottom, dataStart, columns: inline?.columns ?? paths, hasColumnNumbers, inlineHeader: inline ? { row: dataStart, cols: inline.cols } : null };
}

/**
 * A group header spanning several columns with no sub-headers under it, whose columns hold
 * distinct header words in the first data row: those words are the group's sub-headers, printed
 * one row low. Only groups of two or more columns qualify, and every filled cell must be a known
 * header word, so a stray text amount is never mistaken for a header.
 */
function absorbInlineSubHeaders(grid: Grid, columns: readonly HeaderColumn[], row: number): { columns: HeaderColumn[]; cols: number[] } | null {
  const groups = new Map<string, HeaderColumn[]>();
  for (const h of columns) {
    const key = h.path.join("›");
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  const absorbed = new Map<number, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const words = members.map((h) => (typeof grid.value(row, h.col) === "string" ? grid.norm(row, h.col) : ""));
    if (words.some((w) => w === "" || roleOfWord(w) === null) || new Set(words).size !== words.length) continue;
    members.forEach((h, i) => absorbed.set(h.col, words[i]!));
  }
  if (absorbed.size === 0) return null;
  return {
    columns: columns.map((h) => (absorbed.has(h.col) ? { col: h.col, path: [...h.path, absorbed.get(h.col)!] } : h)),
    cols: [...absorbed.keys()],
  };
}

function rowMatches(grid: Grid, row: number, re: RegExp): boolean {
  for (let c = grid.left; c <= grid.right; c++) if (re.test(grid.norm(row, c))) return true;
  return false;
}

function headerPaths(grid: Grid, top: number, bottom: number): HeaderColumn[] {
  const texts: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: string[] = [];
    for (let c = grid.left; c <= grid.right; c++) row.push(grid.spanNorm(r, c));
    texts.push(row);
  }
  if (!grid.hasMerges) inferGroupHeaders(texts);
  const columns: HeaderColumn[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const path: string[] = [];
    for (const row of texts) {
      const t = row[c - grid.left] ?? "";
      if (t !== "" && path[path.length - 1] !== t) path.push(t);
    }
    if (path.length > 0) columns.push({ col: c, path });
  }
  return columns;
}

/** Without merge data: an empty cell above sub-headers belongs to the group header on its left. */
function inferGroupHeaders(texts: string[][]): void {
  for (let r = 0; r < texts.length - 1; r++) {
    const row = texts[r]!;
    const below = texts[r + 1]!;
    for (let c = 1; c < row.length; c++) {
      if (row[c] === "" && below[c] !== "" && row[c - 1] !== "" && below[c - 1] !== "") row[c] = row[c - 1]!;
    }
  }
}
