import { checkPercent } from "../../../rounding";
import { cellsOf } from "../../vocabulary";
import type { CompletionClaim } from "../claims";
import { budgetPair } from "./budget-figures";
import { finding, trimZeros, type ClaimRule } from "./context";

/**
 * Completion rates "完成（年初/全年）预算的X%" (N-02, N-07): 决算数 over the budget the words
 * name, as stated in the same paragraph. A budget of 0 makes the rate undefined: a note when no
 * other budget is stated; when one is (年初预算 0, 全年预算 B), a rate that is B's names the
 * wrong budget, and one that is not B's either is wrong twice: warnings.
 */
export const completionRule: ClaimRule = {
  id: "N-07",
  title: "完成预算的比率",
  run: ({ lines }) =>
    lines.flatMap((at) =>
      at.claims
        .filter((c): c is CompletionClaim => c.kind === "completion")
        .flatMap((c) => {
          const pair = budgetPair(at.claims, c.index, c.budget, at.line.text);
          if (!pair || !c.percent) return [];
          const named = c.budget === "initial" ? "年初预算" : c.budget === "full" ? "全年预算" : "预算";
          if (pair.budget.micros === 0) {
            const other = pair.other && pair.other.value.micros !== 0 ? pair.other : null;
            const otherCheck = other ? checkPercent({ text: c.text }, "completion", pair.actual, other.value) : null;
            if (other && otherCheck && (otherCheck.outcome === "exact" || otherCheck.outcome === "rounding")) {
              const otherName = other.role === "budget-full" ? "全年预算" : "年初预算";
              return [
                finding(at, {
                  ruleId: "N-07",
                  severity: "warning",
                  message: `${named}为0，“完成${named}的${c.text}%”无从计算；${c.text}%是支出决算与${otherName}（${other.text}万元）之比，应写“完成${otherName}的${c.text}%”。`,
                  excerpt: c.excerpt,
                  cells: cellsOf(pair.actual),
                  expected: `完成${otherName}的${c.text}%`,
                }),
              ];
            }
            if (other && otherCheck?.expected2) {
              const otherName = other.role === "budget-full" ? "全年预算" : "年初预算";
              return [
                finding(at, {
                  ruleId: "N-07",
                  severity: "warning",
                  message: `${named}为0，“完成${named}的${c.text}%”无从计算；按${otherName}（${other.text}万元）计算也不是${c.text}%，而是${trimZeros(otherCheck.expected2)}%。`,
                  excerpt: c.excerpt,
                  cells: cellsOf(pair.actual),
                  expected: `完成${otherName}的${trimZeros(otherCheck.expected2)}%`,
                }),
              ];
            }
            return [finding(at, { ruleId: "N-07", severity: "info", outcome: "style", message: `${named}为0，完成率无定义，不宜写“${c.excerpt}”，可写“未安排${named}”。`, excerpt: c.excerpt, cells: cellsOf(pair.actual) })];
          }
          const check = checkPercent({ text: c.text }, "completion", pair.actual, pair.budget);
          if (check.outcome === "exact" || check.outcome === "unreadable" || check.outcome === "undefined") return [];
          const expected = `${trimZeros(check.expected2!)}%`;
          const wrong = check.outcome === "inconsistent";
          return [
            finding(at, {
              ruleId: "N-02",
              severity: wrong ? "error" : "info",
              message: wrong ? `文中完成${named}的比率“${c.text}%”与支出决算÷${named}（${pair.budgetClaim.text}万元）的结果（${expected}）不一致。` : `文中完成${named}的比率“${c.text}%”与计算结果（${expected}）存在因四舍五入产生的尾差。`,
              excerpt: `${c.text}%`,
              cells: cellsOf(pair.actual),
              expected,
            }),
          ];
        }),
    ),
};
