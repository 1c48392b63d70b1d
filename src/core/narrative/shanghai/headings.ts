import type { NarrativeContext } from "../context";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/** Section titles of the Shanghai 2024 template (shanghai-template-2024.txt, 第三部分). */
export const SH_TITLES = {
  一: "收入支出决算总体情况说明",
  二: "收入决算情况说明",
  三: "支出决算情况说明",
  四: "财政拨款收入支出决算总体情况说明",
  五: "一般公共预算财政拨款支出决算情况说明",
  六: "一般公共预算财政拨款基本支出决算情况说明",
  七: "财政拨款“三公”经费支出决算情况说明",
  八: "政府性基金预算财政拨款收入支出决算情况说明",
  九: "国有资本经营预算财政拨款收入支出决算情况说明",
  十: "预算绩效管理情况",
  十一: "其他重要事项的情况说明",
} as const;

export type ShSection = keyof typeof SH_TITLES;

const IDS: Record<ShSection, string> = { 一: "sh01", 二: "sh02", 三: "sh03", 四: "sh04", 五: "sh05", 六: "sh06", 七: "sh07", 八: "sh08", 九: "sh09", 十: "sh10", 十一: "sh11" };

export function shId(n: ShSection): string {
  return IDS[n];
}

export function shHeading(ctx: NarrativeContext, n: ShSection): Paragraph {
  return new ParagraphWriter(ctx).t(`${n}、${SH_TITLES[n]}`).paragraph(n, `${IDS[n]}.heading`, "heading");
}

/** A sub-heading line such as "（一）一般公共预算财政拨款支出决算总体情况". */
export function shSubHeading(ctx: NarrativeContext, section: string, id: string, text: string): Paragraph {
  return new ParagraphWriter(ctx).t(text).paragraph(section, id, "heading");
}

/** "第三部分{单位}{Y}年度部门决算情况说明" (no space: the template has none). */
export function shPartHeading(ctx: NarrativeContext): Paragraph {
  return new ParagraphWriter(ctx).t("第三部分").unit().year().t("年度部门决算情况说明").paragraph("第三部分", "sh.part.heading", "heading");
}
