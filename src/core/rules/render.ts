/**
 * The one renderer of findings: Chinese text from `messageId + data`, in three lengths — a short
 * headline ("公开06表 2080501 行政单位离退休：合计 314.16 ≠ 基本支出 414.16 + 项目支出 0，差
 * 100.00 万元"), the detail (what the relation says, the tolerance and both intervals) and the
 * full message every host has shown so far. Hosts (CLI, pane, 审核结果 sheet) call this module
 * and nothing else to turn a finding into words, so another language needs only another renderer.
 */
import { formatWan } from "../amounts";
import { parseRef, type CellRef } from "../cells";
import { BOUNDARY_NOTE, describeBound, describeIntervals, formatGap, type Comparison } from "../rounding";
import type { LoadIssue } from "../tables/model";
import { tableLabel, type TableId } from "../tables/table-ids";
import { fmt } from "./describe";
import type { Figure } from "./figures";
import type { CompareData, Finding, FindingData, MessageId, Severity } from "./findings";

/** At most this many terms are spelled out in a message; the rest are summarised. */
const MAX_TERMS = 10;

function total(figures: readonly Figure[]): number {
  return figures.reduce((s, f) => s + (f.sign ?? 1) * f.amount.micros, 0);
}

/**
 * "公开08表 人员经费合计 2,670.44 + 公用经费合计 517.07": zero terms are left out (they do not
 * count, §5.1); a table label is written when the table changes from the previous figure.
 */
export function expression(figures: readonly Figure[], previousTable: TableId | null = null): string {
  const nonZero = figures.filter((f) => f.amount.micros !== 0);
  if (nonZero.length === 0) {
    const f = figures[0];
    if (!f) return "0";
    const more = figures.length > 1 ? ` 等 ${figures.length} 项均为0` : "";
    return `${f.table !== previousTable ? `${tableLabel(f.table)} ` : ""}${f.label} ${fmt(f)}${more}`;
  }
  let table = previousTable;
  const shown = nonZero.slice(0, MAX_TERMS).map((f, i) => {
    const op = i === 0 ? (f.sign === -1 ? "−" : "") : f.sign === -1 ? " − " : " + ";
    const prefix = f.table !== table ? `${tableLabel(f.table)} ` : "";
    table = f.table;
    return `${op}${prefix}${f.label} ${fmt(f)}`;
  });
  const rest = nonZero.length - MAX_TERMS;
  return shown.join("") + (rest > 0 ? ` 等（另 ${rest} 项非零数）` : "");
}

/** describeBound's leaf wording speaks of equality; an inequality between leaves needs its own. */
const LEAF_ORDER = "两侧均为末级数据，四舍五入不改变大小顺序，应严格成立，不存在尾差";

/**
 * The one explanation every comparison finding ends with: the gap, why it is or is not rounding
 * (the bound and m), and both intervals — labelled by table when the two sides are in different tables.
 */
export function verdict(c: Comparison, tables?: { readonly left: TableId; readonly right: TableId }): string {
  const atMost = c.relation === "atMost";
  const gap = formatGap(c);
  const labels = atMost
    ? { left: "子项区间", right: "总项区间" }
    : tables && tables.left !== tables.right
      ? { left: `${tableLabel(tables.left)}区间`, right: `${tableLabel(tables.right)}区间` }
      : {};
  const intervals = describeIntervals(c, labels);
  const head = atMost ? `超出 ${gap} 万元` : `相差 ${gap} 万元`;
  if (c.outcome === "rounding") {
    const boundary = c.boundary ? `；${BOUNDARY_NOTE}` : "";
    return `${head}，可由四舍五入解释（${describeBound(c)}），属尾差${boundary}；${intervals}`;
  }
  const tail =
    c.bound === 0
      ? atMost && c.policy.kind === "interval"
        ? LEAF_ORDER
        : describeBound(c)
      : c.policy.kind === "fixed"
        ? `超过${describeBound(c).replace(/口径$/, "")}`
        : `超过四舍五入可解释的范围（${describeBound(c)}）`;
  return `${head}，${tail}；${intervals}`;
}

/** compare.atMost: one positive figure as is, else "a + b = s". */
function atMostSide(fs: readonly Figure[], prev: TableId | null): string {
  return fs.length === 1 && fs[0]!.sign !== -1 ? expression(fs, prev) : `${expression(fs, prev)} = ${formatWan(total(fs))}`;
}

/** cross.*: "公开01表 本年收入合计 3,789.00", or "a + b = s" when the side has several non-zero terms. */
function crossSide(figures: readonly Figure[], previous: TableId | null): string {
  const nonZero = figures.filter((f) => f.amount.micros !== 0);
  const single = nonZero.length <= 1 && figures.every((f) => f.sign !== -1);
  const expr = expression(single && nonZero.length === 1 ? nonZero : figures, previous);
  return single ? expr : `${expr} = ${formatWan(total(figures))}`;
}

function tablesOf(d: CompareData): { left: TableId; right: TableId } {
  return { left: d.left[0]!.table, right: d.right[0]!.table };
}

/** The comparison sentence without subject and hint. */
function compareText(id: MessageId, d: CompareData): string {
  const c = d.comparison;
  const l = d.left;
  const r = d.right;
  const lastTable = l[l.length - 1]!.table;
  const word = c.outcome === "rounding" ? "有尾差" : "不一致";
  switch (id) {
    case "compare.sum": {
      const t = l[0]!;
      return `${tableLabel(t.table)} ${t.label} ${fmt(t)} 与 ${expression(r, t.table)} = ${formatWan(total(r))} ${word}，${verdict(c)}`;
    }
    case "compare.sums":
      return `${expression(l)} = ${formatWan(total(l))} 与 ${expression(r, lastTable)} = ${formatWan(total(r))} ${word}，${verdict(c)}`;
    case "compare.tie":
    case "compare.balance": {
      const a = l[0]!;
      const b = r[0]!;
      return `${tableLabel(a.table)} ${a.label} ${fmt(a)} 与 ${a.table === b.table ? "" : `${tableLabel(b.table)} `}${b.label} ${fmt(b)} 不一致，${verdict(c)}`;
    }
    case "compare.atMost":
      return `${atMostSide(l, null)} 应不大于 ${atMostSide(r, lastTable)}，${verdict(c)}`;
    case "cross.equal":
      return `${crossSide(l, null)} 与 ${crossSide(r, lastTable)} ${word}，${verdict(c, tablesOf(d))}`;
    case "cross.atMost":
      return `${crossSide(l, null)} 应不大于 ${crossSide(r, lastTable)}，${verdict(c, tablesOf(d))}`;
    case "note":
      throw new Error("a note has no comparison");
  }
}

/** The full text of a finding (Finding.message): subject, the comparison, the hint. */
export function messageText(id: MessageId, data: FindingData): string {
  if (data.kind === "note") return data.text;
  return `${data.subject ? `${data.subject}：` : ""}${compareText(id, data)}${data.hint ? `。${data.hint}` : ""}。`;
}

// ───────────────────────── headline and detail ─────────────────────────

/** Terms spelled out per side in a headline before it says "等 n 项". */
const HEADLINE_TERMS = 3;

function headlineAmount(f: Figure): string {
  if (f.amount.micros === 0) return f.amount.blank && f.amount.ref ? "空" : "0";
  return fmt({ ...f, sign: 1 });
}

/**
 * The words the terms share ("2080501 行政单位离退休") go in front once; each term keeps the
 * rest ("合计", "基本支出"). Only whole words (split at spaces) are shared, and every term keeps one.
 */
function sharedWords(figures: readonly Figure[]): number {
  if (figures.length < 2) return 0;
  const words = figures.map((f) => f.label.split(" "));
  let k = 0;
  while (words.every((w) => w.length > k + 1 && w[k] === words[0]![k])) k++;
  return k;
}

function headlineSide(figures: readonly Figure[], shared: number, oneTable: boolean, prev: { table: TableId | null }): string {
  const nonZero = figures.filter((f) => f.amount.micros !== 0);
  const shown = figures.length <= HEADLINE_TERMS ? figures : nonZero.slice(0, HEADLINE_TERMS);
  const parts = shown.map((f, i) => {
    const op = i === 0 ? (f.sign === -1 ? "−" : "") : f.sign === -1 ? " − " : " + ";
    const table = !oneTable && f.table !== prev.table ? `${tableLabel(f.table)} ` : "";
    prev.table = f.table;
    const name = f.label.split(" ").slice(shared).join(" ");
    return `${op}${table}${name} ${headlineAmount(f)}`;
  });
  if (shown.length === 0) return `${figures.length} 项均为 0`;
  const more = figures.length > shown.length && nonZero.length > shown.length ? ` 等 ${nonZero.length} 项` : "";
  const sum = nonZero.length > 1 || more ? ` = ${formatWan(total(figures))}` : "";
  return `${parts.join("")}${more}${sum}`;
}

function compareHeadline(d: CompareData): string {
  const all = [...d.left, ...d.right];
  const oneTable = all.every((f) => f.table === all[0]!.table);
  const shared = sharedWords(all);
  const where = [oneTable ? tableLabel(all[0]!.table) : "", ...all[0]!.label.split(" ").slice(0, shared)].filter((s) => s !== "").join(" ");
  const prev = { table: null as TableId | null };
  const left = headlineSide(d.left, shared, oneTable, prev);
  const right = headlineSide(d.right, shared, oneTable, prev);
  const c = d.comparison;
  const gap = formatWan(Math.abs(c.gap));
  const rounding = c.outcome === "rounding";
  const op = rounding ? "≈" : c.relation === "atMost" ? ">" : "≠";
  const tail = rounding ? `，差 ${gap} 万元（尾差）` : c.relation === "atMost" ? `，超出 ${gap} 万元` : `，差 ${gap} 万元`;
  return `${where ? `${where}：` : ""}${left} ${op} ${right}${tail}`;
}

/** "第一句" and the rest of a rule's sentence(s). */
export function splitSentence(text: string): { headline: string; detail: string } {
  const i = firstSentenceEnd(text);
  if (i < 0 || i === text.length - 1) return { headline: text.replace(/。$/, ""), detail: "" };
  return { headline: text.slice(0, i), detail: text.slice(i + 1) };
}

/**
 * The first "。" that ends a sentence: one inside quotes or brackets (“说明：…本表无数据。”) belongs
 * to the quoted words, and one directly followed by a closing mark is not the end yet.
 */
function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "“" || c === "（" || c === "(" || c === "「" || c === "【") depth++;
    else if ((c === "”" || c === "）" || c === ")" || c === "」" || c === "】") && depth > 0) depth--;
    else if (c === "。" && depth === 0) return i;
  }
  return -1;
}

export interface RenderedText {
  /** One line: where, the numbers and the gap. */
  readonly headline: string;
  /** The explanation shown on demand: the relation, the tolerance, the intervals, hints. */
  readonly detail: string;
}

/** Headline and detail of a finding. */
export function renderFinding(f: Pick<Finding, "messageId" | "data" | "note" | "outcome">): RenderedText {
  const d = f.data;
  const note = f.note && f.outcome !== "rounding" ? `（${f.note}）` : "";
  if (d.kind === "note") {
    const s = splitSentence(d.text);
    return { headline: s.headline, detail: `${s.detail}${note}` };
  }
  const subject = d.subject ? `${d.subject}。` : "";
  const tables = f.messageId.startsWith("cross.") ? tablesOf(d) : undefined;
  return { headline: compareHeadline(d), detail: `${subject}${verdict(d.comparison, tables)}${d.hint ? `。${d.hint}` : ""}。${note}` };
}

/** Headline and detail of any message that is one or more sentences (load issues, text findings). */
export function renderSentences(message: string): RenderedText {
  return splitSentence(message);
}

// ───────────────────────── one shape for every list ─────────────────────────

/**
 * One entry of any list a host shows — a rule finding, a load issue (读取问题) or a finding of
 * the text check (表文一致) — rendered the same way: headline, detail and the cells to point at.
 */
export interface ShownItem {
  readonly source: "rule" | "load" | "text";
  /** Rule id ("I-14", "N-07") or load-issue code ("text-in-number"). */
  readonly id: string;
  readonly severity: Severity;
  readonly outcome: "inconsistent" | "rounding" | "style";
  readonly headline: string;
  readonly detail: string;
  readonly refs: readonly CellRef[];
}

export function shownFinding(f: Finding): ShownItem {
  return { source: "rule", id: f.ruleId, severity: f.severity, outcome: f.outcome, ...renderFinding(f), refs: f.refs };
}

export function shownLoadIssue(i: LoadIssue): ShownItem {
  return { source: "load", id: i.code, severity: i.severity, outcome: "inconsistent", ...renderSentences(i.message), refs: i.cells };
}

/**
 * A finding of the text check. Its cells are still `工作表名!A1` text (src/core/narrative/verify
 * builds them), so they are read back here, in the core, once; hosts get refs.
 */
export function shownTextFinding(t: { readonly ruleId: string; readonly severity: Severity; readonly outcome: ShownItem["outcome"]; readonly message: string; readonly cells: readonly string[] }): ShownItem {
  const refs = t.cells.map(parseRef).filter((r): r is CellRef => r !== null);
  return { source: "text", id: t.ruleId, severity: t.severity, outcome: t.outcome, ...renderSentences(t.message), refs };
}
