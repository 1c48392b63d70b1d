/**
 * What Excel makes of a value written through Range.values / Range.formulas: the same as typing
 * it into the cell. This is where code that writes user text can go wrong, so the fake follows
 * Excel closely enough to catch it:
 * - a leading apostrophe makes the rest text (the apostrophe is hidden: quotePrefix);
 * - a cell formatted as Text ("@") keeps whatever is entered as text;
 * - "=…" is a formula; "+…", "-…" and "@…" are formulas too unless they are numbers;
 * - numbers, percentages and TRUE/FALSE typed as strings become numbers and booleans.
 * Formulas are not calculated, except HYPERLINK (whose value is its friendly text); any other
 * formula shows #NAME?, which makes text that turned into a formula easy to spot in a test.
 */
import type { RawValue } from "../../../src/core/raw-sheet";
import type { CellState } from "./state";

export type EnteredCell = Pick<CellState, "value" | "formula" | "quotePrefix">;

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function asNumber(text: string): number | null {
  const t = text.trim();
  if (!/\d/.test(t)) return null;
  const percent = t.endsWith("%");
  const body = percent ? t.slice(0, -1) : t;
  if (!NUMBER.test(body)) return null;
  const n = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

export function enteredValue(input: RawValue, numberFormat: string | null): EnteredCell {
  if (typeof input !== "string") return { value: input };
  if (input === "") return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { value: input };
  const first = input.charAt(0);
  if (first === "=" && input.length > 1) return formulaCell(input);
  const n = asNumber(input);
  if (n !== null) return { value: n };
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toLowerCase() === "true" };
  if ((first === "+" || first === "-") && input.length > 1) return formulaCell(`=${input}`);
  if (first === "@" && input.length > 1) return formulaCell(`=${input.slice(1)}`);
  return { value: input };
}

function formulaCell(formula: string): EnteredCell {
  return { value: evaluate(formula), formula };
}

/** =HYPERLINK("link","friendly") → friendly; "" inside a literal is one quote. */
function evaluate(formula: string): RawValue {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(formula);
  if (!m) return "#NAME?";
  return (m[2] ?? m[1] ?? "").replace(/""/g, '"');
}

/** The link target of a HYPERLINK formula, for tests. */
export function hyperlinkTarget(formula: string | undefined): string | null {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(formula ?? "");
  return m ? (m[1] ?? "").replace(/""/g, '"') : null;
}
