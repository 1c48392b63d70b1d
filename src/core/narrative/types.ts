import type { CellRef } from "../cells";

/**
 * One paragraph of 第二部分 情况说明. `section` is the section it belongs to ("一", "五（二）",
 * "七（二）", or "第二部分" for the part heading), so the add-in can show where each number
 * comes from and the N-rules can re-check edited text.
 */
export interface Paragraph {
  readonly section: string;
  /** Stable id within the narrative, e.g. "s05.3.item.2010301". */
  readonly id: string;
  /** Headings and chart placeholder lines are paragraphs too, so that `text` is the whole part. */
  readonly kind: "heading" | "text" | "chart";
  readonly text: string;
  /** Every cell the paragraph used (tables and the 补充信息 sheet), in first-use order. */
  readonly cells: readonly CellRef[];
  /** Input keys used (fields.ts), e.g. "prior.t01Total", "budget.t06[2010301]". */
  readonly inputs: readonly string[];
  /** Input keys (or table cells "T01.总计") the paragraph needed but did not get: placeholders. */
  readonly missing: readonly string[];
  /** The placeholder text shown for each missing key (table cells have no 补充信息 label). */
  readonly missingLabels?: Readonly<Record<string, string>>;
}

export interface MissingInput {
  readonly key: string;
  /** The 补充信息 label to fill in ("上年收支总计", "预算数：2010301"). */
  readonly label: string;
  readonly sections: readonly string[];
}

export interface Narrative {
  readonly paragraphs: readonly Paragraph[];
  readonly missingInputs: readonly MissingInput[];
  /** The paragraphs joined by newlines. */
  readonly text: string;
}
