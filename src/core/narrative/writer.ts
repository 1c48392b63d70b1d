import type { CellRef } from "../cells";
import type { NarrativeContext } from "./context";
import { formatAmount, formatCount, formatPercent, percentHundredths } from "./format";
import { isAbsent, type Slot } from "./slots";
import type { Paragraph } from "./types";

/** The visible placeholder for a value the generator does not have (narrative.md §1.1). */
export function placeholder(label: string): string {
  return `【待补充：${label}】`;
}

/**
 * Builds one paragraph: text pieces plus the provenance of every value written, so that each
 * paragraph knows its cells, the inputs it used and the ones it is missing.
 */
export class ParagraphWriter {
  private readonly parts: string[] = [];
  private readonly cells: CellRef[] = [];
  private readonly inputs: string[] = [];
  private readonly missing: string[] = [];
  /** The label each placeholder showed, so the missing-inputs list never shows a bare key. */
  private readonly labels = new Map<string, string>();

  constructor(readonly ctx: NarrativeContext) {}

  t(text: string): this {
    this.parts.push(text);
    return this;
  }

  /** Records a slot's provenance (or its absence) without writing it; true when known. */
  use<V>(slot: Slot<V>): boolean {
    if (isAbsent(slot)) {
      this.missing.push(slot.key);
      if (!this.labels.has(slot.key)) this.labels.set(slot.key, slot.label);
      return false;
    }
    this.cells.push(...slot.cells);
    this.inputs.push(...slot.inputs);
    return true;
  }

  /** A placeholder for `key`, shown with `label` (defaults to the key's own label). */
  hole(key: string, label: string): this {
    this.missing.push(key);
    if (!this.labels.has(key)) this.labels.set(key, label);
    return this.t(placeholder(label));
  }

  /** An amount in 万元 without the unit: "3187.51", or the placeholder. */
  amount(slot: Slot<number>): this {
    if (isAbsent(slot)) return this.hole(slot.key, slot.label);
    this.use(slot);
    return this.t(formatAmount(slot.value, this.ctx.numberFormat));
  }

  count(slot: Slot<number>): this {
    if (isAbsent(slot)) return this.hole(slot.key, slot.label);
    this.use(slot);
    return this.t(formatCount(slot.value));
  }

  text(slot: Slot<string>): this {
    if (isAbsent(slot)) return this.hole(slot.key, slot.label);
    this.use(slot);
    return this.t(slot.value);
  }

  /** A computed amount (a Δ, a sum) whose provenance the caller has recorded with use(). */
  amountValue(micros: number): this {
    return this.t(formatAmount(micros, this.ctx.numberFormat));
  }

  /** A percentage of two known micros values, without the % sign. */
  percentOf(a: number, b: number): this {
    const p = percentHundredths(a, b);
    return this.t(p === null ? "" : formatPercent(p, this.ctx.numberFormat));
  }

  percent(hundredths: bigint): this {
    return this.t(formatPercent(hundredths, this.ctx.numberFormat));
  }

  /** {Y} or its placeholder. */
  year(): this {
    return this.count(this.ctx.year);
  }

  /** {Y-1} or the 决算年度 placeholder. */
  priorYear(): this {
    const y = this.ctx.year;
    if (isAbsent(y)) return this.count(y);
    this.use(y);
    return this.t(String(y.value - 1));
  }

  unit(): this {
    return this.text(this.ctx.unitName);
  }

  get written(): string {
    return this.parts.join("");
  }

  paragraph(section: string, id: string, kind: Paragraph["kind"] = "text"): Paragraph {
    return {
      section,
      id,
      kind,
      text: this.written,
      cells: dedupeRefs(this.cells),
      inputs: [...new Set(this.inputs)],
      missing: [...new Set(this.missing)],
      missingLabels: Object.fromEntries(this.labels),
    };
  }
}

function dedupeRefs(refs: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.sheet}\u0000${r.row}\u0000${r.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
