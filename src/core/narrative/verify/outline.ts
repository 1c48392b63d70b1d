import type { FormatFamily } from "../../tables/model";
import { normaliseText } from "../../tables/normalise";
import { SECTION_TITLES } from "../headings";

/**
 * The 情况说明 outline of each family: the numbered headings a complete text carries, and the
 * topic every heading stands for. A topic names what a section is about independently of its
 * number (四川 十、其他重要事项 is 上海/中央 十一、), so claims are disambiguated by topic, never by
 * the number a province happens to give the section.
 */
export type Topic =
  | "totals"
  | "income"
  | "expenditure"
  | "fiscalTotals"
  | "gpb"
  | "gpb.total"
  | "gpb.structure"
  | "gpb.detail"
  | "basic"
  | "sangong"
  | "sangong.total"
  | "sangong.detail"
  | "gfb"
  | "socb"
  | "performance"
  | "other"
  | "other.operating"
  | "other.procurement"
  | "other.assets"
  | "other.performance";

export interface OutlineEntry {
  readonly number: string;
  readonly title: string;
  /** Other titles the family's texts use for the same heading. */
  readonly variants: readonly string[];
  readonly topic: Topic;
}

const SICHUAN: readonly OutlineEntry[] = [
  { number: "一", title: SECTION_TITLES.一, variants: [], topic: "totals" },
  { number: "二", title: SECTION_TITLES.二, variants: [], topic: "income" },
  { number: "三", title: SECTION_TITLES.三, variants: [], topic: "expenditure" },
  { number: "四", title: SECTION_TITLES.四, variants: [], topic: "fiscalTotals" },
  { number: "五", title: SECTION_TITLES.五, variants: [], topic: "gpb" },
  { number: "六", title: SECTION_TITLES.六, variants: [], topic: "basic" },
  { number: "七", title: SECTION_TITLES.七, variants: ["财政拨款“三公”经费支出决算情况说明"], topic: "sangong" },
  { number: "八", title: SECTION_TITLES.八, variants: [], topic: "gfb" },
  { number: "九", title: SECTION_TITLES.九, variants: [], topic: "socb" },
  { number: "十", title: SECTION_TITLES.十, variants: [], topic: "other" },
];

/** The 2024 部门决算 template (附件2) followed by 上海 and 中央 departments. */
const CENTRAL: readonly OutlineEntry[] = [
  ...SICHUAN.slice(0, 6),
  { number: "七", title: "财政拨款“三公”经费支出决算情况说明", variants: [SECTION_TITLES.七], topic: "sangong" },
  { number: "八", title: "政府性基金预算财政拨款收入支出决算情况说明", variants: [SECTION_TITLES.八], topic: "gfb" },
  { number: "九", title: "国有资本经营预算财政拨款收入支出决算情况说明", variants: [SECTION_TITLES.九], topic: "socb" },
  { number: "十", title: "预算绩效管理情况", variants: ["预算绩效管理情况说明"], topic: "performance" },
  { number: "十一", title: "其他重要事项的情况说明", variants: ["其他重要事项说明", "其他重要事项情况说明"], topic: "other" },
];

export function outlineOf(family: FormatFamily): readonly OutlineEntry[] {
  return family === "central9" ? CENTRAL : SICHUAN;
}

/** Keywords of a heading title → its topic, for any family's wording (first match wins). */
const TOPIC_WORDS: readonly [RegExp, Topic][] = [
  [/三公/, "sangong"],
  [/基本支出/, "basic"],
  [/政府性基金/, "gfb"],
  [/国有资本经营/, "socb"],
  [/一般公共预算/, "gpb"],
  [/财政拨款收入支出决算总体|财政拨款收支/, "fiscalTotals"],
  [/收入支出决算总体|收支决算总体/, "totals"],
  [/^收入决算/, "income"],
  [/^支出决算/, "expenditure"],
  [/绩效/, "performance"],
  [/其他重要事项/, "other"],
];

/** The topic of a section heading's title, null for a title that names none. */
export function topicOfTitle(title: string): Topic | null {
  const t = normaliseText(title).replace(/[。：:]$/, "");
  for (const [re, topic] of TOPIC_WORDS) if (re.test(t)) return topic;
  return null;
}

const SUB_WORDS: Partial<Record<Topic, readonly [RegExp, Topic][]>> = {
  gpb: [
    [/结构/, "gpb.structure"],
    [/具体|明细/, "gpb.detail"],
    [/总体/, "gpb.total"],
  ],
  sangong: [
    [/具体/, "sangong.detail"],
    [/总体/, "sangong.total"],
  ],
  other: [
    [/机关运行经费/, "other.operating"],
    [/政府采购/, "other.procurement"],
    [/国有资产|资产占有/, "other.assets"],
    [/绩效/, "other.performance"],
  ],
};

/** The topic of a （一）-style subsection under `parent`, from its title words. */
export function subTopic(parent: Topic, title: string): Topic | null {
  const base = parent.split(".")[0] as Topic;
  for (const [re, topic] of SUB_WORDS[base] ?? []) if (re.test(title)) return topic;
  return null;
}
