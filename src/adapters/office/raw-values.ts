/** Office.js values, number formats and RangeAreas addresses → RawSheet's plain data (pure). */
import type { MergedArea, RawValue } from "../../core/raw-sheet";
import { fromA1 } from "../../core/cells";

/**
 * Office.js returns an empty cell as "" — RawSheet calls a blank a blank (null), as the .xlsx
 * adapter does, so that the core sees the same thing from either host. Error cells arrive as
 * their text ("#REF!") and stay text.
 */
export function toRawValues(values: unknown[][]): RawValue[][] {
  return values.map((row) =>
    row.map((v): RawValue => {
      if (v === "" || v === null || v === undefined) return null;
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
      return String(v);
    }),
  );
}

export function toFormats(formats: unknown[][]): string[][] {
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
