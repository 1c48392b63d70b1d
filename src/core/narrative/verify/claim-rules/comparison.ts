import type { ComparisonClaim } from "../claims";
import { budgetPair } from "./budget-figures";
import { finding, type ClaimRule } from "./context";

/**
 * "决算数大于/小于/等于（全年）预算数", "决算数与预算数持平" against the two figures stated before
 * it in the paragraph (N-04). A comparison called 持平 that is then given reasons ("持平的主要原因")
 * reads as a change: a warning.
 */
export const comparisonRule: ClaimRule = {
  id: "N-04",
  title: "决算数与预算数的比较词",
  run: ({ lines }) =>
    lines.flatMap((at) =>
      at.claims
        .filter((c): c is ComparisonClaim => c.kind === "comparison")
        .flatMap((c) => {
          const pair = budgetPair(at.claims, c.index, c.budget, at.line.text);
          if (!pair) return [];
          const sign = Math.sign(pair.actual.micros - pair.budget.micros);
          const want = sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
          const said = c.word === "持平" ? "等于" : c.word;
          if (said !== want) {
            const expected = want === "等于" ? "与预算数持平" : `${want}预算数`;
            return [
              finding(at, {
                ruleId: "N-04",
                severity: "error",
                message: `文中“${c.excerpt}”，而支出决算与所写预算（${pair.budgetClaim.text}万元）相比应为“${want}”。`,
                excerpt: c.excerpt,
                expected,
              }),
            ];
          }
          if (said === "等于" && c.reasons) {
            return [finding(at, { ruleId: "N-04", severity: "warning", message: `“${c.excerpt}”之后又写了变动原因；持平无需说明原因，请核对数字或措辞。`, excerpt: c.excerpt })];
          }
          return [];
        }),
    ),
};
