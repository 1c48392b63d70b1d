import type { Severity } from "../../rules/findings";

/**
 * One disagreement between an existing 情况说明 and the tables (表文一致, rules.md §4). Findings
 * point into the text (line and excerpt) and, where a figure is involved, at its cells.
 */
export interface TextFinding {
  /** "N-01" … "N-28", "C-05" … "C-07". */
  readonly ruleId: string;
  readonly severity: Severity;
  /** 不一致 / 尾差, as for table rules; "style" for wording and punctuation. */
  readonly outcome: "inconsistent" | "rounding" | "style";
  readonly message: string;
  /** The section the text stands in ("一", "五（三）"), null outside 第二部分. */
  readonly section: string | null;
  /** 1-based line of the input text. */
  readonly line: number;
  /** The words the finding is about, as written. */
  readonly excerpt: string;
  /** Cells of the figures compared, "公开01表!B15". */
  readonly cells: readonly string[];
  /** What the tables imply, as text ("15.19%", "3850.87万元", "，"). */
  readonly expected: string | null;
}
