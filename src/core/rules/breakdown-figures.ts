/**
 * Figures of breakdown columns (tables model BreakdownColumn): the 经济分类 columns of T09 or of a
 * 功能 × 经济 T07, and the per-fund 基本支出 / 项目支出 of T05.
 */
import type { BreakdownColumn, CodeRow, CodeTable } from "../tables/model";
import { codeRowLabel } from "./describe";
import type { Figure } from "./figures";

export function breakdownFigure(table: CodeTable, row: CodeRow, column: BreakdownColumn): Figure | null {
  const a = row.breakdown?.[column.key];
  if (!a) return null;
  return { amount: a, table: table.id, label: `${codeRowLabel(row)} ${column.label}`, ref: a.ref ?? row.ref };
}

/** The table's breakdown columns grouped by the row figure they add up to. */
export function breakdownGroups(table: CodeTable): Map<BreakdownColumn["of"], BreakdownColumn[]> {
  const groups = new Map<BreakdownColumn["of"], BreakdownColumn[]>();
  for (const b of table.breakdowns ?? []) groups.set(b.of, [...(groups.get(b.of) ?? []), b]);
  return groups;
}

/** Coded tables that can carry breakdown columns. */
export const BREAKDOWN_TABLES = ["T05", "T07", "T09"] as const;
