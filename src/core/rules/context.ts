import { formatRef } from "../cells";
import { INTERVAL_POLICY, type TolerancePolicy } from "../rounding";
import type { TableKinds, Workbook } from "../tables/model";
import { createComparer, type CompareObserver } from "./compare";
import type { Finding, FindingData } from "./findings";
import { messageText } from "./render";
import type { AnyRule, FindingInit, NarrativeInput, RuleContext } from "./rule";

export interface ContextOptions {
  readonly policy?: TolerancePolicy;
  readonly narrative?: NarrativeInput | null;
  readonly observe?: CompareObserver;
}

/** The context one rule sees. Built per rule so that findings carry its id and severity. */
export function createContext(rule: AnyRule, workbook: Workbook, opts: ContextOptions = {}): RuleContext<keyof TableKinds> {
  const policy = opts.policy ?? INTERVAL_POLICY;
  return {
    workbook,
    tables: workbook.tables as TableKinds,
    policy,
    compare: createComparer(rule.id, rule.severity, policy, opts.observe),
    narrative: opts.narrative ?? null,
    report(init: FindingInit): Finding {
      const messageId = init.messageId ?? "note";
      const data: FindingData = init.data ?? { kind: "note", text: init.message! };
      const refs = init.cells;
      return {
        ruleId: rule.id,
        severity: init.severity ?? rule.severity,
        outcome: init.outcome ?? "inconsistent",
        messageId,
        data,
        message: messageText(messageId, data),
        refs,
        cells: refs.map(formatRef),
        expected: init.expected ?? null,
        actual: init.actual ?? null,
        difference: init.difference ?? null,
        table: init.table,
        ...(init.note ? { note: init.note } : {}),
      };
    },
  };
}
