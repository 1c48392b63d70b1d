import { SECTION_TITLES, type SectionNumber } from "../headings";
import { headingSection, type TextLine } from "./document";
import type { TextFinding } from "./types";

/**
 * C-06: the ten 情况说明 headings 一、…十、 are present, in order (rules.md §4.3, warning); in a
 * whole disclosure (one with other 部分 besides 第二部分) the 名词解释 and 附表 parts as well.
 *
 * A text is judged complete-or-not only when it presents itself as a whole 情况说明: it carries
 * the 第二部分 heading, or more than half of the ten headings. A pasted excerpt (one section to
 * check its figures) is not told that the other nine are missing; its order is still checked.
 */
const ORDER = Object.keys(SECTION_TITLES) as SectionNumber[];

export function checkCompleteness(lines: readonly TextLine[]): TextFinding[] {
  const part2 = lines.filter((l) => l.inPart2);
  const found: { n: SectionNumber; line: TextLine }[] = [];
  for (const l of part2) {
    if (!l.heading) continue;
    const n = headingSection(l.text);
    if (n) found.push({ n, line: l });
  }
  const out: TextFinding[] = [];
  const partHeading = lines.find((l) => l.heading && /^第二部分/.test(l.text));
  const whole = partHeading !== undefined || new Set(found.map((f) => f.n)).size > ORDER.length / 2;

  // Order and repetition: each heading must come after the one before it.
  let last = -1;
  const seen = new Set<SectionNumber>();
  for (const f of found) {
    const k = ORDER.indexOf(f.n);
    if (seen.has(f.n)) {
      out.push(warn(f.line, `标题“${f.n}、${SECTION_TITLES[f.n]}”重复出现。`, null));
    } else if (k < last) {
      out.push(warn(f.line, `标题“${f.n}、${SECTION_TITLES[f.n]}”的位置不对：应排在“${ORDER[last]}、”之前，情况说明各部分应按一至十的顺序排列。`, null));
    }
    seen.add(f.n);
    last = Math.max(last, k);
  }

  if (whole) {
    for (const n of ORDER) {
      if (seen.has(n)) continue;
      const expected = `${n}、${SECTION_TITLES[n]}`;
      const k = ORDER.indexOf(n);
      // A heading with the right number and another title is reported as such.
      const numbered = part2.find((l) => l.text.startsWith(`${n}、`));
      const before = [...found].reverse().find((f) => ORDER.indexOf(f.n) < k)?.line ?? partHeading ?? part2[0];
      if (numbered) {
        out.push(warn(numbered, `标题“${numbered.text.slice(0, 30)}”与模板不一致，应为“${expected}”。`, expected, numbered.text.slice(0, 30)));
      } else if (before) {
        out.push(warn(before, `情况说明缺少“${expected}”部分（无数据时也应保留该标题并作说明）。`, expected, before.text.slice(0, 20)));
      }
    }
  }

  // A whole disclosure (第一部分 … 第五部分) also keeps 名词解释 and the 附表 list.
  const parts = lines.filter((l) => l.heading && /^第[一二三四五六七八九十]部分/.test(l.text));
  if (parts.some((l) => !/^第二部分/.test(l.text))) {
    const last = parts[parts.length - 1]!;
    for (const [name, re] of [
      ["名词解释", /名词解释/],
      ["附表", /附表/],
    ] as const) {
      if (!parts.some((l) => re.test(l.text))) {
        out.push(warn(last, `公开文本缺少“${name}”部分。`, name, last.text.slice(0, 20)));
      }
    }
  }
  return out;
}

function warn(line: TextLine, message: string, expected: string | null, excerpt?: string): TextFinding {
  return { ruleId: "C-06", severity: "warning", outcome: "inconsistent", message, section: line.section, line: line.line, excerpt: excerpt ?? line.text.slice(0, 30), cells: [], expected };
}
