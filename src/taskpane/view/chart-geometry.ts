/**
 * Geometry of the small chart previews (inline SVG, no chart library: a preview only needs
 * columns and pie slices, and a library would cost more than the whole pane).
 */
import type { ChartPoint } from "../../core/charts";

/** Fluent-like palette that stays distinguishable on white and in grey print. */
export const PALETTE = ["#0f6cbd", "#e3008c", "#13a10e", "#ff8c00", "#8764b8", "#00b7c3", "#a4262c", "#498205", "#986f0b", "#5c2e91"];

export function colorAt(i: number): string {
  return PALETTE[i % PALETTE.length] ?? "#0f6cbd";
}

export interface ColumnBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly label: string;
  readonly category: string;
  /** The category label wrapped to the bar's slot (long Chinese labels overlap otherwise). */
  readonly categoryLines: readonly string[];
  readonly color: string;
}

export interface ColumnLayout {
  readonly width: number;
  readonly height: number;
  /** y of the zero line. */
  readonly baseline: number;
  readonly bars: readonly ColumnBar[];
  /** Baseline of the first category line, and the distance between lines. */
  readonly categoryTop: number;
  readonly lineHeight: number;
}

/** Two decimals trimmed, as the narrative writes amounts (3789.00 → 3789). */
export function formatValue(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** Wraps a label into lines of at most `perLine` characters (CJK text has no spaces to break at). */
export function wrapLabel(text: string, perLine: number): string[] {
  const n = Math.max(1, perLine);
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += n) lines.push(text.slice(i, i + n));
  return lines.length ? lines : [""];
}

/** Font size of the category labels; one CJK character is about this wide. */
export const CATEGORY_FONT = 11;
const LINE_HEIGHT = 13;

export function columnLayout(points: readonly ChartPoint[], width = 280, height = 150): ColumnLayout {
  const slot = width / Math.max(points.length, 1);
  const perLine = Math.floor((slot - 6) / CATEGORY_FONT);
  const wrapped = points.map((p) => wrapLabel(p.category, perLine));
  const lineCount = Math.max(1, ...wrapped.map((l) => l.length));
  const top = 18; // room for the value labels
  const bottom = 8 + lineCount * LINE_HEIGHT; // room for the category labels
  height += (lineCount - 1) * LINE_HEIGHT;
  const plot = height - top - bottom;
  const max = Math.max(0, ...points.map((p) => p.value));
  const min = Math.min(0, ...points.map((p) => p.value));
  const span = max - min || 1;
  const baseline = top + (max / span) * plot;
  const barWidth = Math.min(56, slot * 0.6);
  const bars = points.map((p, i) => {
    const h = (Math.abs(p.value) / span) * plot;
    return {
      x: slot * i + (slot - barWidth) / 2,
      y: p.value >= 0 ? baseline - h : baseline,
      width: barWidth,
      height: h,
      label: formatValue(p.value),
      category: p.category,
      categoryLines: wrapped[i] ?? [p.category],
      color: colorAt(i),
    };
  });
  return { width, height, baseline, bars, categoryTop: height - bottom + LINE_HEIGHT + 2, lineHeight: LINE_HEIGHT };
}

export interface PieSlice {
  readonly path: string;
  readonly color: string;
  readonly category: string;
  readonly value: number;
  /** Share in percent, 2 decimals. */
  readonly percent: number;
}

/** Slices clockwise from 12 o'clock; negative values cannot be drawn and are left out. */
export function pieSlices(points: readonly ChartPoint[], radius = 60, cx = 70, cy = 70): PieSlice[] {
  const drawable = points.filter((p) => p.value > 0);
  const total = drawable.reduce((s, p) => s + p.value, 0);
  if (total <= 0) return [];
  let angle = -Math.PI / 2;
  return drawable.map((p, i) => {
    const share = p.value / total;
    const start = angle;
    const end = angle + share * 2 * Math.PI;
    angle = end;
    const color = colorAt(i);
    const percent = Math.round(share * 10000) / 100;
    // A full circle cannot be one arc (start = end): draw it as a circle path of two halves.
    if (share >= 0.99999) {
      return { path: `M ${cx - radius} ${cy} a ${radius} ${radius} 0 1 0 ${2 * radius} 0 a ${radius} ${radius} 0 1 0 ${-2 * radius} 0 Z`, color, category: p.category, value: p.value, percent };
    }
    const x1 = cx + radius * Math.cos(start);
    const y1 = cy + radius * Math.sin(start);
    const x2 = cx + radius * Math.cos(end);
    const y2 = cy + radius * Math.sin(end);
    const large = end - start > Math.PI ? 1 : 0;
    const path = `M ${cx} ${cy} L ${r2(x1)} ${r2(y1)} A ${radius} ${radius} 0 ${large} 1 ${r2(x2)} ${r2(y2)} Z`;
    return { path, color, category: p.category, value: p.value, percent };
  });
}

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}
