/**
 * 功能分类 / 经济分类 codes (tables.md §5.4, §6, §7). The codebook is only a fallback for names:
 * the workbook's own 科目名称 always wins.
 */

/** 功能分类 classes (类), tables.md §7.1. */
export const FUNCTION_CLASSES: Readonly<Record<string, string>> = {
  "201": "一般公共服务",
  "202": "外交",
  "203": "国防",
  "204": "公共安全",
  "205": "教育",
  "206": "科学技术",
  "207": "文化旅游体育与传媒",
  "208": "社会保障和就业",
  "209": "社会保险基金支出",
  "210": "卫生健康",
  "211": "节能环保",
  "212": "城乡社区",
  "213": "农林水",
  "214": "交通运输",
  "215": "资源勘探工业信息等",
  "216": "商业服务业等",
  "217": "金融",
  "219": "援助其他地区",
  "220": "自然资源海洋气象等",
  "221": "住房保障",
  "222": "粮油物资储备",
  "223": "国有资本经营预算",
  "224": "灾害防治及应急管理",
  "227": "预备费",
  "229": "其他",
  "230": "转移性",
  "231": "债务还本",
  "232": "债务付息",
  "233": "债务发行费用",
  "234": "抗疫特别国债安排的支出",
};

const CLASS_BY_NAME = new Map<string, string>();
for (const [code, name] of Object.entries(FUNCTION_CLASSES)) {
  CLASS_BY_NAME.set(name, code);
  CLASS_BY_NAME.set(`${name}支出`, code);
}
// Older names of the same classes.
CLASS_BY_NAME.set("文化体育与传媒支出", "207");
CLASS_BY_NAME.set("医疗卫生与计划生育支出", "210");
CLASS_BY_NAME.set("医疗卫生支出", "210");
CLASS_BY_NAME.set("自然资源海洋气象等支出", "220");
CLASS_BY_NAME.set("国土海洋气象等支出", "220");
CLASS_BY_NAME.set("其他支出", "229");

/** T01/T04 expenditure label → 3-digit class code ("一般公共服务支出" → "201"). */
export function classCodeOfLabel(label: string): string | null {
  return CLASS_BY_NAME.get(label) ?? null;
}

/** Short class name used in narrative 五（二） and 图6: the name minus a trailing 支出. */
export function shortClassName(name: string): string {
  return name.endsWith("支出") ? name.slice(0, -2) : name;
}

export type CodeDomain = "functional" | "economic" | "unknown";

/** Code domain by first three digits (tables.md §6). */
export function codeDomainOf(code: string): CodeDomain {
  const p = Number(code.slice(0, 3));
  if (p >= 201 && p <= 234) return "functional";
  if (p >= 301 && p <= 399) return "economic";
  return "unknown";
}

export function domainOfCodes(codes: readonly string[]): CodeDomain {
  if (codes.length === 0) return "unknown";
  const first = codeDomainOf(codes[0]!);
  return codes.every((c) => codeDomainOf(c) === first) ? first : "unknown";
}

/** Digits of a code cell: "2010301", 2010301, "201 03 01" → "2010301"; other text → null. */
export function codeDigits(value: string | number | boolean | null): string | null {
  if (value === null || typeof value === "boolean") return null;
  const t = String(value).replace(/[\s\u3000]/g, "");
  return /^\d{1,7}$/.test(t) ? t : null;
}

/** A leading code in a name cell: "2010301 行政运行" → { code, name }. */
export function splitCodeAndName(text: string): { code: string | null; name: string } {
  const m = /^(\d{3}(?:\d{2}){0,2})[\s\u3000]*[、.．]?[\s\u3000]*(.*)$/.exec(text.trim());
  if (m && m[2] !== undefined && m[2] !== "") return { code: m[1]!, name: m[2].trim() };
  return { code: null, name: text.trim() };
}

/** Pads a 款 / 项 part stored as a number ("6" → "06"). */
export function padPart(part: string): string {
  return part.length === 1 ? `0${part}` : part;
}

export function levelOfCode(code: string): "class" | "section" | "item" | null {
  if (code.length === 3) return "class";
  if (code.length === 5) return "section";
  if (code.length === 7) return "item";
  return null;
}

/** 经济分类 classes (类) that can head a column of T09 or of a 功能 × 经济 T07 (tables.md §7.3). */
export const ECONOMIC_CLASSES: Readonly<Record<string, string>> = {
  "301": "工资福利支出",
  "302": "商品和服务支出",
  "303": "对个人和家庭的补助",
  "307": "债务利息及费用支出",
  "309": "资本性支出（基本建设）",
  "310": "资本性支出",
  "311": "对企业补助（基本建设）",
  "312": "对企业补助",
  "313": "对社会保障基金补助",
  "399": "其他支出",
};

const ECONOMIC_BY_NAME = new Map<string, string>();
for (const [code, name] of Object.entries(ECONOMIC_CLASSES)) ECONOMIC_BY_NAME.set(name, code);
// 对个人和家庭的补助 is also printed without 的, and with 支出.
ECONOMIC_BY_NAME.set("对个人和家庭补助", "303");
ECONOMIC_BY_NAME.set("对个人和家庭的补助支出", "303");

/**
 * The 经济分类 code a column header names: "302 商品和服务支出", "30217公务接待费", or a class
 * name alone ("商品和服务支出"). Header text is normalised (no spaces, full-width brackets).
 */
export function economicCodeOfHeader(text: string): { code: string; name: string } | null {
  const m = /^(3(?:0[1-9]|1\d|99)(?:\d{2})?)[、.．]?(\D.*)?$/.exec(text);
  if (m) return { code: m[1]!, name: m[2] || ECONOMIC_CLASSES[m[1]!] || "" };
  const code = ECONOMIC_BY_NAME.get(text);
  return code ? { code, name: text } : null;
}
