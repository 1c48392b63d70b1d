import { compareSum } from "../../../rounding";
import { formatAmount } from "../../format";
import type { AmountClaim, LineClaims } from "../claims";
import { amountsOf, finding, type ClaimRule } from "./context";
import type { TextFinding } from "../types";
import type { Sources } from "../sources";
import { subjectById } from "../../vocabulary";

/**
 * An enumeration against its total (N-15): "基本支出X万元。其中：人员经费A万元…；公用经费B万元…".
 * When the vocabulary knows the items partition the total (人员经费 + 公用经费 = 基本支出; 基本 +
 * 项目 + … = 本年支出合计; the 三公 items), the stated items must add up to the stated total: a
 * gap beyond rounding is an error, and a gap rounding could explain is still a warning — the
 * reader adds the printed figures, so a text should add up. Any list whose items exceed its
 * total is an error, partition or not.
 */
export const enumerationRule: ClaimRule = {
  id: "N-15",
  title: "列举各项之和与合计",
  run: ({ lines, sources }) => lines.flatMap((at) => amountsOf(at.claims).flatMap((head) => judge(at, head, sources))),
};

function judge(at: LineClaims, head: AmountClaim, s: Sources): TextFinding[] {
  const all = amountsOf(at.claims);
  const partition = head.subject?.partition;
  let items: AmountClaim[];
  if (partition && head.named) {
    const scopeEnd = listEnd(at.line.text, head.end);
    items = all.filter((c) => c.index > head.end && c.index < scopeEnd && c.named && c.role === "actual" && c.subject && partition.includes(c.subject.id));
  } else {
    items = all.filter((c) => c.inList === head && c.role === head.role);
  }
  if (items.length < 2 || !head.opensList) return [];
  const cmp = compareSum(head.value, items.map((c) => c.value));
  if (cmp.outcome === "exact") return [];
  const sum = formatAmount(cmp.right);
  const exceeds = cmp.right > head.value.micros;
  // A partition the text lists only in part (a non-zero member left out) can only be judged when
  // its items already exceed the total.
  const listed = new Set(items.map((c) => c.subject?.id));
  const complete = partition !== undefined && partition.every((id) => listed.has(id) || (subjectById(id, s)?.figure?.micros ?? 0) === 0);
  if (!complete && !exceeds) return [];
  const wrong = cmp.outcome === "inconsistent";
  const names = items.map((c) => `${c.subject?.label ?? ""}${c.text}`).join(" + ");
  return [
    finding(at, {
      ruleId: "N-15",
      severity: wrong ? "error" : "warning",
      message: wrong
        ? `所列各项之和（${names} = ${sum}万元）与合计${head.text}万元不一致。`
        : `所列各项之和（${names} = ${sum}万元）与合计${head.text}万元相差${formatAmount(Math.abs(cmp.gap))}万元；虽可由四舍五入解释，但文中数字应能相加，请核对附表并统一尾数。`,
      excerpt: `${head.text}万元`,
      expected: `${sum}万元`,
    }),
  ];
}

/** A list runs to the end of its sentence, or on when the next sentence opens with 其中. */
function listEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const stop = text.indexOf("。", i);
    if (stop < 0) return text.length;
    if (!/^。\s*其中/.test(text.slice(stop))) return stop;
    i = stop + 1;
  }
}
