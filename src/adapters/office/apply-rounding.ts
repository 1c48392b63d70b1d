/**
 * 应用舍位平衡: writes the core's suggested cents into the user's cells — only on an explicit
 * click in the pane, never as a side effect of 校验 — and keeps each cell's original value so
 * that 清除标记 can put it back.
 *
 * Where the originals are kept: like the mark fills (marks.ts), one hidden workbook-scoped defined
 * name per changed cell (`_JueSuan_Value_3` → '公开04表'!$C$37) whose comment holds the value the
 * cell had and the value we wrote. The name follows its cell through inserted rows and renamed
 * sheets, turns into #REF! when the cell is deleted (then it is simply dropped), is saved in the
 * file, and is read in the discovery sync with the sheet names. The number format is not touched.
 *
 * A cell is left alone, and the pane says so, when its value is no longer the one the check read
 * (the user changed it since), when it holds a formula (writing a value would destroy it), or when
 * its sheet is gone. On 清除标记 a cell whose value is no longer ours (the user typed over it)
 * keeps the user's value.
 *
 * Three syncs: names + sheets + protection, the cells' values and formulas, the writes.
 */
import { formatRef, toA1, type CellRef } from "../../core/cells";
import { assertUnprotected } from "./marks";
import { type NameInfo, nameTarget, type WorkbookState, loadWorkbookState } from "./own-sheets";
import { runExcel } from "./run";
import { assertWorkbookWritable } from "./workbook-guard";

export const VALUE_NAME_PREFIX = "_JueSuan_Value_";
const VALUE_COMMENT_PREFIX = "决算公开助手舍位平衡，原值：";

/** One suggested change, in the cell's own figures (as the core read them). */
export interface CellAdjustment {
  readonly ref: CellRef;
  readonly from: number;
  readonly to: number;
}

export interface ApplyRoundingResult {
  /** Cells written. */
  readonly applied: number;
  /** Cells left alone, each with the reason in Chinese ("公开04表!C37 的值已改为 61.9"). */
  readonly skipped: readonly string[];
}

interface SavedValue {
  /** The user's value before we wrote. */
  readonly original: number;
  /** What we wrote: restoring only makes sense while the cell still holds it. */
  readonly written: number;
}

export interface ValueRecord extends SavedValue {
  readonly id: string;
  readonly sheet: string;
  readonly a1: string;
}

const keyOf = (sheet: string, a1: string): string => `${sheet.toLowerCase()}!${a1}`;
/** Figures are compared to the micro (the core's unit), not as binary floats. */
const sameFigure = (a: unknown, b: number): boolean => typeof a === "number" && Math.round(a * 1e6) === Math.round(b * 1e6);
const isFormula = (f: unknown): boolean => typeof f === "string" && f.startsWith("=");

function decode(comment: string): SavedValue | null {
  if (!comment.startsWith(VALUE_COMMENT_PREFIX)) return null;
  try {
    const data = JSON.parse(comment.slice(VALUE_COMMENT_PREFIX.length)) as { v?: unknown; w?: unknown };
    return typeof data.v === "number" && typeof data.w === "number" ? { original: data.v, written: data.w } : null;
  } catch {
    return null;
  }
}

const encode = (s: SavedValue): string => `${VALUE_COMMENT_PREFIX}${JSON.stringify({ v: s.original, w: s.written })}`;

/** Originals saved by an earlier 应用舍位平衡; names whose cell is gone (#REF!) come back as `broken`. */
export function previousValues(state: WorkbookState): { records: ValueRecord[]; broken: string[] } {
  const records: ValueRecord[] = [];
  const broken: string[] = [];
  for (const n of state.names) {
    if (!n.name.toLowerCase().startsWith(VALUE_NAME_PREFIX.toLowerCase())) continue;
    const record = toRecord(n, state);
    if (record) records.push(record);
    else broken.push(n.name);
  }
  return { records, broken };
}

function toRecord(n: NameInfo, state: WorkbookState): ValueRecord | null {
  const target = nameTarget(n);
  const saved = decode(n.comment);
  const sheet = target && state.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
  if (!target || !saved || !sheet) return null;
  return { id: n.name, sheet: sheet.name, a1: target.a1, ...saved };
}

function nextValueNumber(state: WorkbookState): number {
  let max = 0;
  const prefix = VALUE_NAME_PREFIX.toLowerCase();
  for (const n of state.names) {
    const lower = n.name.toLowerCase();
    const k = lower.startsWith(prefix) ? Number(lower.slice(prefix.length)) : NaN;
    if (Number.isInteger(k) && k > max) max = k;
  }
  return max + 1;
}

export function applyRounding(adjustments: readonly CellAdjustment[]): Promise<ApplyRoundingResult> {
  return runExcel(async (context) => {
    const readState = loadWorkbookState(context, { protection: true, writing: true });
    await context.sync();
    const state = readState();

    const skipped: string[] = [];
    const targets: { adj: CellAdjustment; sheet: string; a1: string }[] = [];
    for (const adj of adjustments) {
      const sheet = state.sheets.find((s) => s.name.toLowerCase() === adj.ref.sheet.toLowerCase());
      if (sheet) targets.push({ adj, sheet: sheet.name, a1: toA1(adj.ref.row, adj.ref.col) });
      else skipped.push(`${formatRef(adj.ref)}：找不到工作表“${adj.ref.sheet}”，可能已被重命名或删除`);
    }
    // Refused before anything is read or written: the whole set ties, or none of it is applied.
    assertWorkbookWritable(state.workbook, "应用舍位平衡", null);
    assertUnprotected(state, targets.map((t) => t.sheet), "应用舍位平衡");

    const ranges = targets.map((t) => context.workbook.worksheets.getItem(t.sheet).getRange(t.a1).load("values,formulas"));
    if (targets.length > 0) await context.sync();

    const { records, broken } = previousValues(state);
    const earlier = new Map(records.map((r) => [keyOf(r.sheet, r.a1), r] as const));
    for (const id of broken) context.workbook.names.getItem(id).delete();
    let next = nextValueNumber(state);
    let applied = 0;
    targets.forEach((t, i) => {
      const range = ranges[i]!;
      const value = range.values[0]?.[0];
      const where = formatRef(t.adj.ref);
      if (isFormula(range.formulas[0]?.[0])) {
        skipped.push(`${where}：是公式，助手不改公式单元格`);
        return;
      }
      if (!sameFigure(value, t.adj.from)) {
        skipped.push(`${where}：当前值 ${String(value)} 与校验时读到的 ${t.adj.from} 不同（校验后已被修改）`);
        return;
      }
      // A cell changed by an earlier 应用 keeps the user's value from before that one.
      const old = earlier.get(keyOf(t.sheet, t.a1));
      const original = old && sameFigure(value, old.written) ? old.original : (value as number);
      if (old) context.workbook.names.getItem(old.id).delete();
      // The name (with the original) is queued before the write: a batch Excel stops half-way
      // never leaves a changed cell without its original.
      const name = context.workbook.names.add(`${VALUE_NAME_PREFIX}${next++}`, range, encode({ original, written: t.adj.to }));
      name.visible = false;
      range.values = [[t.adj.to]];
      applied++;
    });
    if (applied > 0 || broken.length > 0) await context.sync();
    return { applied, skipped };
  });
}

export interface ValueRestorePlan {
  readonly sheets: readonly string[];
  /** Call before the read sync: queues the reads of the cells to restore. */
  readonly read: (context: Excel.RequestContext) => number;
  /** Call after it: queues the restores and the deletion of every value name. */
  readonly write: (context: Excel.RequestContext) => { restored: number; kept: number };
}

/** 清除标记's part for values: back to the original where the cell still holds what we wrote. */
export function planValueRestore(state: WorkbookState): ValueRestorePlan {
  const { records, broken } = previousValues(state);
  let ranges: Excel.Range[] = [];
  return {
    sheets: records.map((r) => r.sheet),
    read(context) {
      ranges = records.map((r) => context.workbook.worksheets.getItem(r.sheet).getRange(r.a1).load("values"));
      return ranges.length;
    },
    write(context) {
      let restored = 0;
      let kept = 0;
      for (const id of broken) context.workbook.names.getItem(id).delete();
      records.forEach((r, i) => {
        const range = ranges[i]!;
        if (sameFigure(range.values[0]?.[0], r.written)) {
          range.values = [[r.original]];
          restored++;
        } else {
          kept++;
        }
        // Deleted after the restore is queued, so a half-done batch never loses an original.
        context.workbook.names.getItem(r.id).delete();
      });
      return { restored, kept };
    },
  };
}
