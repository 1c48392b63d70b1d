/**
 * Canonical row labels of the label-row tables T01 and T04, and the synonyms the reader maps
 * onto them. Rules and the narrative look rows up by these constants, never by raw text.
 */
export const T01_INCOME = {
  gpb: "一般公共预算财政拨款收入",
  gfb: "政府性基金预算财政拨款收入",
  socb: "国有资本经营预算财政拨款收入",
  superior: "上级补助收入",
  business: "事业收入",
  operating: "经营收入",
  affiliated: "附属单位上缴收入",
  other: "其他收入",
  currentTotal: "本年收入合计",
  useNonFiscalBalance: "使用非财政拨款结余",
  opening: "年初结转和结余",
  grandTotal: "总计",
} as const;

/** The eight income categories of T01, in table order (narrative §二, 图2). */
export const T01_INCOME_CATEGORIES = ["gpb", "gfb", "socb", "superior", "business", "operating", "affiliated", "other"] as const;

export const T01_EXPENDITURE = {
  currentTotal: "本年支出合计",
  surplusAllocation: "结余分配",
  closing: "年末结转和结余",
  grandTotal: "总计",
} as const;

export const T04_INCOME = {
  gpb: "一般公共预算财政拨款",
  gfb: "政府性基金预算财政拨款",
  socb: "国有资本经营预算财政拨款",
  currentTotal: "本年收入合计",
  opening: "年初财政拨款结转和结余",
  grandTotal: "总计",
} as const;

export const T04_EXPENDITURE = {
  currentTotal: "本年支出合计",
  closing: "年末财政拨款结转和结余",
  grandTotal: "总计",
} as const;

/** Written variants → canonical label (after normaliseLabel). */
const SYNONYMS: Record<string, string> = {
  "使用非财政拨款结余（含专用结余）": T01_INCOME.useNonFiscalBalance,
  用事业基金弥补收支差额: T01_INCOME.useNonFiscalBalance,
  年初结转与结余: T01_INCOME.opening,
  年末结转与结余: T01_EXPENDITURE.closing,
  收入总计: "总计",
  支出总计: "总计",
  本年收入: "本年收入合计",
  本年支出: "本年支出合计",
  财政拨款收入: "财政拨款收入",
  年初财政拨款结转与结余: T04_INCOME.opening,
  年末财政拨款结转与结余: T04_EXPENDITURE.closing,
  一般公共预算拨款收入: T01_INCOME.gpb,
  政府性基金预算拨款收入: T01_INCOME.gfb,
  国有资本经营预算拨款收入: T01_INCOME.socb,
};

export function canonicalLabel(label: string): string {
  return SYNONYMS[label] ?? label;
}

/** T04's income rows read with or without 收入 (一般公共预算财政拨款收入 → 一般公共预算财政拨款). */
export function canonicalT04IncomeLabel(label: string): string {
  const c = canonicalLabel(label);
  for (const key of ["gpb", "gfb", "socb"] as const) {
    if (c === T01_INCOME[key] || c === T04_INCOME[key]) return T04_INCOME[key];
  }
  return c;
}

/** T01's income rows read with or without 收入. */
export function canonicalT01IncomeLabel(label: string): string {
  const c = canonicalLabel(label);
  for (const key of ["gpb", "gfb", "socb"] as const) {
    if (c === T04_INCOME[key]) return T01_INCOME[key];
  }
  return c;
}
