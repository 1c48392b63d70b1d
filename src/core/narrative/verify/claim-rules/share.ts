import { checkPercent } from "../../../rounding";
import { cellsOf } from "../../vocabulary";
import type { ShareClaim } from "../claims";
import { figureOf, finding, trimZeros, type ClaimRule } from "./context";

/**
 * N-02 for shares: "A X万元，占P%" is A over the list's head ("其中：" / "主要用于" after the
 * total), "占B的P%" A over B. Recomputed from the table figures where the subjects are bound,
 * else from the stated figures, with the rounding intervals of rules.md §5.6; the written
 * precision decides ("98%" is read both as 98.00 and as 98 ± 0.5, the kinder reading wins).
 */
export const shareRule: ClaimRule = {
  id: "N-02",
  title: "占比按附表数据重新计算",
  run: ({ lines }) =>
    lines.flatMap((at) =>
      at.claims
        .filter((c): c is ShareClaim => c.kind === "share")
        .flatMap((c) => {
          if (!c.part) return [];
          if (c.ofText && !c.of) return [];
          const whole = c.of?.figure ?? (c.ofText ? null : c.part.inList ? figureOf(c.part.inList) : null);
          if (!whole) return [];
          const part = figureOf(c.part);
          const check = checkPercent({ text: c.text }, "share", part, whole);
          if (check.outcome === "exact" || check.outcome === "unreadable" || check.outcome === "undefined") return [];
          const expected = `${trimZeros(check.expected2!)}%`;
          const what = `${c.part.subject?.label ?? `${c.part.text}万元`}占${c.of?.label ?? c.part.inList?.subject?.label ?? "合计"}的比重`;
          const wrong = check.outcome === "inconsistent";
          return [
            finding(at, {
              ruleId: "N-02",
              severity: wrong ? "error" : "info",
              outcome: wrong ? "inconsistent" : "rounding",
              message: wrong ? `文中${what}“${c.text}%”与按数据计算的结果（${expected}）不一致。` : `文中${what}“${c.text}%”与计算结果（${expected}）存在因四舍五入产生的尾差。`,
              excerpt: `${c.text}%`,
              cells: cellsOf(part, whole),
              expected,
            }),
          ];
        }),
    ),
};
