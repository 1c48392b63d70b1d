import type { FormatFamily } from "../../tables/model";
import { normaliseText } from "../../tables/normalise";
import { SECTION_TITLES, type SectionNumber } from "../headings";
import { outlineOf, subTopic, topicOfTitle, type Topic } from "./outline";

/** One line of the text being verified, with the section it belongs to. */
export interface TextLine {
  /** 1-based line number in the input. */
  readonly line: number;
  /** The line without Word bookmarks and leading indentation. */
  readonly text: string;
  /** "一", "五（二）", "十一（二）" … ; null before the first heading or outside the 情况说明. */
  readonly section: string | null;
  /** What the section is about, whatever its number; null where section is null. */
  readonly topic: Topic | null;
  /** The line is a heading (一、… or 1、…). */
  readonly heading: boolean;
  /** The line lies in the 情况说明 part (第二部分 in 四川, 第三部分 in 上海/中央, or the whole text). */
  readonly inPart2: boolean;
}

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const NUMBERS = "一二三四五六七八九十";
const PART = /^第[一二三四五六七八九十]{1,2}部分/;
/** A 目录 entry: dot leaders or a trailing page number. */
const TOC = /(?:[.．·…]{2,}|\s)\d{1,3}$/;

/** The Sichuan section a heading line names, by its exact title; numbering artefacts ("1、") are tolerated. */
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

/** A section heading: its number (as the family's outline numbers it) and topic, or null. */
function sectionHeading(text: string, family: FormatFamily): { number: string; topic: Topic } | null {
  if (TOC.test(text)) return null;
  const outline = outlineOf(family);
  const numbered = /^([一二三四五六七八九十]{1,3})、\s*(.+)$/.exec(text);
  if (numbered) {
    const title = numbered[2]!;
    if (title.length > 30 || /万元|%|，/.test(title)) return null;
    const topic = topicOfTitle(title);
    return topic ? { number: numbered[1]!, topic } : null;
  }
  // "1、 收入支出决算总体情况说明": Word's auto-numbering in place of 一、 (N-17 reports it).
  const artefact = /^\d+[、.．]\s*(.+)$/.exec(text);
  if (!artefact) return null;
  const title = normaliseText(artefact[1]!).replace(/[。：]$/, "");
  const entry = outline.find((e) => [e.title, ...e.variants].some((t) => normaliseText(t) === title));
  return entry ? { number: entry.number, topic: entry.topic } : null;
}

/** Whether a part heading (possibly continued on the next line) titles the 情况说明. */
function isNarrativePart(raw: readonly string[], i: number): boolean {
  const here = raw[i]!;
  if (/情况说明/.test(here)) return true;
  const next = raw.slice(i + 1).find((l) => l.trim() !== "");
  return PART.test(here) && here.replace(PART, "").trim().length < 4 && next !== undefined && /决算情况说明\s*$/.test(next) && !PART.test(next.trim());
}

/**
 * Splits a document into lines, finds its 情况说明 part by title (…决算情况说明, whatever the part
 * number), else 第二部分, else takes the whole text, and gives each line its section and topic.
 */
export function readLines(text: string, family: FormatFamily = "unknown"): TextLine[] {
  const raw = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(BOOKMARK, "").replace(/^[\s\u3000]+/, "").replace(/\s+$/, ""));
  const partLines = raw.map((t, i) => (PART.test(t) && !TOC.test(t) ? i : -1)).filter((i) => i >= 0);
  const titled = partLines.filter((i) => isNarrativePart(raw, i));
  const narrativeStarts = new Set(titled.length > 0 ? titled : partLines.filter((i) => /^第二部分/.test(raw[i]!)));
  let inPart = partLines.length === 0 || narrativeStarts.size === 0;
  let section: string | null = null;
  let topic: Topic | null = null;
  let parentTopic: Topic | null = null;
  const out: TextLine[] = [];
  raw.forEach((t, i) => {
    if (partLines.includes(i)) {
      inPart = narrativeStarts.has(i);
      section = null;
      topic = null;
      out.push({ line: i + 1, text: t, section: null, topic: null, heading: true, inPart2: inPart });
      return;
    }
    const h = inPart ? sectionHeading(t, family) : null;
    if (h) {
      section = h.number;
      topic = parentTopic = h.topic;
    } else if (inPart && section && parentTopic && /^（[一二三四五六七八九十\d]）/.test(t) && /^(gpb|sangong|other)$/.test(parentTopic)) {
      // A numbering artefact "（2）" still opens the next subsection.
      const n = /\d/.test(t[1]!) ? (NUMBERS[Number(t[1]) - 1] ?? t[1]!) : t[1]!;
      section = `${section.replace(/（.*$/, "")}（${n}）`;
      topic = subTopic(parentTopic, t.slice(3, 40)) ?? parentTopic;
    }
    out.push({ line: i + 1, text: t, section: inPart ? section : null, topic: inPart ? topic : null, heading: h !== null, inPart2: inPart });
  });
  return out;
}
