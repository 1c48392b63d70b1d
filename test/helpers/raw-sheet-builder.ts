import type { MergedArea, RawSheet, RawValue } from "../../src/core/raw-sheet";

/**
 * Builds a RawSheet from rows of cells for reader unit tests. Cells are values; numbers get the
 * "#,##0.00" format real exports use. `origin` places the block on the sheet (e.g. C5).
 */
export function rawSheet(
  name: string,
  rows: readonly (readonly RawValue[])[],
  opts: { origin?: { row: number; col: number }; merges?: MergedArea[]; formats?: (v: RawValue) => string } = {},
): RawSheet {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => [...r, ...Array<RawValue>(width - r.length).fill(null)]);
  const fmt = opts.formats ?? ((v: RawValue) => (typeof v === "number" ? "#,##0.00" : "General"));
  return {
    name,
    origin: opts.origin ?? { row: 0, col: 0 },
    values,
    numberFormats: values.map((r) => r.map(fmt)),
    merges: opts.merges,
  };
}
