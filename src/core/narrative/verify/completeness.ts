import type { FormatFamily } from "../../tables/model";
import { normaliseText } from "../../tables/normalise";
import type { TextLine } from "./document";
import { outlineOf, type OutlineEntry } from "./outline";
import type { TextFinding } from "./types";

/**
 * C-06: the 情况说明 headings of the workbook's family are present, in order (rules.md §4.3,
 * warning) — 四川's ten (一…十) or the 上海/中央 template's eleven (…十、预算绩效管理情况,
 * 十一、其他重要事项的情况说明); in a whole disclosure (three or more 部分) the 名词解释 and the
 * tables' part as well.
 *
 * A text is judged complete-or-not only when it presents itself as a whole 情况说明: it carries
 * the part's title, or more than half of the family's headings. A pasted excerpt (one section to
 * check its figures) is not told that the others are missing; its order is still checked.
 */
export function checkCompleteness(lines: readonly TextLine[], family: FormatFamily = "unknown"): TextFinding[] {
  const outline = outlineOf(family);
  const part2 = lines.filter((l) => l.inPart2);
  const found: { entry: OutlineEntry; line: TextLine }[] = [];
  for (const l of part2) {
    if (!l.heading || !l.topic || l.section?.includes("（")) continue;
    const entry = outline.find((e) => e.topic === l.topic);
    if (entry) found.push({ entry, line: l });
  }
  const out: TextFinding[] = [];
  const partHeading = lines.find((l) => l.heading && l.inPart2 && /^第[一二三四五六七八九十]{1,2}部分/.test(l.text));
  const whole = partHeading !== undefined || new Set(found.map((f) => f.entry.topic)).size > outline.length / 2;
  const heading = (e: OutlineEntry) => `${e.number}、${e.title}`;

  // Order and repetition: each heading must come after the one before it.
  let last = -1;
  const seen = new Set<OutlineEntry>();
  for (const f of found) {
    const k = outline.indexOf(f.entry);
    if (seen.has(f.entry)) {
      out.push(warn(f.line, `标题“${heading(f.entry)}”重复出现。`, null));
    } else if (k < last) {
      out.push(warn(f.line, `标题“${heading(f.entry)}”的位置不对：应排在“${outline[last]!.number}、”之前，情况说明各部分应按${outline[0]!.number}至${outline[outline.length - 1]!.number}的顺序排列。`, null));
    }
    const title = normaliseText(f.line.text.replace(/^[^、]*、/, "")).replace(/[。：]$/, "");
    if (![f.entry.title, ...f.entry.variants].some((t) => normaliseText(t) === title)) {
      out.push(warn(f.line, `标题“${f.line.text.slice(0, 30)}”与模板不一致，应为“${heading(f.entry)}”。`, heading(f.entry), f.line.text.slice(0, 30)));
    }
    seen.add(f.entry);
    last = Math.max(last, k);
  }

  if (whole) {
    for (const [k, e] of outline.entries()) {
      if (seen.has(e)) continue;
      // A heading with the right number and another title is reported as such.
      const numbered = part2.find((l) => l.text.startsWith(`${e.number}、`) && !l.text.startsWith(`${e.number}一`));
      const before = [...found].reverse().find((f) => outline.indexOf(f.entry) < k)?.line ?? partHeading ?? part2[0];
      if (numbered) {
        out.push(warn(numbered, `标题“${numbered.text.slice(0, 30)}”与模板不一致，应为“${heading(e)}”。`, heading(e), numbered.text.slice(0, 30)));
      } else if (before) {
        out.push(warn(before, `情况说明缺少“${heading(e)}”部分（无数据时也应保留该标题并作说明）。`, heading(e), before.text.slice(0, 20)));
      }
    }
  }

  // A whole disclosure (three or more 部分) also keeps 名词解释 and its tables.
  const parts = lines.filter((l) => l.heading && /^第[一二三四五六七八九十]{1,2}部分/.test(l.text));
  if (new Set(parts.map((l) => /^第(.{1,2})部分/.exec(l.text)![1])).size >= 3) {
    const lastPart = parts[parts.length - 1]!;
    for (const [name, re] of [
      ["名词解释", /名词解释/],
      ["附表", /附表|决算表/],
    ] as const) {
      if (!parts.some((l) => re.test(l.text))) {
        out.push(warn(lastPart, `公开文本缺少“${name}”部分。`, name, lastPart.text.slice(0, 20)));
      }
    }
  }
  return out;
}

function warn(line: TextLine, message: string, expected: string | null, excerpt?: string): TextFinding {
  return { ruleId: "C-06", severity: "warning", outcome: "inconsistent", message, section: line.section, line: line.line, excerpt: excerpt ?? line.text.slice(0, 30), cells: [], expected };
}
