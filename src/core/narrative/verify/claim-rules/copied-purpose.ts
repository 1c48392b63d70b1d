import { normaliseText } from "../../../tables/normalise";
import { codedPaths } from "../../vocabulary";
import type { TextFinding } from "../types";
import { finding, type ClaimRule } from "./context";

/**
 * N-18: in a numbered list whose items each name a subject and say what its money was used for
 * ("8、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：…", "（2）公务接待费：主要是…"),
 * a later item whose purpose text is word for word another item's, for a subject of a different
 * name, was most likely copied from that item and not edited (the real 上海 text's N6). The
 * purpose is free text, so nothing in the tables says what it should be: the check compares the
 * items with each other only. A warning, not an error: the tables cannot prove the words wrong,
 * and two subjects may now and then share a purpose; but the same words under another name are
 * what an unedited copy looks like, and the accountant should look. (N-18 is the first number
 * rules.md §4.1 leaves free after N-17.)
 *
 * Left alone, because the same words are then expected rather than suspicious:
 * - two items of the same name — the same subject written twice, or 行政运行（项） under two
 *   款, whose purposes ("行政单位人员支出、公用支出") are the same by nature;
 * - purposes that are placeholders (【待补充…】, XX: N-12 reports them) or shorter than two
 *   characters after normalising;
 * - "用于"/"主要是" after the item's comparison, change or reasons ("决算数小于预算数，主要是…"):
 *   that is the reason's wording, and the same reason for several items is common and right.
 */
export const copiedPurposeRule: ClaimRule = {
  id: "N-18",
  title: "逐项列举的用途说明不与另一项完全相同（复制后未修改）",
  run: ({ lines }) => {
    const out: TextFinding[] = [];
    let list: PurposeItem[] = [];
    let listSection: string | null = null;
    let lastNumber = 0;
    for (const at of lines) {
      if (at.line.heading || at.line.section !== listSection) {
        list = [];
        listSection = at.line.section;
        lastNumber = 0;
      }
      if (at.line.heading) continue;
      for (const seg of itemSegments(at.line.text)) {
        // Numbering that starts again opens a new list (八 and 九 each count their 项 from 1).
        if (seg.number <= lastNumber) list = [];
        lastNumber = seg.number;
        const item = purposeItem(seg);
        if (!item) continue;
        const same = list.filter((x) => x.purposeKey === item.purposeKey);
        // An earlier item of this item's own name with these words makes them its kind's purpose
        // (the second 行政运行 after 行政运行 and a copy of it), not a copy of the other item.
        const source = same.some((x) => x.nameKey === item.nameKey) ? undefined : same.at(-1);
        if (source) {
          out.push(
            finding(at, {
              ruleId: "N-18",
              severity: "warning",
              message: `第${item.number}项“${item.name}”的用途说明与第${source.number}项“${source.name}”的完全相同（“${item.purpose}”），可能是复制后未修改。`,
              excerpt: item.purpose,
            }),
          );
        }
        list.push(item);
      }
    }
    return out;
  },
};

interface PurposeItem {
  /** The number as written ("8"). */
  readonly number: number;
  /** The subject as the message names it: "住房公积金（项）", else the words before the first break. */
  readonly name: string;
  /** Two items are one kind of subject when these agree (the lowest level's name). */
  readonly nameKey: string;
  /** The purpose as written, without its lead words. */
  readonly purpose: string;
  /** The purpose without spaces and punctuation. */
  readonly purposeKey: string;
}

interface Segment {
  readonly number: number;
  /** The item's words after its number, up to the next item. */
  readonly text: string;
}

/** An item number at the start of a line or a sentence: "1、", "1．", "1.", "（1）", "(1)"; not "1.5". */
const MARKER = /(?:^|(?<=[。；;]))[\s\u3000]*(?:(\d{1,2})[、．.](?!\d)|[（(](\d{1,2})[）)])/g;
/** The words that open an item's purpose, longest first. */
const PURPOSE = /(?:主要用于|主要是用于|主要是|用于)(?:以下方面)?[：:]?/;
/** Words of the item's figures being judged: a 用于/主要是 after them gives a reason, not the purpose. */
const JUDGED = /原因|大于|小于|高于|低于|持平|等于|增加|减少|增长|下降|完成/;
/** A purpose not yet written. */
const PLACEHOLDER = /【|】|XX|xx|××|某某|待补充/;

/** The numbered items of a line, each with the words up to the next number. */
function itemSegments(text: string): Segment[] {
  const marks = [...text.matchAll(MARKER)];
  return marks.map((m, i) => ({
    number: Number(m[1] ?? m[2]),
    text: text.slice(m.index! + m[0].length, i + 1 < marks.length ? marks[i + 1]!.index : text.length),
  }));
}

function purposeItem(seg: Segment): PurposeItem | null {
  // The subject: the item's leading words, up to the first break or figure.
  const subjectEnd = seg.text.search(/[：:，,。；;]|\d/);
  const subject = (subjectEnd < 0 ? seg.text : seg.text.slice(0, subjectEnd)).trim();
  if (subject === "") return null;
  const rest = seg.text.slice(subject.length);
  const lead = PURPOSE.exec(rest);
  if (!lead || JUDGED.test(rest.slice(0, lead.index))) return null;
  const after = rest.slice(lead.index + lead[0].length);
  const purpose = after.slice(0, after.search(/[。；;]|$/)).trim();
  const purposeKey = squash(purpose);
  if (PLACEHOLDER.test(purpose) || [...purposeKey].length < 2) return null;
  const { name, nameKey } = subjectName(subject);
  return { number: seg.number, name, nameKey, purpose, purposeKey };
}

/** "…（款）住房公积金（项）" → 住房公积金（项）: the lowest level named; other subjects as written. */
function subjectName(subject: string): { name: string; nameKey: string } {
  const path = codedPaths(subject)[0];
  if (path && path.index === 0) {
    if (path.itemName) return { name: `${path.itemName}（项）`, nameKey: squash(path.itemName) };
    if (path.sectionName) return { name: `${path.sectionName}（款）`, nameKey: squash(path.sectionName) };
    return { name: `${path.className}（类）`, nameKey: squash(path.className).replace(/支出$/, "") };
  }
  return { name: subject.length > 30 ? `${subject.slice(0, 30)}…` : subject, nameKey: squash(subject) };
}

/** Text without spaces and punctuation (half- and full-width): "行政单位人员支出、公用支出。" → "行政单位人员支出公用支出". */
function squash(text: string): string {
  return normaliseText(text).replace(/[\s\p{P}\p{S}]/gu, "");
}
