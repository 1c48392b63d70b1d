/**
 * 舍位平衡 suggestions as the cells hold them. The core works in 万元 (micros); a table that
 * states 元 or 亿元 holds its figures in that unit, so the value compared with the cell and the
 * value written are converted back here — writing 万元 into a 元 table would put 0.01 where
 * 100 元 was meant.
 */
import type { Analysis } from "../../core/analyze";
import { MICROS_PER_UNIT, type Unit } from "../../core/amounts";
import type { CellAdjustment } from "../host/workbook-host";

/** The suggestions in the cells' own units; [] when there are none. */
export function cellAdjustments(analysis: Pick<Analysis, "workbook" | "roundingAdjustments">): CellAdjustment[] {
  return (analysis.roundingAdjustments ?? []).map((a) => {
    // The reader takes 万元 when a table states no unit (tables/read-context.ts).
    const unit: Unit = analysis.workbook.tables[a.table]?.unit ?? "万元";
    const inCell = (wan: number): number => Math.round(wan * 1_000_000) / MICROS_PER_UNIT[unit];
    return { ref: a.ref, from: inCell(a.from), to: inCell(a.to) };
  });
}
