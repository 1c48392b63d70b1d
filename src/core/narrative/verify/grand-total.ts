import type { Amount } from "../../amounts";
import { formatRef } from "../../cells";
import { formatAmount } from "../format";
import { parseStated, type StatementChecker } from "./checker";

/**
 * N-08: "收、支总计" is ONE number — 收入总计 = 支出总计 = the table's 总计 (T01 in 一, T04 in 四).
 * Two forms are wrong: "收、支总计各是A、B" (two numbers for one figure), and a single figure that
 * is in fact 本年收入合计 or 本年支出合计. Any other wrong single figure stays the section binding
 * (N-20 / N-23), so one mistake gives one finding.
 */
export interface GrandTotalSpec {
  /** "收、支总计" (一) or "财政拨款收、支总计" (四). */
  readonly subject: string;
  /** The section binding for a plain wrong amount: "N-20" or "N-23". */
  readonly bindingRule: string;
  /** "公开01表" or "公开04表". */
  readonly table: string;
  readonly grand: Amount | null;
  readonly currentIncome: Amount | null;
  readonly currentExpenditure: Amount | null;
}

/** "收、支总计各是4125.49、4143.91", "收、支总计分别为A万元和B万元", "收入、支出总计各为A万元、B万元". */
const TWO_NUMBERS = /(?:收、?支|收入、?支出)总计(?:各|分别)(?:是|为)?([\d.]+)(?:万元)?\s*[、，,和及与]\s*([\d.]+)(?:万元)?/;

export function checkGrandTotal(text: string, c: StatementChecker, spec: GrandTotalSpec): void {
  const cells = [spec.grand, spec.currentIncome, spec.currentExpenditure].flatMap((a) => (a?.ref ? [formatRef(a.ref)] : []));
  const grandText = spec.grand ? `${formatAmount(spec.grand.micros)}万元` : null;
  const two = TWO_NUMBERS.exec(text);
  if (two) {
    const named = [two[1]!, two[2]!].map((v) => `${v}${meaning(v, spec) ?? ""}`);
    c.other({
      ruleId: "N-08",
      severity: "error",
      outcome: "inconsistent",
      message:
        `“${spec.subject}”是同一个数（收入总计 = 支出总计${grandText ? ` = ${spec.table}“总计”${grandText}` : ""}），` +
        `不应写作两个数“${named.join("、")}”；本年收入合计、本年支出合计不是收、支总计。`,
      excerpt: two[0],
      cells,
      expected: grandText,
    });
    return;
  }
  const single = new RegExp(`${spec.subject === "收、支总计" ? "^\\d{4}年度?" : ""}${spec.subject}([\\d.]+)万元`).exec(text);
  if (!single) return;
  const stated = parseStated(single[1]!);
  const what = meaning(single[1]!, spec);
  if (stated && spec.grand && stated.micros !== spec.grand.micros && what) {
    c.other({
      ruleId: "N-08",
      severity: "error",
      outcome: "inconsistent",
      message: `文中“${spec.subject}${single[1]}万元”写的是${what.slice(1, -1)}；收、支总计应为${spec.table}“总计”${grandText}（收入总计 = 支出总计）。`,
      excerpt: `${spec.subject}${single[1]}万元`,
      cells,
      expected: grandText,
    });
    return;
  }
  c.amount(spec.bindingRule, single[1]!, spec.grand, `${spec.table}“总计”`);
}

/** "（本年收入合计）" when a stated figure is one of the 本年 totals rather than the 总计. */
function meaning(text: string, spec: GrandTotalSpec): string | null {
  const v = parseStated(text);
  if (!v || (spec.grand && v.micros === spec.grand.micros)) return null;
  if (spec.currentIncome && v.micros === spec.currentIncome.micros) return "（本年收入合计）";
  if (spec.currentExpenditure && v.micros === spec.currentExpenditure.micros) return "（本年支出合计）";
  return null;
}
