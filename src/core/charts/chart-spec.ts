import type { Amount } from "../amounts";
import { microsToWan } from "../amounts";
import type { CellRef } from "../cells";
import type { Workbook } from "../tables/model";

export type ChartType = "columnClustered" | "pie";

export interface ChartPoint {
  readonly category: string;
  /** 万元, for plotting only (the text uses the integer amounts). */
  readonly value: number;
  readonly micros: number;
  /** Where the value comes from: a table cell, or null for an input of 补充信息. */
  readonly ref: CellRef | null;
  readonly input: string | null;
}

/** One of 图1–图7 (narrative.md §4), host-independent: the Office adapter turns it into a chart. */
export interface ChartSpec {
  readonly id: string;
  readonly number: number;
  /** Chart title as inserted in Excel ("收入决算结构图"). */
  readonly title: string;
  /** Caption for the narrative ("图2：收入决算结构图"). */
  readonly caption: string;
  readonly type: ChartType;
  readonly seriesName: string;
  readonly points: readonly ChartPoint[];
  /** Inputs the chart needs but does not have (prior-year figures); the chart is then incomplete. */
  readonly missing: readonly string[];
  /** The tables the chart needs are absent: nothing to draw. */
  readonly unavailable: string | null;
}

/** Figures the charts need that are not in the tables (from 补充信息 or last year's workbook). */
export interface ChartInputs {
  readonly year: number | null;
  readonly priorT01Total: Amount | null;
  readonly priorT04Total: Amount | null;
  readonly priorT06Total: Amount | null;
}

export interface ChartOptions {
  /** Pie charts omit zero categories by default; "keep" reproduces the example disclosure. */
  readonly zeroSlices: "drop" | "keep";
}

export const DEFAULT_CHART_OPTIONS: ChartOptions = { zeroSlices: "drop" };

export interface ChartContext {
  readonly workbook: Workbook;
  readonly inputs: ChartInputs;
  readonly options: ChartOptions;
}

export interface ChartDefinition {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly type: ChartType;
  build(ctx: ChartContext): ChartSpec;
}

export function defineChart(def: ChartDefinition): ChartDefinition {
  return def;
}

export function point(category: string, amount: Amount | null | undefined, input: string | null = null): ChartPoint {
  const micros = amount?.micros ?? 0;
  return { category, value: microsToWan(micros), micros, ref: amount?.ref ?? null, input };
}

/** Assembles a spec, dropping zero pie slices when asked. */
export function spec(def: ChartDefinition, ctx: ChartContext, points: ChartPoint[], missing: string[] = [], unavailable: string | null = null): ChartSpec {
  const kept = def.type === "pie" && ctx.options.zeroSlices === "drop" ? points.filter((p) => p.micros !== 0) : points;
  return {
    id: def.id,
    number: def.number,
    title: def.title,
    caption: `图${def.number}：${def.title}`,
    type: def.type,
    seriesName: "金额（万元）",
    points: kept,
    missing,
    unavailable,
  };
}

export function yearLabel(year: number | null, offset: 0 | -1): string {
  return year === null ? (offset === 0 ? "本" : "上") : String(year + offset);
}
