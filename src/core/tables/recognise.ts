import { Grid } from "./grid";
import { normaliseText, normaliseTitle, numberLabelOf } from "./normalise";
import { TABLES, TABLE_IDS, type TableId } from "./table-ids";

/** Where one table sits on a sheet. */
export interface TableRegion {
  readonly id: TableId;
  readonly grid: Grid;
  readonly titleRow: number;
  readonly titleCol: number;
  readonly title: string;
  /** Last row that belongs to the table (the row before the next title, or the sheet's end). */
  readonly endRow: number;
  readonly numberLabel: string | null;
  /** How it was found: its title, or only the sheet name (reported as an info issue). */
  readonly foundBy: "title" | "sheetName";
  /** The title ends in （续） / 续表: the rest of a table begun on an earlier sheet. */
  readonly continued: boolean;
}

/** A continuation marker after a title: （续）, (续), 续表, （续表）, -续. */
const CONTINUED = /[-—_]?[（(]?续表?[）)]?$/;

/** A title cell that names a table, possibly as its continuation ("…决算表（续）"). */
export function tableOfTitleCell(text: string): { id: TableId; continued: boolean } | null {
  const id = tableIdOfTitle(text);
  if (id) return { id, continued: false };
  const t = text.trim();
  if (!CONTINUED.test(t)) return null;
  const base = tableIdOfTitle(t.replace(CONTINUED, ""));
  return base ? { id: base, continued: true } : null;
}

const TITLE_INDEX = new Map<string, TableId>();
for (const id of TABLE_IDS) {
  TITLE_INDEX.set(normaliseText(TABLES[id].title), id);
  for (const a of TABLES[id].aliases) TITLE_INDEX.set(normaliseText(a), id);
}
/** Longest first, so that 财政拨款收入支出决算总表 (T04) wins over its suffix 收入支出决算总表 (T01). */
const TITLES_LONGEST_FIRST = [...TITLE_INDEX.keys()].sort((a, b) => b.length - a.length);

/** A prefix that is only a unit name and/or a year ("攀枝花市人民政府办公室2021年度"). */
const ORG_OR_YEAR_PREFIX = /(\d{4}年度?|[局厅委办室院校学园所站队组会部处心馆社团府司场台]|单位|部门)$/;

/**
 * The table a title cell names, by exact normalised title or alias (tables.md §1: never by
 * substring). A leading unit name and year are allowed before the title.
 */
export function tableIdOfTitle(text: string): TableId | null {
  const t = normaliseTitle(text);
  if (t.length < 4 || t.length > 80) return null;
  const exact = TITLE_INDEX.get(t);
  if (exact) return exact;
  for (const title of TITLES_LONGEST_FIRST) {
    if (t.endsWith(title)) {
      const prefix = t.slice(0, t.length - title.length);
      if (ORG_OR_YEAR_PREFIX.test(prefix)) return TITLE_INDEX.get(title) ?? null;
      return null;
    }
  }
  return null;
}

/** A sheet name that is itself a title ("1收入支出决算总表", "公开01表收入支出决算总表"). */
function tableIdOfSheetName(name: string): TableId | null {
  const t = normaliseTitle(normaliseText(name).replace(/^\d{1,2}[-_.、]?/, ""));
  return TITLE_INDEX.get(t) ?? null;
}

/** Titles sit at the top of a table; scanning every row also finds several tables per sheet. */
export function findTables(grid: Grid): TableRegion[] {
  const hits: { id: TableId; row: number; col: number; title: string; continued: boolean }[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      // Every table title contains 决算; checking that first keeps large sheets cheap to scan.
      if (typeof v !== "string" || v.length < 4 || v.length > 120 || !v.includes("决算")) continue;
      const hit = tableOfTitleCell(v);
      if (hit) {
        hits.push({ ...hit, row: r, col: c, title: v.trim() });
        break;
      }
    }
  }
  if (hits.length === 0) {
    const id = tableIdOfSheetName(grid.name);
    if (!id) return [];
    let first = grid.top;
    while (first < grid.bottom && grid.isRowEmpty(first)) first++;
    return [{ id, grid, titleRow: first, titleCol: grid.left, title: grid.name, endRow: grid.bottom, numberLabel: labelNear(grid, first), foundBy: "sheetName", continued: false }];
  }
  return hits.map((h, i) => ({
    id: h.id,
    grid,
    titleRow: h.row,
    titleCol: h.col,
    title: h.title,
    endRow: i + 1 < hits.length ? hits[i + 1]!.row - 1 : grid.bottom,
    numberLabel: labelNear(grid, h.row),
    foundBy: "title" as const,
    continued: h.continued,
  }));
}

/** 公开NN表 is printed at the top right of the title or in the row above or below it. */
function labelNear(grid: Grid, titleRow: number): string | null {
  for (let r = Math.max(grid.top, titleRow - 1); r <= Math.min(grid.bottom, titleRow + 2); r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const t = grid.text(r, c);
      if (t.length > 0 && t.length < 80) {
        const label = numberLabelOf(t);
        if (label) return label;
      }
    }
  }
  return null;
}
