/**
 * 表文一致 in the pane, as plain data (no React): a text the user already wrote (pasted, or a .txt
 * opened in the browser) checked against the open workbook exactly as `juesuan verify-text` does,
 * each finding pointing at its sentence and at the cells it compares.
 */
import type { Analysis } from "../../core/analyze";
import type { CellRef } from "../../core/cells";
import { verifyNarrativeText, type TextFinding } from "../../core/narrative/verify";
import { decodeNarrativeBytes } from "../../core/narrative/verify/decode";
import { shownTextFinding } from "../../core/rules/render";
import { KIND_LABELS, type FindingKind } from "./check-view";

export interface TextCheckItem {
  readonly kind: FindingKind;
  readonly label: string;
  readonly ruleId: string;
  readonly line: number;
  /** The sentence the finding is about, as the user wrote it. */
  readonly sentence: string;
  readonly message: string;
  /** Cells compared, "公开01表!B15", as the core wrote them. */
  readonly cells: readonly string[];
  /** The same cells as references; the first is where a click goes. */
  readonly refs: readonly CellRef[];
}

export interface TextCheckResult {
  readonly items: readonly TextCheckItem[];
  readonly counts: Readonly<Record<FindingKind, number>>;
}

export function checkWrittenText(text: string, analysis: Pick<Analysis, "workbook" | "inputs">): TextCheckResult {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const findings = verifyNarrativeText(text, analysis.workbook, analysis.inputs);
  const items = findings.map((f) => toItem(f, lines));
  const counts: Record<FindingKind, number> = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const i of items) counts[i.kind]++;
  return { items, counts };
}

function toItem(f: TextFinding, lines: readonly string[]): TextCheckItem {
  const kind: FindingKind = f.outcome === "rounding" ? "rounding" : f.severity;
  return { kind, label: KIND_LABELS[kind], ruleId: f.ruleId, line: f.line, sentence: sentenceOf(lines[f.line - 1] ?? "", f.excerpt), message: f.message, cells: f.cells, refs: shownTextFinding(f).refs };
}

/** The sentence of a line that holds the excerpt (the whole line when the excerpt is not found). */
export function sentenceOf(line: string, excerpt: string): string {
  const text = line.trim();
  const at = excerpt ? text.indexOf(excerpt) : -1;
  if (at < 0) return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  const start = Math.max(text.lastIndexOf("。", at - 1) + 1, 0);
  const stop = text.indexOf("。", at + excerpt.length);
  return text.slice(start, stop < 0 ? text.length : stop + 1);
}

/** A text file opened in the browser: decoded like the command line does, or one Chinese line. */
export function readTextFile(bytes: Uint8Array, name: string): { text: string } | { error: string } {
  if (/\.docx?$/i.test(name)) return { error: `${name} 是 Word 文件：请在 Word 中全选复制，粘贴到上面的文本框。` };
  const r = decodeNarrativeBytes(bytes, name);
  return r.ok ? { text: r.text } : { error: r.message };
}

export const summaryLine = (r: TextCheckResult): string =>
  r.items.length === 0 ? "未发现表文不一致。" : `发现 ${r.items.length} 条：错误 ${r.counts.error} 条，警告 ${r.counts.warning} 条，尾差 ${r.counts.rounding} 条，提示 ${r.counts.info} 条。`;
