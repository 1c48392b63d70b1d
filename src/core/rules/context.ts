import { formatRef, type CellRef } from "../cells";
import { INTERVAL_POLICY, type TolerancePolicy } from "../rounding";
import type { TableKinds, Workbook } from "../tables/model";
import { createComparer } from "./compare";
import type { Finding } from "./findings";
import type { AnyRule, FindingInit, NarrativeInput, RuleContext } from "./rule";

export interface ContextOptions {
  readonly policy?: TolerancePolicy;
  readonly narrative?: NarrativeInput | null;
}

/** The context one rule sees. Built per rule so that findings carry its id and severity. */
export function createContext(rule: AnyRule, workbook: Workbook, opts: ContextOptions = {}): RuleContext<keyof TableKinds> {
  const policy = opts.policy ?? INTERVAL_POLICY;
  return {
    workbook,
    tables: workbook.tables as TableKinds,
    policy,
    compare: createComparer(rule.id, rule.severity, policy),
    narrative: opts.narrative ?? null,
    report(init: FindingInit): Finding {
      return {
        ruleId: rule.id,
        severity: init.severity ?? rule.severity,
        outcome: init.outcome ?? "inconsistent",
        message: init.message,
        cells: init.cells.map((c: CellRef | string) => (typeof c === "string" ? c : formatRef(c))),
        expected: init.expected ?? null,
        actual: init.actual ?? null,
        difference: init.difference ?? null,
        table: init.table,
        ...(init.note ? { note: init.note } : {}),
      };
    },
  };
}
