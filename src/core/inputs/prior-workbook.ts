import type { Amount } from "../amounts";
import { formatRef } from "../cells";
import { incomeRow, expenditureRow } from "../tables/lookup";
import type { LoadIssue, SanGongItem, Workbook } from "../tables/model";
import { normaliseText } from "../tables/normalise";
import { fieldByKey } from "./fields";
import type { InputEntry, Inputs } from "./model";
import { workbookYear } from "./workbook-year";

export interface PriorWorkbookOptions {
  /** The current 决算年度 when known from elsewhere (补充信息, an option). */
  readonly currentYear?: number | null;
}

/**
 * Prior-year figures from last year's workbook (`--prior`): its T01 总计, T04 总计, T06 合计 and
 * T10 items. A workbook of another unit, of the same year or of a year other than the previous
 * one gives an error and no values, because the resulting 与上年相比 sentences would be false.
 */
export function priorFromWorkbook(prev: Workbook, current: Workbook, options: PriorWorkbookOptions = {}): Inputs {
  const refusal = refuse(prev, current, options);
  if (refusal) return { amounts: {}, counts: {}, texts: {}, issues: [refusal] };

  const amounts: Record<string, InputEntry<Amount>> = {};
  const notFound: string[] = [];
  const take = (key: string, amount: Amount | null | undefined) => {
    const label = fieldByKey(key)?.label ?? key;
    if (!amount) {
      notFound.push(label);
      return;
    }
    const origin = amount.ref ? `上年决算表 ${formatRef(amount.ref)}` : "上年决算表";
    // The cell belongs to another file: keep it as text, never as a ref into this workbook.
    amounts[key] = { key, label, value: { ...amount, ref: null }, ref: null, source: "priorWorkbook", origin };
  };

  const t01 = prev.tables.T01;
  take("prior.t01Total", t01 ? (incomeRow(t01, "总计")?.values.amount ?? expenditureRow(t01, "总计")?.values.amount) : null);
  const t04 = prev.tables.T04;
  take("prior.t04Total", t04 ? (incomeRow(t04, "总计")?.values.amount ?? expenditureRow(t04, "总计")?.values.total) : null);
  take("prior.t06Total", prev.tables.T06?.total?.values.total);
  const t10 = prev.tables.T10;
  const sg: [string, SanGongItem][] = [
    ["prior.sg.abroad", "abroad"],
    ["prior.sg.vehicle", "vehicle"],
    ["prior.sg.reception", "reception"],
  ];
  for (const [key, item] of sg) take(key, t10?.items[item]?.actual);

  const issues: LoadIssue[] = [];
  if (notFound.length > 0) {
    issues.push({
      code: "prior-workbook-incomplete",
      severity: "info",
      message: `上年决算表中未找到：${notFound.join("、")}。这些上年数请在补充信息中填写。`,
      cells: [],
    });
  }
  return { amounts, counts: {}, texts: {}, issues };
}

function refuse(prev: Workbook, current: Workbook, options: PriorWorkbookOptions): LoadIssue | null {
  const error = (code: string, message: string): LoadIssue => ({ code, severity: "error", message, cells: [] });
  const prevUnit = prev.unitName ? normaliseText(prev.unitName) : null;
  const curUnit = current.unitName ? normaliseText(current.unitName) : null;
  if (prevUnit && curUnit && prevUnit !== curUnit) {
    return error("prior-workbook-other-unit", `上年决算表的编制单位是“${prev.unitName}”，与本年“${current.unitName}”不同，未使用其数据。请选择本单位上一年度的决算公开表。`);
  }
  const prevYear = workbookYear(prev);
  const curYear = options.currentYear ?? workbookYear(current);
  if (prevYear !== null && curYear !== null && prevYear === curYear) {
    return error("prior-workbook-same-year", `作为上年数据的决算表也是${prevYear}年度的，未使用其数据。请选择${curYear - 1}年度的决算公开表。`);
  }
  if (prevYear !== null && curYear !== null && prevYear !== curYear - 1) {
    return error("prior-workbook-wrong-year", `作为上年数据的决算表是${prevYear}年度的，不是${curYear - 1}年度，未使用其数据。`);
  }
  if (prevYear === null && sameFigures(prev, current)) {
    return error("prior-workbook-same-year", "作为上年数据的决算表与本年决算表的总计完全相同，可能选择了同一年度的文件，未使用其数据。");
  }
  return null;
}

/** Same T01 and T04 总计 on both sides: almost certainly the same year's file chosen twice. */
function sameFigures(a: Workbook, b: Workbook): boolean {
  const total = (w: Workbook) => [w.tables.T01 && incomeRow(w.tables.T01, "总计")?.values.amount?.micros, w.tables.T04 && incomeRow(w.tables.T04, "总计")?.values.amount?.micros];
  const [a1, a4] = total(a);
  const [b1, b4] = total(b);
  return a1 !== undefined && a1 === b1 && a4 !== undefined && a4 === b4;
}

/**
 * Prior-year figures from last year's 补充信息: its 机关运行经费 is this year's 上年机关运行经费.
 */
export function priorFromInputs(prevInputs: Inputs): Inputs {
  const cur = prevInputs.amounts["operatingFunds"];
  if (!cur) return { amounts: {}, counts: {}, texts: {}, issues: [] };
  const key = "prior.operatingFunds";
  const entry: InputEntry<Amount> = {
    key,
    label: fieldByKey(key)?.label ?? key,
    value: { ...cur.value, ref: null },
    ref: null,
    source: "priorWorkbook",
    origin: cur.ref ? `上年补充信息 ${formatRef(cur.ref)}` : "上年补充信息",
  };
  return { amounts: { [key]: entry }, counts: {}, texts: {}, issues: [] };
}
