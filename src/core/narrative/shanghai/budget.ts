import { isAbsent, type Known, type Slot } from "../slots";
import type { ParagraphWriter } from "../writer";
import { writeShReason } from "./fragments";

/** A spending line against its budgets (五（三）, 八, 九 of the Shanghai template). */
export interface ShBudgetLine {
  /** 年初预算: from the table's 预算数 column or 补充信息; absent = placeholder. */
  readonly opening: Slot<number>;
  /** 全年预算 (after in-year additions), only when given. */
  readonly fullYear: Known<number> | null;
  readonly actual: Slot<number>;
  readonly reasonKey: string;
  /** The total line states its completion rate; the template's 项 lines do not. */
  readonly withRate: boolean;
}

/**
 * "年初预算为B万元，[全年预算为F万元，]支出决算为A万元[，完成年初预算的P%]。决算数小于预算数的主要原因：R。"
 * The comparison is with 全年预算 when it is given and positive (the unit's own choice, e.g. a new
 * unit without 年初预算), else with 年初预算; its name is then written out ("全年预算数"). No rate
 * over a zero or blank budget; 持平 for an exact match, without a reason (预决算持平的不用说明变动原因).
 */
export function writeBudgetLine(w: ParagraphWriter, b: ShBudgetLine): void {
  const openingShown = !b.fullYear || !isAbsent(b.opening);
  if (openingShown) w.t("年初预算为").amount(b.opening).t("万元，");
  if (b.fullYear) w.t("全年预算为").amount(b.fullYear).t("万元，");
  w.t("支出决算为").amount(b.actual).t("万元");
  if (isAbsent(b.actual)) {
    w.t("。");
    return;
  }
  const full = b.fullYear && b.fullYear.value > 0 ? b.fullYear : null;
  const base = full ?? (isAbsent(b.opening) ? null : b.opening);
  if (base && b.withRate && base.value > 0) {
    w.t(full ? "，完成全年预算的" : "，完成年初预算的").percentOf(b.actual.value, base.value).t("%");
  }
  w.t("。");
  if (!base) return; // the budget is a placeholder; the comparison follows once it is filled in
  const word = full ? "全年预算数" : "预算数";
  if (b.actual.value === base.value) {
    w.t(`决算数与${word}持平。`);
    return;
  }
  writeShReason(w, `决算数${b.actual.value > base.value ? "大于" : "小于"}${word}的主要原因：`, b.reasonKey, "预决算差异原因");
}
