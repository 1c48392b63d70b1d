import { type Amount } from "../../../amounts";
import { checkPercent, compareSums, minus } from "../../../rounding";
import { formatAmount } from "../../format";
import { cellsOf } from "../../vocabulary";
import type { ChangeClaim } from "../claims";
import { statedAmount } from "../claims";
import { finding, trimZeros, type ClaimRule } from "./context";
import type { LineClaims } from "../claims";
import type { TextFinding } from "../types";
import type { Sources } from "../sources";

/**
 * Year-on-year changes "增加/减少X万元，增长/下降Y%" (N-04, N-06, N-01, N-02):
 * - the two direction words agree with each other, and with sign(本年 − 上年) when the prior
 *   year's figure is known (补充信息);
 * - without it, the prior year is the one the text implies (本年 ∓ X), so the rate is still
 *   checked against X: Y = X / (本年 − X);
 * - a zero prior year (a new unit) makes a growth rate undefined: "增长100%" is the common
 *   convention, a note; any other rate a warning.
 */
export const changeRule: ClaimRule = {
  id: "N-04",
  title: "增减额、增减率与方向词",
  run: ({ lines, sources }) => lines.flatMap((at) => at.claims.filter((c): c is ChangeClaim => c.kind === "change").flatMap((c) => judge(at, c, sources))),
};

function judge(at: LineClaims, c: ChangeClaim, s: Sources): TextFinding[] {
  const out: TextFinding[] = [];
  const up = c.amountWord === "增加" || (c.amountWord === null && c.rateWord === "增长");
  if (c.amountWord && c.rateWord && (c.amountWord === "增加") !== (c.rateWord === "增长")) {
    return [finding(at, { ruleId: "N-04", severity: "error", message: `方向词前后矛盾：“${c.amountWord}”与“${c.rateWord}”不能同时成立。`, excerpt: c.excerpt, expected: c.amountWord === "增加" ? "增加…增长" : "减少…下降" })];
  }
  const cur = c.current;
  if (!cur) return out;
  const priorInput = c.subject?.priorKey ? (s.inputs.amounts[c.subject.priorKey]?.value ?? null) : null;
  const delta = c.delta ? statedAmount(c.delta) : null;
  let prior: Amount | null = priorInput;
  if (prior) {
    const sign = Math.sign(cur.micros - prior.micros);
    if (sign === 0 || (sign > 0) !== up) {
      const label = c.subject?.label ?? "该项";
      const expected = sign === 0 ? "持平" : sign > 0 ? "增加…增长" : "减少…下降";
      return [finding(at, { ruleId: "N-04", severity: "error", message: sign === 0 ? `${label}与上年相同，应写“持平”。` : `${label}本年${sign > 0 ? "高于" : "低于"}上年，方向词应为“${expected}”。`, excerpt: c.excerpt, cells: cellsOf(cur, prior), expected })];
    }
    if (delta) {
      const cmp = compareSums([delta], up ? [cur, minus(prior)] : [prior, minus(cur)]);
      if (cmp.outcome !== "exact") {
        const expected = `${formatAmount(Math.abs(cmp.right))}万元`;
        const wrong = cmp.outcome === "inconsistent";
        out.push(finding(at, { ruleId: "N-01", severity: wrong ? "error" : "info", message: `文中增减额“${c.delta}万元”与本年减上年（${expected}）${wrong ? "不一致" : "存在因四舍五入产生的尾差"}。`, excerpt: `${c.delta}万元`, cells: cellsOf(cur, prior), expected }));
      }
    }
  } else if (delta) {
    const implied = up ? cur.micros - delta.micros : cur.micros + delta.micros;
    if (implied < 0) {
      return [finding(at, { ruleId: "N-01", severity: "error", message: `增加额${c.delta}万元大于本年数${formatAmount(cur.micros)}万元，上年数不可能为负，请核对。`, excerpt: `${c.delta}万元`, cells: cellsOf(cur) })];
    }
    prior = { micros: implied, ulp: implied === 0 ? 0 : cur.ulp + delta.ulp, ref: null, blank: false };
  }
  if (!prior || c.rate === null) return out;
  if (prior.micros === 0) {
    const hundred = Number(c.rate) === 100;
    out.push(
      finding(at, {
        ruleId: "N-06",
        severity: hundred && up ? "info" : "warning",
        outcome: hundred && up ? "style" : "inconsistent",
        message: hundred && up ? `上年数为0（新增），增长率在数学上无定义；“增长${c.rate}%”是通行写法，可改写为“上年无此项支出”。` : `上年数为0，不能计算增减率，不应写“${c.rateWord ?? ""}${c.rate}%”。`,
        excerpt: `${c.rate}${c.percent ? "%" : ""}`,
        cells: cellsOf(cur, priorInput),
        expected: null,
      }),
    );
    return out;
  }
  if (!c.percent) return out; // rate-unit.ts reports the missing %
  const check = checkPercent({ text: c.rate }, up ? "growth" : "decline", cur, prior);
  if (check.outcome === "exact" || check.outcome === "unreadable" || check.outcome === "undefined") return out;
  const expected = `${trimZeros(check.expected2!)}%`;
  const wrong = check.outcome === "inconsistent";
  const basis = priorInput ? "本年、上年数" : `本年数${formatAmount(cur.micros)}万元与增减额${c.delta}万元`;
  out.push(
    finding(at, {
      ruleId: "N-02",
      severity: wrong ? "error" : "info",
      message: wrong ? `文中${up ? "增长" : "下降"}率“${c.rate}%”与按${basis}计算的结果（${expected}）不一致。` : `文中${up ? "增长" : "下降"}率“${c.rate}%”与计算结果（${expected}）存在因四舍五入产生的尾差。`,
      excerpt: `${c.rate}%`,
      cells: cellsOf(cur, priorInput),
      expected,
    }),
  );
  return out;
}
