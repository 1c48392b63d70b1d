/**
 * Economic-class columns for the tables real workbooks print that way (T09 by 经济分类 columns,
 * T07 as a 功能 × 经济 matrix). The figure sets hold one amount per 功能分类 row; the split is
 * derived here, in whole cents, so that every row's classes add up to its amount exactly: a leaf
 * row is split by fixed shares, a parent row is the sum of its children's splits, and whatever the
 * parent's own figure differs from that sum (0 for consistent figures, a rounding cent for the
 * noise figures) goes to its largest class.
 */
import type { Cents, CodedRow, CodedTable } from "../figures";

export type EconomicSplit = Readonly<Record<string, Cents>>;

/** Shares in per mille, largest first; the last class takes the remainder. */
export type Shares = readonly (readonly [code: string, perMille: number])[];

function splitLeaf(v: Cents, shares: Shares): Record<string, Cents> {
  const out: Record<string, Cents> = {};
  let left = v;
  shares.forEach(([code, share], i) => {
    const part = i === shares.length - 1 ? left : Math.trunc((v * share) / 1000);
    out[code] = part;
    left -= part;
  });
  return out;
}

function fromChildren(v: Cents, children: readonly Record<string, Cents>[], shares: Shares): Record<string, Cents> {
  if (children.length === 0) return splitLeaf(v, shares);
  const out: Record<string, Cents> = {};
  for (const [code] of shares) out[code] = children.reduce((s, c) => s + (c[code] ?? 0), 0);
  const gap = v - Object.values(out).reduce((s, x) => s + x, 0);
  const largest = shares.map(([c]) => c).reduce((a, b) => (out[b]! > out[a]! ? b : a));
  out[largest] = out[largest]! + gap;
  return out;
}

/** Each row's amount (from `amountOf`) with its economic split. */
export function splitByEconomicClass<V>(table: CodedTable<V>, amountOf: (v: V) => Cents, shares: Shares): CodedTable<{ amount: Cents; split: EconomicSplit }> {
  const splits = new Map<string, Record<string, Cents>>();
  // Deepest first, so children are split before their parents.
  const byDepth = [...table.rows].sort((a, b) => b.code.length - a.code.length);
  const childrenOf = (code: string | null): Record<string, Cents>[] =>
    table.rows.filter((r) => (code === null ? r.code.length === 3 : r.code.length === code.length + 2 && r.code.startsWith(code))).map((r) => splits.get(r.code)!);
  for (const r of byDepth) splits.set(r.code, fromChildren(amountOf(r.values), childrenOf(r.code), shares));
  const row = (r: CodedRow<V>): CodedRow<{ amount: Cents; split: EconomicSplit }> => ({ code: r.code, name: r.name, values: { amount: amountOf(r.values), split: splits.get(r.code)! } });
  const total = amountOf(table.total);
  return { total: { amount: total, split: fromChildren(total, childrenOf(null), shares) }, rows: table.rows.map(row) };
}
