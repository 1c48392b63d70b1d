/** Small RawSheet builders for seeding the fake in tests. */
import type { MergedArea, RawSheet, RawValue } from "../../../src/core/raw-sheet";

export interface BuildOptions {
  readonly origin?: { row: number; col: number };
  /** One format for every numeric cell ("General" for the rest). */
  readonly numberFormat?: string;
  readonly merges?: readonly MergedArea[];
  readonly hidden?: boolean;
}

export function buildSheet(name: string, rows: readonly (readonly RawValue[])[], options: BuildOptions = {}): RawSheet {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const numberFormats = values.map((r) => r.map((v) => (typeof v === "number" && options.numberFormat ? options.numberFormat : "General")));
  return {
    name,
    origin: options.origin ?? { row: 0, col: 0 },
    values,
    numberFormats,
    ...(options.merges ? { merges: options.merges } : {}),
    ...(options.hidden ? { hidden: true } : {}),
  };
}

/** `count` sheets named 公开01表, 公开02表, … each a small titled table with amounts. */
export function buildSheets(count: number): RawSheet[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return buildSheet(
      `公开${n}表`,
      [
        [`附表${n}`, null, null],
        ["项目", "本年收入", "本年支出"],
        ["一般公共预算财政拨款", 1000.5 + i, 900.25 + i],
        ["合计", 1000.5 + i, 900.25 + i],
      ],
      { numberFormat: "#,##0.00", merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
    );
  });
}
