import type { Amount } from "../amounts";
import type { CellRef } from "../cells";
import { labelOfKey } from "../inputs/fields";
import type { InputEntry, Inputs } from "../inputs/model";

/**
 * A value the narrative writes, with where it came from. `Absent` is a value the generator needs
 * but does not have: it is written as a placeholder, never guessed.
 */
export interface Known<V> {
  readonly value: V;
  readonly cells: readonly CellRef[];
  readonly inputs: readonly string[];
}

export interface Absent {
  readonly absent: true;
  readonly key: string;
  /** Shown in the placeholder 【待补充：<label>】. */
  readonly label: string;
}

export type Slot<V> = Known<V> | Absent;

export function isAbsent<V>(s: Slot<V>): s is Absent {
  return "absent" in s;
}

export function known<V>(value: V, cells: readonly CellRef[] = [], inputs: readonly string[] = []): Known<V> {
  return { value, cells, inputs };
}

export function absent(key: string, label: string): Absent {
  return { absent: true, key, label };
}

/** A table cell's amount (micros); a missing row or column is Absent under `key`, e.g. "T01.总计". */
export function cellSlot(amount: Amount | null | undefined, key: string, label: string): Slot<number> {
  if (!amount) return absent(key, label);
  return known(amount.micros, amount.ref ? [amount.ref] : []);
}

/**
 * A table cell that is a figure of a present table: a blank or missing cell reads 0, as the
 * rules do (rules.md §5.1). Used for list items and 三公 items where an absent column is 0.
 */
export function cellOrZero(amount: Amount | null | undefined): Known<number> {
  return known(amount?.micros ?? 0, amount?.ref ? [amount.ref] : []);
}

function entrySlot<V>(entry: InputEntry<V> | undefined, key: string): Slot<V> {
  if (!entry) return absent(key, labelOfKey(key));
  return known(entry.value, entry.ref && entry.source === "sheet" ? [entry.ref] : [], [key]);
}

export function inputAmountSlot(inputs: Inputs, key: string): Slot<number> {
  const e = inputs.amounts[key];
  return e ? { ...entrySlot(e, key), value: e.value.micros } : absent(key, labelOfKey(key));
}

export function inputCountSlot(inputs: Inputs, key: string): Slot<number> {
  return entrySlot(inputs.counts[key], key);
}

export function inputTextSlot(inputs: Inputs, key: string): Slot<string> {
  return entrySlot(inputs.texts[key], key);
}

/** The first slot that is known, else the first absent one (its placeholder names the input). */
export function firstKnown<V>(...slots: Slot<V>[]): Slot<V> {
  return slots.find((s) => !isAbsent(s)) ?? slots[0]!;
}

/** a − b with both provenances (a derived figure, e.g. 国内 = 公务接待 − 外事). */
export function difference(a: Slot<number>, b: Slot<number>): Slot<number> {
  if (isAbsent(a)) return a;
  if (isAbsent(b)) return b;
  return known(a.value - b.value, [...a.cells, ...b.cells], [...a.inputs, ...b.inputs]);
}

export function sum(slots: readonly Known<number>[]): Known<number> {
  return known(
    slots.reduce((s, x) => s + x.value, 0),
    slots.flatMap((x) => x.cells),
    slots.flatMap((x) => x.inputs),
  );
}
