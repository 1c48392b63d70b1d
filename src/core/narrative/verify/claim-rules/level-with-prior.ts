import { formatAmount } from "../../format";
import { bindSubject, cellsOf } from "../../vocabulary";
import { finding, type ClaimRule } from "./context";
import type { TextFinding } from "../types";

/** A clause boundary: the words in front of 持平 run back to it. */
const BOUNDARY = /[，,；;。：:！？]/;
/** A year-on-year sentence: 比/与/较 a year or 上年, 同比. */
const YEAR_ON_YEAR = /(?:比|与|较)(?:\d{4}年|上年|上一年)|同比|上年/;

/**
 * "与上年持平" (N-04): a subject said to be level with the prior year ("因公出国（境）费支出决算持平"
 * in a sentence "比2020年度…", "机关运行经费支出与上年持平") whose figure differs from the prior
 * year's figure in 补充信息 is an error: 持平 only for a zero change (rules.md, "如持平作持平表述").
 * 决算数与预算数持平 is the comparison rule's; "基本持平" is an approximation, not judged; a subject
 * the vocabulary does not know, or without a prior-year figure, is not judged.
 */
export const levelWithPriorRule: ClaimRule = {
  id: "N-04",
  title: "与上年持平：本年数应等于上年数",
  run: ({ lines, sources }) =>
    lines.flatMap((at) => {
      const text = at.line.text;
      const out: TextFinding[] = [];
      for (const m of text.matchAll(/持平/g)) {
        const index = m.index!;
        let start = index;
        while (start > 0 && !BOUNDARY.test(text[start - 1]!)) start--;
        const clause = text.slice(start, index);
        const sentence = text.slice(0, index).slice(text.lastIndexOf("。", index) + 1);
        if (/预算|基本$/.test(clause) || !YEAR_ON_YEAR.test(sentence)) continue;
        const phrase = clause
          .replace(/(?:与|比|较|同)(?:上年|上一年|\d{4}年)度?(?:相比|同期)?(?:基本)?$/, "")
          .replace(/^(?:其中|同比)/, "")
          .replace(/^\d{4}年度?/, "")
          .replace(/决算数?$/, "");
        const subject = phrase === "" ? null : bindSubject(phrase, at.line.topic, sources);
        const current = subject?.figure;
        const prior = subject?.priorKey ? sources.inputs.amounts[subject.priorKey]?.value : null;
        if (!subject || !current || !prior || current.micros === prior.micros) continue;
        const delta = current.micros - prior.micros;
        const expected = `${delta > 0 ? "增加" : "减少"}${formatAmount(Math.abs(delta))}万元`;
        out.push(
          finding(at, {
            ruleId: "N-04",
            severity: "error",
            message: `文中写${subject.label}与上年持平，而本年${formatAmount(current.micros)}万元（${subject.source}）、上年${formatAmount(prior.micros)}万元（补充信息），应为“${expected}”。`,
            excerpt: `${clause}持平`,
            cells: cellsOf(current),
            expected,
          }),
        );
      }
      return out;
    }),
};
