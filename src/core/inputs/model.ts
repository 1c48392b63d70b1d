import type { Amount } from "../amounts";
import type { CellRef } from "../cells";
import type { LoadIssue } from "../tables/model";

/** Where an input value came from: a 补充信息 cell, last year's workbook, or the caller. */
export type InputSource = "sheet" | "priorWorkbook" | "option";

export interface InputEntry<V> {
  readonly key: string;
  /** Canonical label (fields.ts), used in placeholders and messages. */
  readonly label: string;
  readonly value: V;
  /** The 数值 cell on the 补充信息 sheet; null for values that are not in this workbook. */
  readonly ref: CellRef | null;
  readonly source: InputSource;
  /** Human-readable origin for values from elsewhere ("上年决算表 公开01表!C20"). */
  readonly origin?: string;
}

/**
 * Everything read from 补充信息 (and, optionally, last year's workbook). Keys are those of
 * fields.ts, plus coded keys such as "budget.t06[2010301]". Absent keys are simply not given:
 * the narrative writes a placeholder for them, never a guess.
 */
export interface Inputs {
  readonly amounts: Readonly<Partial<Record<string, InputEntry<Amount>>>>;
  readonly counts: Readonly<Partial<Record<string, InputEntry<number>>>>;
  readonly texts: Readonly<Partial<Record<string, InputEntry<string>>>>;
  readonly issues: readonly LoadIssue[];
}

export const EMPTY_INPUTS: Inputs = { amounts: {}, counts: {}, texts: {}, issues: [] };

export function inputAmount(inputs: Inputs, key: string): InputEntry<Amount> | undefined {
  return inputs.amounts[key];
}

export function inputCount(inputs: Inputs, key: string): InputEntry<number> | undefined {
  return inputs.counts[key];
}

export function inputText(inputs: Inputs, key: string): InputEntry<string> | undefined {
  return inputs.texts[key];
}

/** The 决算年度 row, if given. */
export function inputYear(inputs: Inputs): number | null {
  return inputs.counts["year"]?.value ?? null;
}

/**
 * Combines inputs, `primary` winning. A value present in both with a different content becomes a
 * warning, so that a 补充信息 row silently overriding last year's workbook does not go unseen.
 */
export function mergeInputs(primary: Inputs, secondary: Inputs): Inputs {
  const issues: LoadIssue[] = [...primary.issues, ...secondary.issues];
  const merge = <V>(
    a: Readonly<Partial<Record<string, InputEntry<V>>>>,
    b: Readonly<Partial<Record<string, InputEntry<V>>>>,
    same: (x: V, y: V) => boolean,
  ): Partial<Record<string, InputEntry<V>>> => {
    const out: Partial<Record<string, InputEntry<V>>> = { ...b };
    for (const [key, entry] of Object.entries(a)) {
      if (!entry) continue;
      const other = b[key];
      if (other && !same(entry.value, other.value)) {
        issues.push({
          code: "input-conflict",
          severity: "warning",
          message: `“${entry.label}”在补充信息中填写的值与${other.origin ?? "其他来源"}的值不同，已使用补充信息中的值。`,
          cells: entry.ref ? [entry.ref] : [],
        });
      }
      out[key] = entry;
    }
    return out;
  };
  return {
    amounts: merge(primary.amounts, secondary.amounts, (x, y) => x.micros === y.micros),
    counts: merge(primary.counts, secondary.counts, (x, y) => x === y),
    texts: merge(primary.texts, secondary.texts, (x, y) => x === y),
    issues,
  };
}
