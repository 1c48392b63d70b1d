import { directionWords, reachesThreshold, yearChange, type YearChange } from "./change";
import { percentHundredths } from "./format";
import { inputTextSlot, isAbsent, type Known, type Slot } from "./slots";
import type { ParagraphWriter } from "./writer";

/** Shared sentence fragments of narrative.md §3.0: YOY_A, YOY_B, RATE, LIST. */

/** The placeholder a blank reason shows: "主要变动原因是【待补充：变动原因】". */
export const REASON_PLACEHOLDER_LABEL = "变动原因";
export const BUDGET_REASON_PLACEHOLDER_LABEL = "预决算差异原因";

function reasonRequired(w: ParagraphWriter, change: YearChange): boolean {
  const threshold = w.ctx.options.reasonThreshold;
  if (change.kind === "missing" || change.kind === "flat") return false;
  return threshold === null || reachesThreshold(change, threshold);
}

/** "主要变动原因是X。" — a placeholder when required and blank; nothing when optional and blank. */
export function writeReason(w: ParagraphWriter, intro: string, key: string, required: boolean): void {
  const reason = inputTextSlot(w.ctx.inputs, key);
  if (!isAbsent(reason)) {
    w.t(intro).text(reason).t("。");
  } else if (required) {
    w.t(intro).hole(key, REASON_PLACEHOLDER_LABEL).t("。");
  }
}

/**
 * "，占本年支出合计的X%" after a stated amount: a placeholder when the whole is missing, nothing when
 * the part is missing or the whole is zero (a share of nothing is no share).
 */
export function writeShareOf(w: ParagraphWriter, lead: string, part: Slot<number>, whole: Slot<number>): void {
  if (isAbsent(part)) return;
  if (isAbsent(whole)) {
    w.t(lead).hole(whole.key, whole.label).t("%");
  } else if (whole.value > 0) {
    w.use(whole);
    w.t(lead).percentOf(part.value, whole.value).t("%");
  }
}

export interface YoyArgs {
  /** "收、支总计"; empty for 十（一）, where the sentence continues the amount clause. */
  readonly subject: string;
  /** "各" before the direction word (一 and 四 only). */
  readonly each?: boolean;
  readonly current: Slot<number>;
  readonly prior: Slot<number>;
  readonly reasonKey: string;
}

function changeOf(w: ParagraphWriter, a: YoyArgs): YearChange | null {
  if (isAbsent(a.current)) return null;
  w.use(a.current);
  if (isAbsent(a.prior)) return { kind: "missing" };
  w.use(a.prior);
  return yearChange(a.current.value, a.prior.value);
}

/** YOY_A: "与{Y-1}年相比，{subject}[各]增加{A}万元，增长{P}%。主要变动原因是{reason}。" */
export function writeYoyA(w: ParagraphWriter, a: YoyArgs): void {
  const change = changeOf(w, a);
  if (!change) return; // the current figure is itself a placeholder already
  w.t("与").priorYear().t(`年相比，${a.subject}`);
  writeChange(w, change, a, a.each ? "各" : "", "主要变动原因是");
}

/** YOY_B: "{subject}比{Y-1}年增加{A}万元，增长{P}%。主要原因是{reason}。" */
export function writeYoyB(w: ParagraphWriter, a: YoyArgs): void {
  const change = changeOf(w, a);
  if (!change) return;
  if (change.kind === "missing" || change.kind === "flat") {
    w.t(`${a.subject}与`).priorYear().t("年");
    writeChange(w, change, a, "", "主要原因是", true);
    return;
  }
  w.t(`${a.subject}比`).priorYear().t("年");
  writeChange(w, change, a, "", "主要原因是");
}

function writeChange(w: ParagraphWriter, change: YearChange, a: YoyArgs, each: string, intro: string, formB = false): void {
  const words = directionWords(change);
  switch (change.kind) {
    case "missing": {
      const prior = a.prior as { key: string; label: string };
      w.t(formB ? "相比的变动情况" : "的变动情况").hole(prior.key, prior.label).t("。");
      break;
    }
    case "flat":
      w.t("持平。");
      break;
    case "fromZero":
      // No growth rate on a zero base (N-06).
      w.t(`${each}${words!.amount}`).amountValue(change.delta).t("万元。");
      break;
    case "increase":
    case "decrease":
      w.t(`${each}${words!.amount}`).amountValue(change.delta).t(`万元，${words!.rate}`).percent(change.rate).t("%。");
      break;
  }
  writeReason(w, intro, a.reasonKey, reasonRequired(w, change));
}

export interface RateArgs {
  readonly actual: Slot<number>;
  readonly budget: Slot<number>;
  /** 全年预算, used when the (年初) budget is 0 or not given (N-07, GBC R004). */
  readonly fullYearBudget?: Slot<number>;
  /** 决算数大于/小于预算数的原因. */
  readonly reasonKey: string;
}

/** RATE: "完成预算{P}%" or "未安排预算", with the 决算数大于/小于预算数 reason where they differ. */
export function writeRate(w: ParagraphWriter, a: RateArgs): void {
  if (isAbsent(a.actual)) {
    w.t("完成预算").hole(a.actual.key, a.actual.label);
    return;
  }
  w.use(a.actual);
  const actual = a.actual.value;
  const full = a.fullYearBudget && !isAbsent(a.fullYearBudget) && a.fullYearBudget.value > 0 ? a.fullYearBudget : null;
  const fullYearRate = (f: Known<number>) => {
    w.use(f);
    w.t("完成全年预算的").percentOf(actual, f.value).t("%");
    writeBudgetDifference(w, actual, f.value, a.reasonKey);
  };
  if (isAbsent(a.budget)) {
    if (full) fullYearRate(full);
    else w.t("完成预算").hole(a.budget.key, a.budget.label);
    return;
  }
  w.use(a.budget);
  const budget = a.budget.value;
  if (budget > 0) {
    w.t("完成预算").percentOf(actual, budget).t("%");
    writeBudgetDifference(w, actual, budget, a.reasonKey);
  } else if (full) {
    fullYearRate(full);
  } else {
    // A zero budget has no completion rate (N-07).
    w.t(w.ctx.options.noBudgetWording);
    if (actual > 0) writeBudgetDifference(w, actual, 0, a.reasonKey);
  }
}

function writeBudgetDifference(w: ParagraphWriter, actual: number, budget: number, key: string): void {
  if (actual === budget) return;
  w.t(`，决算数${actual > budget ? "大于" : "小于"}预算数的主要原因是`);
  const reason = inputTextSlot(w.ctx.inputs, key);
  if (isAbsent(reason)) w.hole(key, BUDGET_REASON_PLACEHOLDER_LABEL);
  else w.text(reason);
}

export interface ListItem {
  readonly name: string;
  readonly value: Known<number>;
}

export interface ListResult {
  readonly listed: number;
  /** Sum of the written shares, hundredths of a percent (for the 尾差 note). */
  readonly shareSum: bigint;
}

/**
 * LIST: "{lead}{name}{A}万元，占{P}%；…". Zero items are left out unless listZeroCategories; when
 * nothing is left, nothing is written (the sentence ends after the total).
 */
export function writeList(w: ParagraphWriter, lead: string, items: readonly ListItem[], denominator: Slot<number>): ListResult {
  const shown = items.filter((i) => i.value.value !== 0 || w.ctx.options.listZeroCategories);
  let shareSum = 0n;
  shown.forEach((item, i) => {
    w.t(i === 0 ? lead : "；").t(item.name).amount(item.value).t("万元");
    if (!isAbsent(denominator) && denominator.value > 0) {
      const p = percentHundredths(item.value.value, denominator.value)!;
      shareSum += p;
      w.t("，占").percent(p).t("%");
    }
  });
  return { listed: shown.length, shareSum };
}

/** Option shareResidueNote: a note after a share list that does not add to 100.00%. */
export function writeResidueNote(w: ParagraphWriter, result: ListResult): void {
  if (w.ctx.options.shareResidueNote && result.listed > 1 && result.shareSum !== 10_000n) {
    w.t("因四舍五入，合计可能存在尾差。");
  }
}
