/**
 * Marking finding cells with a fill, and taking the marks off again with the user's own fills
 * restored exactly (including "no fill").
 *
 * Where the user's fills are kept: one hidden workbook-scoped defined name per marked cell
 * (`_JueSuan_Mark_7` → '公开06表'!$E$9), whose comment holds the fill the cell had and the mark
 * we painted. Chosen over a very hidden sheet of addresses and over document settings because
 * - the name moves with its cell when the user inserts or deletes rows and columns or renames
 *   the sheet, so the fill goes back to the right cell; a stored address would restore the wrong
 *   cell after an inserted row, and a deleted cell turns the name into #REF! instead;
 * - it is in the file, whatever the add-in's id (settings are per add-in id);
 * - it is read in the discovery sync together with the sheet names, so 校验 stays at 3 syncs,
 *   and there is no extra sheet for readAllSheets or the user to trip over.
 * A cell whose fill is no longer our mark (the user painted it since) keeps the user's fill.
 */
import { toA1, type CellRef } from "../../core/cells";
import { applyFill, bearsMark, decodeFill, encodeFill, loadFill, type SavedFill } from "./fills";
import { type NameInfo, nameTarget, type WorkbookState } from "./own-sheets";
import { adapterError } from "./run";

export type MarkKind = "error" | "warning" | "rounding";

/** Light enough to read the figure through; distinct from Excel's built-in Bad/Neutral styles. */
export const MARK_COLOURS: Readonly<Record<MarkKind, string>> = {
  error: "#FFC9C9",
  warning: "#FFD8B0",
  rounding: "#FFF2A8",
};

const PRECEDENCE: Readonly<Record<MarkKind, number>> = { error: 3, warning: 2, rounding: 1 };

export const MARK_NAME_PREFIX = "_JueSuan_Mark_";
const MARK_COMMENT_PREFIX = "决算公开助手标记，原填充：";

export interface MarkRecord {
  readonly id: string;
  readonly sheet: string;
  readonly a1: string;
  readonly saved: SavedFill;
  readonly mark: string;
}

export interface CellToMark {
  readonly sheet: string;
  readonly a1: string;
  readonly kind: MarkKind;
}

const keyOf = (sheet: string, a1: string): string => `${sheet.toLowerCase()}!${a1}`;

/** Marks left by a previous run; names whose cell is gone (#REF!) come back as `broken`. */
export function previousMarks(state: WorkbookState): { records: MarkRecord[]; broken: string[] } {
  const records: MarkRecord[] = [];
  const broken: string[] = [];
  for (const n of state.names) {
    if (!n.name.toLowerCase().startsWith(MARK_NAME_PREFIX.toLowerCase())) continue;
    const record = toRecord(n, state);
    if (record) records.push(record);
    else broken.push(n.name);
  }
  return { records, broken };
}

function toRecord(n: NameInfo, state: WorkbookState): MarkRecord | null {
  const target = nameTarget(n);
  const data = n.comment.startsWith(MARK_COMMENT_PREFIX) ? decodeFill(n.comment.slice(MARK_COMMENT_PREFIX.length)) : null;
  const sheet = target && state.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
  if (!target || !data || !sheet) return null;
  return { id: n.name, sheet: sheet.name, a1: target.a1, ...data };
}

/**
 * The cells to mark: every cell of every 错误/警告/尾差 finding on a sheet that exists and is not
 * one we generated; a cell in several findings takes the strongest colour. 提示 is not painted: a
 * hint is not a problem in the figures.
 */
export function cellsToMark(
  findings: readonly { severity: string; outcome: string; refs: readonly CellRef[] }[],
  state: WorkbookState,
  generated: ReadonlySet<string>,
): CellToMark[] {
  const byKey = new Map<string, CellToMark>();
  for (const f of findings) {
    const kind: MarkKind | null = f.outcome === "rounding" ? "rounding" : f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : null;
    if (!kind) continue;
    for (const ref of f.refs) {
      const sheet = state.sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
      if (!sheet || generated.has(sheet.name.toLowerCase())) continue;
      const a1 = toA1(ref.row, ref.col);
      const key = keyOf(sheet.name, a1);
      const existing = byKey.get(key);
      if (!existing || PRECEDENCE[kind] > PRECEDENCE[existing.kind]) byKey.set(key, { sheet: sheet.name, a1, kind });
    }
  }
  return [...byKey.values()];
}

/** Refuses, before anything is written, when a sheet to paint or restore is protected. */
export function assertUnprotected(state: WorkbookState, sheets: Iterable<string>, doing: string): void {
  const wanted = new Set([...sheets].map((s) => s.toLowerCase()));
  const locked = state.sheets.filter((s) => s.protected && wanted.has(s.name.toLowerCase())).map((s) => `“${s.name}”`);
  if (locked.length > 0) {
    throw adapterError("AccessDenied", `工作表${locked.join("、")}受保护，无法${doing}。请在“审阅”选项卡中撤销工作表保护后重试；工作簿未作任何改动。`);
  }
}

export interface MarkPlan {
  /** Fill reads queued for the next sync. */
  readonly reads: number;
  /** Call after the sync that ran the reads: queues the writes. */
  readonly write: (context: Excel.RequestContext) => { marked: number; restored: number; kept: number };
}

/**
 * Reads the fills needed (queued now, for the next sync) and returns the writer for the sync
 * after it. Order of the writes, so that a batch Excel stops half-way never loses a fill: new
 * names (with the user's fill) before their paint, and old names deleted only after their cell
 * was restored. New names never reuse an old name's id, so both can exist for a moment.
 */
export function planMarks(
  context: Excel.RequestContext,
  state: WorkbookState,
  toMark: readonly CellToMark[],
  withPattern: boolean,
): MarkPlan {
  const { records, broken } = previousMarks(state);
  const reads = new Map<string, () => SavedFill>();
  const read = (sheet: string, a1: string): void => {
    const key = keyOf(sheet, a1);
    if (!reads.has(key)) reads.set(key, loadFill(context.workbook.worksheets.getItem(sheet).getRange(a1), withPattern));
  };
  for (const r of records) read(r.sheet, r.a1);
  for (const c of toMark) read(c.sheet, c.a1);

  return {
    reads: reads.size,
    write(ctx) {
      const current = new Map([...reads].map(([k, get]) => [k, get()] as const));
      const oldByKey = new Map(records.map((r) => [keyOf(r.sheet, r.a1), r] as const));
      const newKeys = new Set(toMark.map((c) => keyOf(c.sheet, c.a1)));
      const range = (sheet: string, a1: string): Excel.Range => ctx.workbook.worksheets.getItem(sheet).getRange(a1);

      // Names whose cell is gone (row or sheet deleted) are #REF! but still exist: Excel keeps a
      // workbook-scoped name when its sheet goes, and adding a name of the same id fails with
      // ItemAlreadyExists (OfficeDev/office-js#4772). They go first, and new ids start above every
      // id in the workbook, valid or broken, so that no id is ever taken twice.
      for (const id of broken) ctx.workbook.names.getItem(id).delete();
      let next = nextMarkNumber(state);
      const freshId = (): string => `${MARK_NAME_PREFIX}${next++}`;

      for (const c of toMark) {
        const key = keyOf(c.sheet, c.a1);
        const now = current.get(key)!;
        const old = oldByKey.get(key);
        // A cell still wearing last run's mark has the fill saved then as the user's.
        const users = old && bearsMark(now, old.mark) ? old.saved : now;
        const mark = MARK_COLOURS[c.kind];
        const name = ctx.workbook.names.add(freshId(), range(c.sheet, c.a1), `${MARK_COMMENT_PREFIX}${encodeFill(users, mark)}`);
        name.visible = false;
        range(c.sheet, c.a1).format.fill.color = mark;
      }

      let restored = 0;
      let kept = 0;
      for (const r of records) {
        const key = keyOf(r.sheet, r.a1);
        if (!newKeys.has(key)) {
          if (bearsMark(current.get(key)!, r.mark)) {
            applyFill(range(r.sheet, r.a1), r.saved, withPattern);
            restored++;
          } else {
            kept++;
          }
        }
        ctx.workbook.names.getItem(r.id).delete();
      }
      return { marked: toMark.length, restored, kept };
    },
  };
}

/** One above the highest number of any mark name in the workbook (broken ones included). */
export function nextMarkNumber(state: WorkbookState): number {
  let max = 0;
  const prefix = MARK_NAME_PREFIX.toLowerCase();
  for (const n of state.names) {
    const lower = n.name.toLowerCase();
    if (!lower.startsWith(prefix)) continue;
    const k = Number(lower.slice(prefix.length));
    if (Number.isInteger(k) && k > max) max = k;
  }
  return max + 1;
}

/** The sheets a plan writes to, for the protection check. */
export function sheetsTouched(state: WorkbookState, toMark: readonly CellToMark[]): string[] {
  return [...previousMarks(state).records.map((r) => r.sheet), ...toMark.map((c) => c.sheet)];
}
