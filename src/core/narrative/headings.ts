import type { NarrativeContext } from "./context";
import type { Paragraph } from "./types";
import { ParagraphWriter } from "./writer";

/** Section headings (narrative.md §1.1, §3). 七 has the Sichuan 2024 form as well. */
export const SECTION_TITLES = {
  一: "收入支出决算总体情况说明",
  二: "收入决算情况说明",
  三: "支出决算情况说明",
  四: "财政拨款收入支出决算总体情况说明",
  五: "一般公共预算财政拨款支出决算情况说明",
  六: "一般公共预算财政拨款基本支出决算情况说明",
  七: "“三公”经费财政拨款支出决算情况说明",
  八: "政府性基金预算支出决算情况说明",
  九: "国有资本经营预算支出决算情况说明",
  十: "其他重要事项的情况说明",
} as const;

export type SectionNumber = keyof typeof SECTION_TITLES;

const SAN_GONG_TITLE_2024 = "财政拨款“三公”经费支出决算情况说明";

const SECTION_IDS: Record<SectionNumber, string> = {
  一: "s01",
  二: "s02",
  三: "s03",
  四: "s04",
  五: "s05",
  六: "s06",
  七: "s07",
  八: "s08",
  九: "s09",
  十: "s10",
};

export function sectionHeading(ctx: NarrativeContext, n: SectionNumber): Paragraph {
  const title = n === "七" && ctx.headingStyle === "sichuan13" ? SAN_GONG_TITLE_2024 : SECTION_TITLES[n];
  return new ParagraphWriter(ctx).t(`${n}、${title}`).paragraph(n, `${SECTION_IDS[n]}.heading`, "heading");
}

/** "第二部分{U+3000}{Y}年度部门决算情况说明": an ideographic space after 第二部分, as published. */
export function partHeading(ctx: NarrativeContext): Paragraph {
  return new ParagraphWriter(ctx).t("第二部分\u3000").year().t("年度部门决算情况说明").paragraph("第二部分", "part.heading", "heading");
}

/** Chart captions and types (narrative.md §4). */
export const CHARTS = {
  1: { caption: "收、支决算总计变动情况图", type: "柱状图" },
  2: { caption: "收入决算结构图", type: "饼状图" },
  3: { caption: "支出决算结构图", type: "饼状图" },
  4: { caption: "财政拨款收、支决算总计变动情况", type: "柱状图" },
  5: { caption: "一般公共预算财政拨款支出决算变动情况", type: "柱状图" },
  6: { caption: "一般公共预算财政拨款支出决算结构", type: "饼状图" },
  7: { caption: "“三公”经费财政拨款支出结构", type: "饼状图" },
} as const;

/** The example's "（图N：…）（柱状图）" line, only with option chartPlaceholderLines. */
export function chartLine(ctx: NarrativeContext, section: string, n: keyof typeof CHARTS): Paragraph[] {
  if (!ctx.options.chartPlaceholderLines) return [];
  const c = CHARTS[n];
  return [new ParagraphWriter(ctx).t(`（图${n}：${c.caption}）（${c.type}）`).paragraph(section, `fig${n}`, "chart")];
}
