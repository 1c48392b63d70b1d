import { toHalfWidth } from "../amounts";

/** Whitespace of every width, including the ideographic space U+3000 and NBSP. */
const SPACES = /[\s\u3000\u00a0\u200b]+/g;

/**
 * Text normalisation shared by titles, header words and row labels (tables.md §5.1): no spaces,
 * full-width parentheses, 三公 without quotes, full-width letters/digits folded to ASCII.
 */
export function normaliseText(text: string): string {
  // Tables repeat the same labels and header words many times; a batch reads hundreds of them.
  const cached = normalised.get(text);
  if (cached !== undefined) return cached;
  const result = toHalfWidth(text)
    .replace(SPACES, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/[“”"「」『』‘’']/g, "")
    .replace(/:/g, "：");
  if (normalised.size >= NORMALISED_CACHE_SIZE) normalised.clear();
  normalised.set(text, result);
  return result;
}

const NORMALISED_CACHE_SIZE = 20_000;
const normalised = new Map<string, string>();

const NUMBER_LABEL = /(公开|财决)\d{1,2}表|附表\d{1,2}|附表[一二三四五六七八九十]{1,3}|^表\d{1,2}/g;
const LEADING_ORDINAL = /^(?:[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.]|（[一二三四五六七八九十\d]{1,3}）)/;
const LEADING_YEAR = /^(?:\d{4})年(?:度)?/;

/** The `公开NN表` / `附表N` label of a title or corner cell, if any. */
export function numberLabelOf(text: string): string | null {
  const m = /(公开|财决)\d{1,2}表|附表\d{1,2}/.exec(normaliseText(text));
  return m ? m[0] : null;
}

/** A title reduced to its comparable core: labels, ordinals, a leading year and unit name removed. */
export function normaliseTitle(text: string, unitName?: string | null): string {
  let t = normaliseText(text).replace(NUMBER_LABEL, "");
  t = t.replace(LEADING_ORDINAL, "").replace(/^[-—_：]+|[-—_：]+$/g, "");
  if (unitName) {
    const u = normaliseText(unitName);
    if (u && t.startsWith(u)) t = t.slice(u.length);
  }
  t = t.replace(LEADING_YEAR, "");
  if (unitName) {
    const u = normaliseText(unitName);
    if (u && t.startsWith(u)) t = t.slice(u.length);
  }
  return t;
}

/** Row labels: ordinal prefixes ("一、", "1.", "（一）", "(1)") and spaces stripped (tables.md §5.4). */
export function normaliseLabel(text: string): string {
  let t = normaliseText(text);
  for (let i = 0; i < 2; i++) t = t.replace(LEADING_ORDINAL, "");
  return t;
}
