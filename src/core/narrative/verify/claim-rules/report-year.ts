import { inputYear } from "../../../inputs/model";
import { finding, type ClaimRule } from "./context";
import type { TextFinding } from "../types";

/**
 * The report year is the same throughout (N-11, warning): the year of the part's title
 * ("…2024年度部门决算情况说明"), else the 补充信息 year, else the most frequent "{Y}年度"; every
 * "{Y'}年度部门决算", "截至{Y'}年12月31日" and "{Y'}年度…支出/收入" of the unit's own year must say
 * Y. Comparisons with another year ("与2023年度相比", "比2023年") are left alone.
 */
export const reportYearRule: ClaimRule = {
  id: "N-11",
  title: "报告年度前后一致",
  run: ({ lines, sources }) => {
    const narrative = lines.filter((l) => l.line.inPart2);
    const title = narrative.find((l) => l.line.heading && /(\d{4})年度?部门决算/.test(l.line.text));
    const counts = new Map<number, number>();
    for (const l of narrative) for (const m of l.line.text.matchAll(/(?<!与|比|较|上)(\d{4})年度(?!相比)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    const frequent = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const year = (title ? Number(/(\d{4})年度?部门决算/.exec(title.line.text)![1]) : null) ?? inputYear(sources.inputs) ?? frequent;
    if (!year) return [];
    const out: TextFinding[] = [];
    for (const at of narrative) {
      for (const m of at.line.text.matchAll(/(\d{4})年度部门决算|截至(\d{4})年12月31日/g)) {
        const y = Number(m[1] ?? m[2]);
        if (y !== year) out.push(finding(at, { ruleId: "N-11", severity: "warning", outcome: "style", message: `报告年度写作“${y}”，与全文的${year}年度不一致。`, excerpt: m[0], expected: String(year) }));
      }
    }
    return out;
  },
};
