/** The rule registry, sorted by id. Every rule file must be listed here (the registry test checks). */
import type { AnyRule } from "./rule";

const RULES: readonly AnyRule[] = [];

export const ALL_RULES: readonly AnyRule[] = [...RULES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function ruleById(id: string): AnyRule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

export { runRules, type RunOptions, type RunResult, type RuleNote } from "./engine";
export { defineRule, type Rule, type RuleContext, type AnyRule, type NarrativeInput, type FindingInit } from "./rule";
export type { Finding, Severity, FindingOutcome } from "./findings";
export { sortFindings, countBySeverity } from "./findings";

import { runRules as run, type RunOptions as Options, type RunResult as Result } from "./engine";
import type { Workbook } from "../tables/model";

/** Runs the whole registry (or `opts.rules`) over a workbook. */
export function checkWorkbook(workbook: Workbook, opts: Options = {}): Result {
  return run(workbook, opts.rules ?? ALL_RULES, opts);
}
