import type { Severity } from "../../../rules/findings";
import type { AmountClaim, Claim, LineClaims } from "../claims";
import type { Sources } from "../sources";
import type { TextFinding } from "../types";

/**
 * What a claim rule sees: the text's lines with their claims, the workbook and inputs. Each rule
 * is a function of this context returning findings, like the table rules; verify-text runs
 * them all (index.ts).
 */
export interface ClaimContext {
  readonly lines: readonly LineClaims[];
  readonly sources: Sources;
}

export interface ClaimRule {
  readonly id: string;
  /** What the rule checks, in one line (for the rule list). */
  readonly title: string;
  readonly run: (ctx: ClaimContext) => TextFinding[];
}

export function finding(
  at: LineClaims,
  f: { ruleId: string; severity: Severity; outcome?: TextFinding["outcome"]; message: string; excerpt: string; cells?: readonly string[]; expected?: string | null },
): TextFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    outcome: f.outcome ?? (f.severity === "info" ? "rounding" : "inconsistent"),
    message: f.message,
    section: at.line.section,
    line: at.line.line,
    excerpt: f.excerpt,
    cells: f.cells ?? [],
    expected: f.expected ?? null,
  };
}

export function amountsOf(claims: readonly Claim[]): AmountClaim[] {
  return claims.filter((c): c is AmountClaim => c.kind === "amount");
}

/** The figure an amount claim stands for: its subject's cell when bound, else the stated value. */
export function figureOf(c: AmountClaim) {
  return (c.role === "actual" ? c.subject?.figure : null) ?? c.value;
}

/** "97.80" → "97.8"; "100.00" → "100". */
export function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}
