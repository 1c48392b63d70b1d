import { finding, type ClaimRule } from "./context";
import type { TextFinding } from "../types";

/**
 * The unit's name is the same throughout (N-11, warning). The name is the one the part's title
 * gives ("第三部分{单位}{年}年度部门决算情况说明"), else the most frequent name written before
 * "{年}年度". Every other name written in that place that is a variant of it — a part of it, or
 * it with words added — is reported ("上海市普陀区委社会工作部" for "中共上海市普陀区委社会工作部").
 * A different name that shares nothing with it is another body and is left alone.
 */
const BEFORE_YEAR = /([\u4e00-\u9fff（）()]{4,40}?)(\d{4})年度/g;

export const unitNameRule: ClaimRule = {
  id: "N-11",
  title: "单位名称前后一致",
  run: ({ lines }) => {
    const narrative = lines.filter((l) => l.line.inPart2);
    const names = narrative.flatMap((at) => [...at.line.text.matchAll(BEFORE_YEAR)].map((m) => ({ at, name: cleanName(m[1]!), index: m.index! })));
    const title = narrative.find((l) => l.line.heading && /^第.{1,2}部分/.test(l.line.text));
    const fromTitle = title ? /^第.{1,2}部分[\s\u3000]*(.+?)\d{4}年度?部门决算/.exec(title.line.text)?.[1]?.trim() : undefined;
    const counts = new Map<string, number>();
    for (const n of names) if (n.name) counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
    const unit = fromTitle || [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!unit || unit.length < 4) return [];
    const out: TextFinding[] = [];
    for (const n of names) {
      if (!n.name || n.name === unit || n.at === title) continue;
      // Shortened ("上海市普陀区委社会工作部"), or a place put in front ("四川省"+单位); a suffix such
      // as "（本级）" or "机关" may name another scope and is left alone.
      const variant = unit.includes(n.name) ? n.name.length >= 4 : n.name.endsWith(unit);
      if (!variant) continue;
      out.push(finding(n.at, { ruleId: "N-11", severity: "warning", outcome: "style", message: `单位名称写作“${n.name}”，与全文的“${unit}”不一致。`, excerpt: n.name, expected: unit }));
    }
    return out;
  },
};

/** The name part of the words before a year: from the last clause word on ("截至…，XX局" → XX局). */
function cleanName(words: string): string {
  return words.replace(/^.*?(?:部门决算|情况说明|根据|截至|其中)/, "").replace(/^(?:本|我)(?:部门|单位)$/, "");
}
