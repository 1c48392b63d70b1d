/**
 * A workbook model with some cells holding other values: what the tables would read had the user
 * typed them. Causes and 舍位平衡 are verified by running the rules again on such a model, so a
 * suggestion is never claimed from arithmetic alone.
 */
import type { Amount } from "../amounts";
import type { CellRef } from "../cells";
import type { Workbook } from "../tables/model";

/** "公开06表|24|5": a cell as a map key. */
export function cellKey(ref: CellRef): string {
  return `${ref.sheet}|${ref.row}|${ref.col}`;
}

/** The sheet of a cellKey. */
export function sheetOfKey(key: string): string {
  return key.slice(0, key.lastIndexOf("|", key.lastIndexOf("|") - 1));
}

/** One 0.01 in the last displayed decimal of a 万元 figure, in micros. */
const CENT = 10_000;

function isAmount(x: object): x is Amount {
  return "micros" in x && "ulp" in x && "blank" in x && "ref" in x;
}

/**
 * The workbook with the cells of `values` (cellKey → micros) replaced; every Amount read from such
 * a cell changes, wherever the tables hold it. Untouched parts are shared, not copied. A blank cell
 * that gets a value is no longer blank and is read with 2 decimals.
 */
export function withCellValues(workbook: Workbook, values: ReadonlyMap<string, number>): Workbook {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) {
      let changed = false;
      const out = x.map((v) => {
        const w = walk(v);
        if (w !== v) changed = true;
        return w;
      });
      return changed ? out : x;
    }
    if (x === null || typeof x !== "object") return x;
    if (isAmount(x)) {
      const v = x.ref ? values.get(cellKey(x.ref)) : undefined;
      return v === undefined ? x : { ...x, micros: v, blank: false, ulp: x.ulp || CENT };
    }
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      const w = walk(v);
      if (w !== v) changed = true;
      out[k] = w;
    }
    return changed ? out : x;
  };
  return { ...workbook, tables: walk(workbook.tables) as Workbook["tables"] };
}
