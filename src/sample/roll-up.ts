import type { CodedRow, CodedTable } from "./figures";

/** How to add and name the values of one table's rows. */
export interface RollUpSpec<V> {
  readonly zero: V;
  readonly add: (a: V, b: V) => V;
  /** Name of a parent row (类, 款) that the leaves do not carry. */
  readonly nameOf: (code: string) => string;
}

/** Parent codes of a leaf: 7 digits → [3, 5]; 5 digits → [3]. */
function parentCodes(code: string): string[] {
  if (code.length === 7) return [code.slice(0, 3), code.slice(0, 5)];
  if (code.length === 5) return [code.slice(0, 3)];
  throw new Error(`leaf code must have 5 or 7 digits: ${code}`);
}

/**
 * Builds a coded table from its leaf rows (项, or 经济分类 款): every parent row is the sum of
 * its leaves and the 合计 the sum of all leaves. Used only to write the figure sets, so that
 * their 类 = Σ款 = Σ项 ties hold by construction; the stored result is what tests check.
 */
export function rollUp<V>(leaves: readonly CodedRow<V>[], spec: RollUpSpec<V>): CodedTable<V> {
  const sums = new Map<string, V>();
  let total = spec.zero;
  for (const leaf of leaves) {
    for (const parent of parentCodes(leaf.code)) {
      sums.set(parent, spec.add(sums.get(parent) ?? spec.zero, leaf.values));
    }
    total = spec.add(total, leaf.values);
  }
  const rows: CodedRow<V>[] = [
    ...[...sums.entries()].map(([code, values]) => ({ code, name: spec.nameOf(code), values })),
    ...leaves,
  ];
  // Code order with parents first: "201" < "20103" < "2010301" as strings.
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { total, rows };
}

/** Field-wise addition of records of numbers. */
export function addFields<V extends object>(a: V, b: V): V {
  const out: Record<string, number> = {};
  for (const key of Object.keys(a)) {
    out[key] = (a as Record<string, number>)[key]! + (b as Record<string, number>)[key]!;
  }
  return out as V;
}
