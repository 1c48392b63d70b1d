import type { Amount } from "../../../amounts";
import type { AmountClaim, BudgetKind, Claim } from "../claims";
import { formatAmount } from "../../format";
import { figureOf } from "./context";

/**
 * The 决算数 and the budget a completion rate or a 大于/小于 comparison speaks of, from the
 * amounts stated before it in the same paragraph ("年初预算为A万元，全年预算为B万元，支出决算为C万元").
 */
export interface BudgetPair {
  readonly actual: Amount;
  readonly budget: Amount;
  readonly budgetClaim: AmountClaim;
  /** The other budget stated (全年 when 年初 was named, and the reverse), if any. */
  readonly other: AmountClaim | null;
}

export function budgetPair(claims: readonly Claim[], index: number, kind: BudgetKind, text = ""): BudgetPair | null {
  const self = claims.find((c) => c.index === index);
  // Only figures of the same item: after the previous claim of the same kind, and after the start of
  // the item ("2、…（项）") when a paragraph lists several.
  const previous = claims.filter((c) => c.kind === self?.kind && c.index < index).map((c) => c.index);
  const itemStart = [...text.slice(0, index).matchAll(/(?:^|[。；])\s*\d+[、.．]/g)].map((m) => m.index!);
  const from = Math.max(-1, ...previous, ...itemStart);
  const named = self?.kind === "completion" || self?.kind === "comparison" ? self.subject : null;
  // A subject named before the rate or comparison: its own figures stated in the paragraph, however
  // many other items were stated in between; none stated, nothing to judge against.
  const before = named
    ? claims.filter((c): c is AmountClaim => c.kind === "amount" && c.index < index && !c.prior && c.subject?.id === named.id)
    : claims.filter((c): c is AmountClaim => c.kind === "amount" && c.index < index && c.index > from && !c.prior);
  const last = (role: AmountClaim["role"]) => [...before].reverse().find((c) => c.role === role) ?? null;
  const actual = last("actual");
  const initial = last("budget-initial");
  const full = last("budget-full");
  const plain = last("budget");
  const stated = kind === "initial" ? initial : kind === "full" ? (full ?? plain) : (full ?? plain ?? initial);
  if (!actual) return null;
  // No budget stated for the item ("公务用车购置及运行维护费支出决算为X万元，完成预算的Y%"): the
  // tables' own budget of the subject, when they give one (公开10表 预算数), and only for "预算"
  // without 年初/全年 (the tables do not say which one theirs is); a zero or blank one gives no basis.
  const tableBudget = !stated && kind === "any" && actual.named ? (actual.subject?.budget ?? null) : null;
  const budget = stated ?? (tableBudget && tableBudget.micros !== 0 ? { ...actual, role: "budget" as const, text: formatAmount(tableBudget.micros), value: tableBudget, named: true } : null);
  if (!budget) return null;
  const other = budget === initial ? full : initial;
  return { actual: figureOf(actual), budget: budget.value, budgetClaim: budget, other };
}
