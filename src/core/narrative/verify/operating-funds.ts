import { formatRef } from "../../cells";
import { compareAtMost, describeIntervals } from "../../rounding";
import { formatAmount } from "../format";
import { parseStated } from "./checker";
import type { TextLine } from "./document";
import { amountOfInput, type Sources } from "./sources";
import type { TextFinding } from "./types";

/**
 * N-13: 机关运行经费 is part of 公用经费, so it cannot exceed T08.公用经费合计 (rules.md §4.1,
 * warning). The figure is the one the text states in 十（一）, else the 补充信息 row 机关运行经费.
 * Both sides are totals, so the comparison uses intervals (§5.3): a gap within rounding is info.
 * (Equality is expected only when every unit is 行政/参公; the workbook does not say, so that
 * half is not judged.)
 */
export function checkOperatingFunds(lines: readonly TextLine[], s: Sources): TextFinding[] {
  const publicFunds = s.wb.tables.T08?.publicFunds.total ?? null;
  if (!publicFunds) return [];
  const part10 = lines.filter((l) => l.inPart2 && l.section?.startsWith("十"));
  let line: TextLine | undefined;
  let match: RegExpExecArray | null = null;
  for (const l of part10) {
    match = /机关运行经费(?:支出)?(?:决算)?(?:为)?([\d.]+)万元/.exec(l.text);
    if (match) {
      line = l;
      break;
    }
  }
  const stated = match ? parseStated(match[1]!) : null;
  const input = s.inputs.amounts["operatingFunds"];
  const value = stated ?? amountOfInput(s, "operatingFunds");
  line ??= part10.find((l) => l.section === "十（一）") ?? part10[0];
  if (!value || !line) return [];
  const c = compareAtMost([value], [publicFunds]);
  if (c.outcome === "exact") return [];
  const source = stated ? `文中机关运行经费${match![1]}万元` : `补充信息“机关运行经费”${formatAmount(value.micros)}万元`;
  const limit = `公开08表“公用经费合计”${formatAmount(publicFunds.micros)}万元`;
  const rounding = c.outcome === "rounding";
  return [
    {
      ruleId: "N-13",
      severity: rounding ? "info" : "warning",
      outcome: rounding ? "rounding" : "inconsistent",
      message: rounding
        ? `${source}略大于${limit}，差额在四舍五入范围内（${describeIntervals(c, { left: "机关运行经费", right: "公用经费合计" })}），因四舍五入产生的尾差。`
        : `${source}大于${limit}；机关运行经费是公用经费的一部分，不应超过公用经费合计，请核对。`,
      section: line.section,
      line: line.line,
      excerpt: match ? match[0] : line.text.slice(0, 30),
      cells: [publicFunds.ref, stated ? null : (input?.ref ?? null)].flatMap((r) => (r ? [formatRef(r)] : [])),
      expected: `≤${formatAmount(publicFunds.micros)}万元`,
    },
  ];
}
