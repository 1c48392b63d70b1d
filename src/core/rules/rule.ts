/**
 * A rule is a small object with stable metadata and one pure check (architecture.md §Rules).
 * The tables it lists are guaranteed present when `check` runs, so `ctx.tables.T06` is typed
 * as present for a rule with `tables: ["T06"]`.
 */
import type { CellRef } from "../cells";
import type { TolerancePolicy } from "../rounding";
import type { TableKinds, Workbook } from "../tables/model";
import type { TableId } from "../tables/table-ids";
import type { Comparer } from "./compare";
import type { Finding, FindingData, FindingOutcome, MessageId, Severity } from "./findings";

/** The 情况说明 text, when a narrative checker runs the rules that need it (C-05, C-06). */
export interface NarrativeInput {
  readonly text: string;
}

/** What a rule hands to `ctx.report` for a finding that is not a comparison. */
export type FindingInit = (
  | { readonly message: string; readonly messageId?: undefined; readonly data?: undefined }
  /** A comparison the rule built itself (cross-helpers): rendered by render.ts. */
  | { readonly message?: undefined; readonly messageId: MessageId; readonly data: FindingData }
) &
  FindingInitFields;

interface FindingInitFields {
  readonly cells: readonly CellRef[];
  readonly table: TableId;
  /** Defaults to "inconsistent". */
  readonly outcome?: FindingOutcome;
  /** Defaults to the rule's severity. */
  readonly severity?: Severity;
  readonly expected?: number | null;
  readonly actual?: number | null;
  readonly difference?: number | null;
  readonly note?: string;
}

export interface RuleContext<K extends TableId = never> {
  readonly workbook: Workbook;
  /** The tables the rule lists are present; any other table may be. */
  readonly tables: Pick<TableKinds, K> & Partial<TableKinds>;
  readonly policy: TolerancePolicy;
  /** Rounding-aware comparisons that return findings for this rule. */
  readonly compare: Comparer;
  readonly narrative: NarrativeInput | null;
  /** Builds a finding of this rule (ruleId and default severity filled in). */
  report(init: FindingInit): Finding;
}

export interface RuleTitle {
  readonly zh: string;
  readonly en: string;
}

export interface Rule<K extends TableId = TableId> {
  /** The catalogue id (rules.md): "I-01", "X-12", "C-03". Stable; findings carry it. */
  readonly id: string;
  /** The file name without extension: "i-01-t01-income-total". */
  readonly name: string;
  readonly title: RuleTitle;
  /** Severity of 不一致; 尾差 findings are always info. */
  readonly severity: Severity;
  /** Tables the rule needs. A missing one skips the rule (with a note, unless absent by format). */
  readonly tables: readonly K[];
  /** The rule needs a narrative text; without one it is not run (C-05, C-06). */
  readonly needsNarrative?: boolean;
  // Method syntax on purpose: a Rule<"T06"> must be storable in a Rule[] registry.
  check(ctx: RuleContext<K>): readonly Finding[];
}

/** Identity with inference: `tables: ["T01"]` makes `ctx.tables.T01` non-optional in `check`. */
export function defineRule<const K extends TableId = never>(rule: Rule<K>): Rule<K> {
  return rule;
}

/** Any rule, as the registry and the engine hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
