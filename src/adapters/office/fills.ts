/**
 * Reading a cell's fill so that it can be put back exactly. "No fill" and "white fill" both read
 * as colour #FFFFFF. On the desktop RangeFill.pattern (ExcelApi 1.9) tells them apart ("None" /
 * "Solid"), but Excel on the web and recent builds read pattern null for both
 * (OfficeDev/office-js#4900, #6218); there RangeFill.tintAndShade (also 1.9) does: null for no
 * fill, a number for any fill (Microsoft's answer in #4900). So: pattern "None", or white with
 * no pattern and no tintAndShade, is no fill — never restored as solid white, which would hide
 * the gridlines. Without 1.9 a white fill is restored as no fill — it looks the same except that
 * gridlines show through.
 */
import { isSetSupported } from "./run";

export const FILL_PATTERN_SET = "1.9";

export interface SavedFill {
  /** #RRGGBB, or null for no fill. */
  readonly color: string | null;
  /** "Solid" or a hatch pattern; null when unknown (host without 1.9) or no fill. */
  readonly pattern: string | null;
  readonly patternColor: string | null;
}

export const NO_FILL: SavedFill = { color: null, pattern: null, patternColor: null };

export function patternSupported(): boolean {
  return isSetSupported(FILL_PATTERN_SET);
}

/** Queues the load; call the returned function after the sync. */
export function loadFill(range: Excel.Range, withPattern: boolean): () => SavedFill {
  const fill = range.format.fill;
  fill.load(withPattern ? "color,pattern,patternColor,tintAndShade" : "color");
  return () => readFill(fill.color, withPattern ? { pattern: fill.pattern, patternColor: fill.patternColor, tintAndShade: fill.tintAndShade } : null);
}

/** What Excel reported → the fill to save. `more` is null on hosts without ExcelApi 1.9. */
export function readFill(
  rawColor: string | null | undefined,
  more: { pattern: string | null | undefined; patternColor: string | null | undefined; tintAndShade: number | null | undefined } | null,
): SavedFill {
  const color = rawColor ? rawColor.toUpperCase() : null;
  if (color === null) return NO_FILL;
  if (!more) return color === "#FFFFFF" ? NO_FILL : { color, pattern: null, patternColor: null };
  const rawPattern = more.pattern ?? null;
  if (rawPattern === "None") return NO_FILL;
  // A hatch pattern is a fill whatever the colour; otherwise a white without tintAndShade is none.
  const hatch = rawPattern !== null && rawPattern !== "Solid" ? rawPattern : null;
  if (hatch === null && color === "#FFFFFF" && (more.tintAndShade === null || more.tintAndShade === undefined)) return NO_FILL;
  return { color, pattern: hatch, patternColor: hatch && more.patternColor ? more.patternColor.toUpperCase() : null };
}

/** Queues the writes that give the range exactly this fill. */
export function applyFill(range: Excel.Range, saved: SavedFill, withPattern: boolean): void {
  const fill = range.format.fill;
  if (saved.color === null) {
    fill.clear();
    return;
  }
  fill.color = saved.color;
  if (withPattern && saved.pattern !== null) {
    fill.pattern = saved.pattern as Excel.FillPattern;
    if (saved.patternColor !== null) fill.patternColor = saved.patternColor;
  }
}

/** Does the cell still show the mark we painted (not a fill the user chose since)? */
export function bearsMark(current: SavedFill, mark: string): boolean {
  return current.color !== null && current.color.toUpperCase() === mark.toUpperCase() && current.pattern === null;
}

/** Compact, for the 255-character comment of a defined name. */
export function encodeFill(saved: SavedFill, mark: string): string {
  return JSON.stringify({ c: saved.color, p: saved.pattern, pc: saved.patternColor, m: mark });
}

export function decodeFill(text: string): { saved: SavedFill; mark: string } | null {
  try {
    const o: unknown = JSON.parse(text);
    if (typeof o !== "object" || o === null) return null;
    const { c, p, pc, m } = o as Record<string, unknown>;
    const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
    if (typeof m !== "string") return null;
    return { saved: { color: str(c), pattern: str(p), patternColor: str(pc) }, mark: m };
  } catch {
    // Not ours or damaged: such a name is left alone, never "restored" from garbage.
    return null;
  }
}
