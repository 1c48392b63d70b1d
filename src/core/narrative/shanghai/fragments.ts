import { yearChange, type YearChange } from "../change";
import { percentHundredths } from "../format";
import type { ListItem } from "../fragments";
import { inputTextSlot, isAbsent, type Known, type Slot } from "../slots";
import type { ParagraphWriter } from "../writer";

/**
 * Sentence pieces of the Shanghai 2024 template (第三部分). Its alternatives "增加（减少）",
 * "增长（下降）", "大于（小于）" become one direction word; "（如持平作持平表述）" becomes 持平 for a
 * zero change only; a zero or blank base gets no rate (said in words, never "100.00%" or "0%").
 */

/** The accountant may type the reason with or without its final 。. */
function bare(s: Known<string>): Known<string> {
  return { ...s, value: s.value.replace(/[。；;，,\s]+$/u, "") };
}

/** "{intro}{reason}。" with a placeholder named after the 补充信息 row when blank. */
export function writeShReason(w: ParagraphWriter, intro: string, key: string, holeLabel: string): void {
  const reason = inputTextSlot(w.ctx.inputs, key);
  w.t(intro);
  if (isAbsent(reason)) w.hole(key, holeLabel);
  else w.text(bare(reason));
  w.t("。");
}

/** A 补充信息 text written as given (its final 。 dropped), or its placeholder. */
export function writeShText(w: ParagraphWriter, key: string, label?: string): void {
  const slot = inputTextSlot(w.ctx.inputs, key);
  if (isAbsent(slot)) w.hole(key, label ?? slot.label);
  else w.text(bare(slot));
}

/** The change of current on prior with both provenances recorded; null when current is absent. */
export function changeOf(w: ParagraphWriter, current: Slot<number>, prior: Slot<number>): YearChange | null {
  if (isAbsent(current)) return null;
  w.use(current);
  if (isAbsent(prior)) return { kind: "missing" };
  w.use(prior);
  return yearChange(current.value, prior.value);
}

/**
 * After "…相比，{subject}" or "比{Y-1}年度": "增加X万元，增长P%", "减少X万元，下降P%", or on a zero
 * base "增加X万元（{Y-1}年度为0，不计算增长率）". 持平 and a missing prior are the caller's.
 */
export function writeChangeAmount(w: ParagraphWriter, change: YearChange): void {
  switch (change.kind) {
    case "increase":
      w.t("增加").amountValue(change.delta).t("万元，增长").percent(change.rate).t("%");
      break;
    case "decrease":
      w.t("减少").amountValue(change.delta).t("万元，下降").percent(change.rate).t("%");
      break;
    case "fromZero":
      w.t(change.direction).amountValue(change.delta).t("万元（").priorYear().t("年度为0，不计算增长率）");
      break;
    default:
      break;
  }
}

export interface ShYoy {
  readonly subject: string;
  readonly current: Slot<number>;
  readonly prior: Slot<number>;
  readonly reasonKey: string;
}

/**
 * 一、四、五（一）: "与{Y-1}年度相比，{subject}增加X万元，增长P%。主要原因：R。"; 持平 without a
 * reason; a missing prior year names the 补充信息 row.
 */
export function writeShYoy(w: ParagraphWriter, a: ShYoy): void {
  const change = changeOf(w, a.current, a.prior);
  if (!change) return;
  w.t("与").priorYear().t(`年度相比，${a.subject}`);
  if (change.kind === "missing") {
    const p = a.prior as { key: string; label: string };
    w.t("的变动情况").hole(p.key, p.label).t("。");
    return;
  }
  if (change.kind === "flat") {
    w.t("持平。");
    return;
  }
  writeChangeAmount(w, change);
  w.t("。");
  writeShReason(w, "主要原因：", a.reasonKey, "变动原因");
}

/** LIST of the template: "{name}X万元，占P%；…" over non-zero items (不涉及的不列). */
export function writeShList(w: ParagraphWriter, items: readonly ListItem[], denominator: Slot<number>): number {
  const shown = items.filter((i) => i.value.value !== 0 || w.ctx.options.listZeroCategories);
  shown.forEach((item, i) => {
    w.t(i === 0 ? "" : "；").t(item.name).amount(item.value).t("万元");
    if (!isAbsent(denominator) && denominator.value > 0) {
      w.use(denominator);
      w.t("，占").percent(percentHundredths(item.value.value, denominator.value)!).t("%");
    }
  });
  return shown.length;
}
