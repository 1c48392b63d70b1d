import type { AnyTable, LoadIssue } from "./model";
import { tableLabel } from "./table-ids";

/** A table whose figures are this many times the others' is in another unit than it says. */
const UNIT_FACTOR = 1000;

function largest(t: AnyTable): number {
  return t.amounts.reduce((m, a) => Math.max(m, Math.abs(a.micros)), 0);
}

/**
 * 元 typed under a 万元 heading (or the reverse) is a common slip that no sum inside the table
 * reveals. Every table of one disclosure describes the same money, so their largest figures are of
 * one magnitude; a table 1000× above or below the median of the others is reported with the unit
 * it probably uses. A heuristic, so a warning, never a conversion.
 */
export function suspectUnits(tables: readonly AnyTable[]): LoadIssue[] {
  const sized = tables.map((t) => ({ t, max: largest(t) })).filter((x) => x.max > 0);
  if (sized.length < 3) return [];
  const sorted = sized.map((x) => x.max).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const issues: LoadIssue[] = [];
  for (const { t, max } of sized) {
    const stated = t.unit ?? "万元";
    const tooLarge = max >= median * UNIT_FACTOR;
    const tooSmall = max * UNIT_FACTOR <= median;
    if (!tooLarge && !tooSmall) continue;
    const likely = tooLarge ? (stated === "万元" ? "元" : "更小的单位") : stated === "元" ? "万元" : "更大的单位";
    issues.push({
      code: "unit-suspect",
      severity: "warning",
      table: t.id,
      message: `${tableLabel(t.id)}（工作表“${t.sheet}”）的金额约为其他附表的 ${tooLarge ? "" : "1/"}${Math.round(tooLarge ? max / median : median / max).toLocaleString("en-US")} 倍：单位标为“${stated}”，实际可能是“${likely}”。请核对金额单位。`,
      cells: [t.unitRef ?? t.titleRef],
    });
  }
  return issues;
}
