/**
 * How the 情况说明 is laid out in Word: the usual 公文 conventions (GB/T 9704 — 仿宋_GB2312 三号
 * body, 黑体 for 一级标题, 楷体 for 二级标题, two characters of first-line indent, 28-point exact
 * line spacing, A4 with 37/35/28/26 mm margins). Offices differ in the details, so every value
 * can be changed: pass a partial layout and the rest stays as here.
 */

/** A font and the one Word should use where it is not installed (via the font table's altName). */
export interface FontChoice {
  readonly name: string;
  readonly fallback: string | null;
}

export interface DocxLayout {
  /** 正文. 仿宋_GB2312 is missing on many newer machines, which have 仿宋 instead. */
  readonly bodyFont: FontChoice;
  /** 一级标题（一、二、…）. */
  readonly heading1Font: FontChoice;
  /** 二级标题（（一）（二）…）, also the lead-in sentence of a paragraph that starts with one. */
  readonly heading2Font: FontChoice;
  /** The part heading (第二部分 …), centred. */
  readonly titleFont: FontChoice;
  /** Digits and Latin letters. */
  readonly latinFont: string;
  /** 三号 = 16 pt. */
  readonly bodySizePt: number;
  /** 二号 = 22 pt. */
  readonly titleSizePt: number;
  /** Captions of 图1–图7. */
  readonly captionSizePt: number;
  /** Exact line spacing of text paragraphs (pictures get single spacing, or they are clipped). */
  readonly lineSpacingPt: number;
  /** First-line indent of body paragraphs and 二级标题, in characters. */
  readonly firstLineChars: number;
  /** Page margins in millimetres. */
  readonly marginsMm: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Background of 【待补充…】 placeholders (a Word highlight colour), or null for none. */
  readonly placeholderHighlight: "yellow" | "green" | "cyan" | null;
  /** Width of a chart picture on the page, in millimetres (A4 minus the margins is 156 mm). */
  readonly chartWidthMm: number;
}

export const DEFAULT_DOCX_LAYOUT: DocxLayout = {
  bodyFont: { name: "仿宋_GB2312", fallback: "仿宋" },
  heading1Font: { name: "黑体", fallback: "SimHei" },
  heading2Font: { name: "楷体_GB2312", fallback: "楷体" },
  titleFont: { name: "方正小标宋简体", fallback: "宋体" },
  latinFont: "Times New Roman",
  bodySizePt: 16,
  titleSizePt: 22,
  captionSizePt: 14,
  lineSpacingPt: 28,
  firstLineChars: 2,
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  placeholderHighlight: "yellow",
  chartWidthMm: 140,
};

export function resolveLayout(partial: Partial<DocxLayout> = {}): DocxLayout {
  return {
    ...DEFAULT_DOCX_LAYOUT,
    ...partial,
    marginsMm: { ...DEFAULT_DOCX_LAYOUT.marginsMm, ...partial.marginsMm },
  };
}

/** Word measures in twentieths of a point (twips) and half-points. */
export const twipsOfPt = (pt: number) => Math.round(pt * 20);
export const twipsOfMm = (mm: number) => Math.round((mm / 25.4) * 1440);
export const halfPoints = (pt: number) => Math.round(pt * 2);

/** Every font the layout names, once, with its fallback: what the font table must declare. */
export function layoutFonts(layout: DocxLayout): FontChoice[] {
  const seen = new Map<string, FontChoice>();
  for (const f of [layout.bodyFont, layout.heading1Font, layout.heading2Font, layout.titleFont]) {
    if (!seen.has(f.name)) seen.set(f.name, f);
  }
  return [...seen.values()];
}
