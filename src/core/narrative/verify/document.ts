import { normaliseText } from "../../tables/normalise";
import { SECTION_TITLES, type SectionNumber } from "../headings";

/** One line of the text being verified, with the section it belongs to. */
export interface TextLine {
  /** 1-based line number in the input. */
  readonly line: number;
  /** The line without Word bookmarks and leading indentation. */
  readonly text: string;
  /** "一", "五（二）", … ; null before the first heading or outside 第二部分. */
  readonly section: string | null;
  /** The line is a heading (一、… or 1、…). */
  readonly heading: boolean;
  readonly inPart2: boolean;
}

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const NUMBERS = "一二三四五六七八九十";

/** The section a heading line names, by its title; numbering artefacts ("1、") are tolerated. */
export function headingSection(text: string): SectionNumber | null {
  const m = /^(?:([一二三四五六七八九十])、|\d+[、.．])\s*(.+)$/.exec(text);
  if (!m) return null;
  const title = normaliseText(m[2]!).replace(/[。：]$/, "");
  for (const [n, t] of Object.entries(SECTION_TITLES)) {
    if (title === normaliseText(t)) return n as SectionNumber;
  }
  if (title === normaliseText("财政拨款“三公”经费支出决算情况说明")) return "七";
  return null;
}

/**
 * Splits a document into lines, marks 第二部分 (when the text has part headings; otherwise the
 * whole text is taken as the narrative) and gives each line its section and subsection.
 */
export function readLines(text: string): TextLine[] {
  const raw = text.replace(/\r\n?/g, "\n").split("\n");
  const hasParts = raw.some((l) => /第二部分/.test(l));
  let inPart2 = !hasParts;
  let section: string | null = null;
  const out: TextLine[] = [];
  raw.forEach((original, i) => {
    const t = original.replace(BOOKMARK, "").replace(/^[\s\u3000]+/, "").replace(/\s+$/, "");
    if (/^第[一二三四五六七八九十]部分/.test(t)) {
      inPart2 = /^第二部分/.test(t);
      section = null;
      out.push({ line: i + 1, text: t, section: null, heading: true, inPart2 });
      return;
    }
    const h = inPart2 ? headingSection(t) : null;
    if (h) section = h;
    else if (inPart2 && section && /^（[一二三四五六七八九十]）/.test(t) && "五七十".includes(section[0]!)) {
      section = `${section[0]}${t.slice(0, 3)}`;
    } else if (inPart2 && section && /^（\d）/.test(t) && "五七十".includes(section[0]!)) {
      // A numbering artefact "（2）" still opens the next subsection.
      const k = Number(t[1]);
      section = `${section[0]}（${NUMBERS[k - 1] ?? t[1]}）`;
    }
    out.push({ line: i + 1, text: t, section: inPart2 ? section : null, heading: h !== null, inPart2 });
  });
  return out;
}
