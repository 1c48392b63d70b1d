import type { CellRef } from "./cells";
import type { RawValue } from "./raw-sheet";

/** Units a table may state in its 单位 line. Every amount is held in 万元. */
export type Unit = "元" | "万元" | "亿元";

/**
 * Amounts are integers of 0.000001 万元 (= 0.01 元), so that 元 tables with cents, 万元 and 亿元
 * tables all convert without binary floating point (rules.md §5.4).
 */
export const MICROS_PER_WAN = 1_000_000;
export const MICROS_PER_UNIT: Readonly<Record<Unit, number>> = { 元: 100, 万元: 1_000_000, 亿元: 10_000_000_000 };

/** A reported figure: the value as displayed, its precision, and where it came from. */
export interface Amount {
  /** The displayed value in 万元 × 10⁶. */
  readonly micros: number;
  /**
   * One unit in the last displayed decimal, in micros: twice the rounding half-width. A value
   * shown with 2 decimals in 万元 stands for [v − ulp/2, v + ulp/2]. 0 for an exact zero.
   */
  readonly ulp: number;
  readonly ref: CellRef | null;
  /** The cell was empty (as opposed to 0, 0.00 or a dash). Drives the 补0 hint. */
  readonly blank: boolean;
}

export type CellProblem =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "hiddenDecimals"; readonly stored: number; readonly decimals: number };

export interface ParsedCell {
  readonly amount: Amount;
  /** Set when the cell is not a clean amount; the amount then reads 0 (text, error) or the displayed value. */
  readonly problem: CellProblem | null;
  /** The amount came from text ("2,142.76") rather than a number cell. */
  readonly fromText: boolean;
}

export const ZERO: Amount = { micros: 0, ulp: 0, ref: null, blank: true };

export function exactAmount(micros: number, ref: CellRef | null = null): Amount {
  return { micros, ulp: 0, ref, blank: false };
}

/** A 2-decimal 万元 figure, as most tables report them (test and generator helper). */
export function wan(value: number | string, ref: CellRef | null = null): Amount {
  const micros = decimalToMicros(String(value), "万元");
  if (micros === null) throw new Error(`not a decimal: ${value}`);
  return { micros, ulp: micros === 0 ? 0 : 10_000, ref, blank: false };
}

const EXCEL_ERRORS = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;
const ZERO_TEXTS = new Set(["-", "—", "–", "－", "――", "——", "--", "－－"]);

/** Full-width digits and punctuation that hand-typed tables contain → ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** Decimals a number format displays: "#,##0.00" → 2, "0" → 0, General → null (as stored). */
const decimalsCache = new Map<string, number | null>();

export function formatDecimals(numberFormat: string): number | null {
  // A workbook has a handful of formats over many thousands of cells.
  const cached = decimalsCache.get(numberFormat);
  if (cached !== undefined) return cached;
  const d = computeFormatDecimals(numberFormat);
  if (decimalsCache.size < 1000) decimalsCache.set(numberFormat, d);
  return d;
}

function computeFormatDecimals(numberFormat: string): number | null {
  const f = numberFormat.trim();
  if (f === "" || /^general$/i.test(f) || f === "@") return null;
  // Only the positive section matters; drop quoted text, colours and padding.
  const section = (f.split(";")[0] ?? "").replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/[_*\\]./g, "");
  const m = /[0#?](?:[.]([0#?]+))?/.exec(section);
  if (!m) return null;
  const dot = section.indexOf(".");
  if (dot < 0) return 0;
  const after = /^[0#?]+/.exec(section.slice(dot + 1));
  return after ? after[0].length : 0;
}

/** Shortest decimal text of a stored double, without exponent (2142.7600000000002 → "2142.76"). */
function plainDecimal(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  return value.toFixed(12).replace(/0+$/, "").replace(/\.$/, "");
}

function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Exact conversion of a decimal string in `unit` to micros (half-up beyond 0.01 元). */
export function decimalToMicros(text: string, unit: Unit): number | null {
  const m = /^([+-])?(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return null;
  const sign = m[1] === "-" ? -1 : 1;
  const intPart = m[2]!;
  const frac = m[3] ?? "";
  const scale = MICROS_PER_UNIT[unit];
  const scaleDigits = Math.round(Math.log10(scale));
  // value × 10^scaleDigits, done on the digit string
  const digits = intPart + frac.padEnd(scaleDigits, "0").slice(0, scaleDigits);
  let n = Number(digits);
  const rest = frac.slice(scaleDigits);
  if (rest.length > 0 && rest.charCodeAt(0) >= 53 /* '5' */) n += 1;
  return sign * n;
}

function ulpMicros(decimals: number, unit: Unit): number {
  const scale = MICROS_PER_UNIT[unit];
  return Math.max(1, Math.round(scale / 10 ** decimals));
}

/** Rounds a stored double half-up to `decimals` and returns the decimal text. */
function roundedText(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Remove binary noise before rounding (2.675 stored as 2.67499999…).
  const r = Math.floor(Number(scaled.toPrecision(15)) + 0.5);
  const s = String(r).padStart(decimals + 1, "0");
  const body = decimals > 0 ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
  return (value < 0 && r !== 0 ? "-" : "") + body;
}

/**
 * Fast path for the common case: a stored double that is, up to binary noise, a whole number of
 * 10^-decimals (2142.76 stored as 2142.7599999999998). Null when it is not (hidden decimals) or
 * when the magnitude is too large to tell noise from digits; the caller then rounds on strings.
 */
function exactMicros(value: number, decimals: number, unit: Unit): number | null {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  if (Math.abs(scaled) > 1e12) return null;
  const whole = Math.round(scaled);
  if (Math.abs(scaled - whole) > 1e-6) return null;
  const perStep = MICROS_PER_UNIT[unit] / factor;
  return Number.isInteger(perStep) ? whole * perStep + 0 : null;
}

function hasHiddenDecimals(value: number, shown: number): boolean {
  const scaled = value * 10 ** shown;
  if (Math.abs(scaled) <= 1e12) return Math.abs(scaled - Math.round(scaled)) > 1e-6;
  return decimalsOf(plainDecimal(value)) > shown && Number(roundedText(value, shown)) !== value;
}

/** Half-up rounding of the stored value to the displayed decimals, on its decimal text. */
function roundedMicros(value: number, decimals: number, unit: Unit): number {
  return decimalToMicros(roundedText(value, decimals), unit) ?? 0;
}

/** What a cell holds, before any amount parsing (used by readers to tell labels from amounts). */
export function looksLikeAmount(value: RawValue): boolean {
  if (value === null) return true;
  if (typeof value === "number") return true;
  if (typeof value !== "string") return false;
  const t = normaliseNumberText(value);
  return t === "" || ZERO_TEXTS.has(t) || /^[+-]?\d+(\.\d+)?$/.test(t);
}

function normaliseNumberText(value: string): string {
  let t = toHalfWidth(value).trim().replace(/[\s\u00a0]/g, "");
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) t = `-${paren[1]}`;
  if (/^[+-]?[\d,]+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  return t;
}

/**
 * Parses one amount cell. `unit` is the table's unit; the result is in 万元 micros.
 * Text numbers keep the decimals they show; number cells use the decimals of their format.
 */
export function parseAmountCell(value: RawValue, numberFormat: string, unit: Unit, ref: CellRef | null): ParsedCell {
  if (value === null || (typeof value === "string" && value.trim() === "")) {
    return { amount: { micros: 0, ulp: 0, ref, blank: true }, problem: null, fromText: false };
  }
  if (typeof value === "boolean") {
    return { amount: { micros: 0, ulp: 0, ref, blank: false }, problem: { kind: "text", text: String(value) }, fromText: false };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      return { amount: { micros: 0, ulp: 0, ref, blank: false }, problem: { kind: "error", text: String(value) }, fromText: false };
    }
    const shown = formatDecimals(numberFormat);
    const decimals = shown ?? Math.min(decimalsOf(plainDecimal(value)), 6);
    const micros = exactMicros(value, decimals, unit) ?? roundedMicros(value, decimals, unit);
    // A value that is not a whole number of its last displayed decimal carries hidden decimals.
    const hidden = shown !== null && hasHiddenDecimals(value, shown);
    return {
      amount: { micros, ulp: micros === 0 ? 0 : ulpMicros(decimals, unit), ref, blank: false },
      problem: hidden ? { kind: "hiddenDecimals", stored: value, decimals: shown } : null,
      fromText: false,
    };
  }
  const raw = value;
  if (EXCEL_ERRORS.test(raw.trim())) {
    return { amount: { micros: 0, ulp: 0, ref, blank: false }, problem: { kind: "error", text: raw.trim() }, fromText: false };
  }
  const t = normaliseNumberText(raw);
  if (ZERO_TEXTS.has(t)) return { amount: { micros: 0, ulp: 0, ref, blank: false }, problem: null, fromText: true };
  const micros = decimalToMicros(t, unit);
  if (micros === null) {
    return { amount: { micros: 0, ulp: 0, ref, blank: false }, problem: { kind: "text", text: raw }, fromText: false };
  }
  return { amount: { micros, ulp: micros === 0 ? 0 : ulpMicros(decimalsOf(t), unit), ref, blank: false }, problem: null, fromText: true };
}

/** Reads the unit from a 单位 line ("金额单位：万元", "单位:元"). */
export function parseUnitText(text: string): Unit | null {
  const t = toHalfWidth(text).replace(/\s/g, "");
  const m = /单位[:：]?(亿元|万元|元)/.exec(t);
  return m ? (m[1] as Unit) : null;
}

/** 万元 text of micros with 2 decimals: 318751000000 → "3,187.51" (thousands optional). */
export function formatWan(micros: number, opts: { thousands?: boolean; decimals?: number } = {}): string {
  const decimals = opts.decimals ?? 2;
  const step = MICROS_PER_WAN / 10 ** decimals;
  const neg = micros < 0;
  const units = Math.floor(Math.abs(micros) / step + 0.5);
  let s = String(units).padStart(decimals + 1, "0");
  let intPart = decimals > 0 ? s.slice(0, -decimals) : s;
  const frac = decimals > 0 ? s.slice(-decimals) : "";
  if (opts.thousands !== false) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  s = frac ? `${intPart}.${frac}` : intPart;
  return (neg && units !== 0 ? "-" : "") + s;
}

/** micros → a JS number of 万元 (for JSON output and charts only; never for comparisons). */
export function microsToWan(micros: number): number {
  return micros / MICROS_PER_WAN;
}

export function sumMicros(amounts: readonly Amount[]): number {
  return amounts.reduce((s, a) => s + a.micros, 0);
}
