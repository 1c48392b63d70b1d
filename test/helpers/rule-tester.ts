/**
 * Valid/invalid cases per rule, after ESLint's RuleTester:
 *
 *   testRule(rule, {
 *     valid: [{ name: "sums", workbook: wb(...) }],
 *     invalid: [{ name: "0.03 off", workbook: wb(...), findings: [{ outcome: "inconsistent", cell: "公开01表!B12" }] }],
 *   });
 *
 * A valid case yields no finding at all; a 尾差 case is an invalid case with outcome "rounding".
 * Each expected finding is matched in order against the rule's findings, on the fields given.
 */
import type { TolerancePolicy } from "../../src/core/rounding";
import { runRules } from "../../src/core/rules/engine";
import type { Finding, FindingOutcome, Severity } from "../../src/core/rules/findings";
import type { AnyRule, NarrativeInput } from "../../src/core/rules/rule";
import type { Workbook } from "../../src/core/tables/model";
import type { TableId } from "../../src/core/tables/table-ids";

export interface RuleCase {
  readonly name: string;
  readonly workbook: Workbook;
  readonly tolerance?: TolerancePolicy;
  readonly narrative?: NarrativeInput;
}

export interface ExpectedFinding {
  readonly outcome?: FindingOutcome;
  readonly severity?: Severity;
  /** The cell to jump to (cells[0]). */
  readonly cell?: string;
  /** Cells that must all be listed. */
  readonly cells?: readonly string[];
  readonly expected?: number | null;
  readonly actual?: number | null;
  readonly difference?: number | null;
  readonly boundary?: boolean;
  readonly table?: TableId;
  /** Substring(s) or pattern the message must contain. */
  readonly message?: string | RegExp | readonly (string | RegExp)[];
}

export interface InvalidCase extends RuleCase {
  readonly findings: readonly ExpectedFinding[];
}

export interface RuleCases {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidCase[];
}

export function runRule(rule: AnyRule, c: RuleCase): Finding[] {
  const result = runRules(c.workbook, [rule], { tolerance: c.tolerance, narrative: c.narrative ?? null });
  if (result.runIssues.length > 0) throw new Error(result.runIssues.map((i) => i.message).join("\n"));
  if (!result.ran.includes(rule.id)) {
    throw new Error(`rule ${rule.id} did not run: ${[...result.skipped, ...result.notApplicable].map((n) => n.message).join("; ")}`);
  }
  return result.findings;
}

function matchFinding(actual: Finding, want: ExpectedFinding, index: number): void {
  const ctx = `finding #${index}: ${actual.message}`;
  const check = <K extends keyof ExpectedFinding & keyof Finding>(key: K): void => {
    if (want[key] !== undefined) expect({ [key]: actual[key], ctx }).toEqual({ [key]: want[key], ctx });
  };
  check("outcome");
  check("severity");
  check("expected");
  check("actual");
  check("difference");
  check("table");
  if (want.boundary !== undefined) expect({ boundary: actual.boundary ?? false, ctx }).toEqual({ boundary: want.boundary, ctx });
  if (want.cell !== undefined) expect({ cell: actual.cells[0], ctx }).toEqual({ cell: want.cell, ctx });
  if (want.cells) for (const c of want.cells) expect({ cells: actual.cells, ctx }).toEqual({ cells: expect.arrayContaining([c]), ctx });
  const patterns = want.message === undefined ? [] : Array.isArray(want.message) ? want.message : [want.message];
  for (const p of patterns as (string | RegExp)[]) {
    if (typeof p === "string") expect(actual.message).toContain(p);
    else expect(actual.message).toMatch(p);
  }
}

/** Declares a jest describe block for the rule with one test per case. */
export function testRule(rule: AnyRule, cases: RuleCases): void {
  describe(`${rule.id} ${rule.title.zh}`, () => {
    if (cases.valid.length === 0 || cases.invalid.length === 0) throw new Error(`${rule.id}: needs valid and invalid cases`);
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const findings = runRule(rule, c);
          expect(findings.map((f) => f.message)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const findings = runRule(rule, c);
          expect({ count: findings.length, messages: findings.map((f) => f.message) }).toEqual({ count: c.findings.length, messages: expect.any(Array) });
          c.findings.forEach((want, i) => matchFinding(findings[i]!, want, i));
          for (const f of findings) {
            expect(f.ruleId).toBe(rule.id);
            expect(f.cells.length).toBeGreaterThan(0);
          }
        });
      }
    });
  });
}
