/**
 * Re-running the rules on a workbook model with some cells changed. Only the rules that compared
 * any figure of a changed cell's sheet (learnt from one observed run), the rules that compare
 * nothing (they may read any cell) and the rules named by the caller run again, so checking a
 * candidate costs a few rules, not the whole registry. By sheet, not by cell: a rule may skip a
 * comparison while a cell reads 0 (an absent 三公 item) and make it once the cell has a value.
 */
import { formatRef } from "../cells";
import type { TolerancePolicy } from "../rounding";
import { ALL_RULES, runRules, type AnyRule, type Finding } from "../rules";
import type { Workbook } from "../tables/model";
import { sheetOfKey, withCellValues } from "./substitute";

/**
 * A finding's identity across runs on changed values: the rule, the kind of text and which cells
 * (and labels) it compares — not the amounts, which the change alters.
 */
export function findingKey(f: Finding): string {
  if (f.data.kind === "note") return `${f.ruleId}|note|${f.cells.join(",")}|${f.message.replace(/[\d,.−-]+/g, "#")}`;
  const side = (fs: typeof f.data.left): string => fs.map((x) => `${x.sign ?? 1}${x.label}@${x.amount.ref ? formatRef(x.amount.ref) : x.ref ? formatRef(x.ref) : ""}`).join("+");
  return `${f.ruleId}|${f.messageId}|${side(f.data.left)}=${side(f.data.right)}`;
}

/** A finding the user must act on: 不一致 of severity error or warning (尾差 and hints are not). */
export function isBroken(f: Finding): boolean {
  return f.outcome === "inconsistent" && f.severity !== "info";
}

export interface Verifier {
  readonly workbook: Workbook;
  readonly policy: TolerancePolicy | undefined;
  /** The findings of the rules that read any of `values`' cells (and of `alsoRules`), with those cells changed. */
  rerun(values: ReadonlyMap<string, number>, alsoRules: ReadonlySet<string>): { findings: Finding[]; rules: ReadonlySet<string> };
  /**
   * The findings of the rules that read any of `sheets` (and of `alsoRules`) on `changed`, a model
   * derived from `workbook` whose tables on those sheets differ (e.g. a row added).
   */
  rerunModel(changed: Workbook, sheets: ReadonlySet<string>, alsoRules: ReadonlySet<string>): { findings: Finding[]; rules: ReadonlySet<string> };
}

export function createVerifier(workbook: Workbook, opts: { tolerance?: TolerancePolicy; rules?: readonly AnyRule[] } = {}): Verifier {
  const rules = opts.rules ?? ALL_RULES;
  const readers = new Map<string, Set<string>>();
  const comparing = new Set<string>();
  runRules(workbook, rules, {
    ...(opts.tolerance ? { tolerance: opts.tolerance } : {}),
    observe: (ruleId, figures) => {
      comparing.add(ruleId);
      for (const f of figures) {
        const ref = f.amount.ref;
        if (!ref) continue;
        let s = readers.get(ref.sheet);
        if (!s) readers.set(ref.sheet, (s = new Set()));
        s.add(ruleId);
      }
    },
  });
  // Rules that compare nothing read cells their own way (negative amounts, statements with data).
  const always = rules.filter((r) => !comparing.has(r.id)).map((r) => r.id);
  const rerunModel: Verifier["rerunModel"] = (changed, sheets, alsoRules) => {
    const ids = new Set<string>([...always, ...alsoRules]);
    for (const sheet of sheets) for (const id of readers.get(sheet) ?? []) ids.add(id);
    const { findings } = runRules(
      changed,
      rules.filter((r) => ids.has(r.id)),
      opts.tolerance ? { tolerance: opts.tolerance } : {},
    );
    return { findings, rules: ids };
  };
  return {
    workbook,
    policy: opts.tolerance,
    rerun: (values, alsoRules) => rerunModel(withCellValues(workbook, values), new Set([...values.keys()].map(sheetOfKey)), alsoRules),
    rerunModel,
  };
}
