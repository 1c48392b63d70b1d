/**
 * The 情况说明 as the pane shows and copies it: paragraphs grouped by top-level section (一…十),
 * text split into plain runs and 【待补充…】 placeholders, and the HTML + plain text for the
 * clipboard (Word takes the HTML; Notepad and the Office web client take the plain text).
 */
import type { Paragraph } from "../../core/narrative";

export interface NarrativeSection {
  /** "一" … "十", or "第二部分" for the part heading. */
  readonly key: string;
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
  /** Placeholders left in this section's text. */
  readonly placeholders: number;
}

export interface TextRun {
  readonly text: string;
  readonly placeholder: boolean;
}

const PLACEHOLDER = /【待补充[^】]*】/g;

/** "五（一）" → "五": subsections stay with their section for 复制本节. */
export function topSection(section: string): string {
  return section.replace(/（.*$/, "");
}

export function splitPlaceholders(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    if (at > last) runs.push({ text: text.slice(last, at), placeholder: false });
    runs.push({ text: m[0], placeholder: true });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), placeholder: false });
  return runs;
}

export function countPlaceholders(text: string): number {
  return [...text.matchAll(PLACEHOLDER)].length;
}

export function groupSections(paragraphs: readonly Paragraph[]): NarrativeSection[] {
  const sections: { key: string; title: string; paragraphs: Paragraph[] }[] = [];
  for (const p of paragraphs) {
    const key = topSection(p.section);
    let current = sections[sections.length - 1];
    if (!current || current.key !== key) {
      current = { key, title: p.kind === "heading" ? p.text : `${key}、`, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(p);
  }
  return sections.map((s) => ({ ...s, placeholders: s.paragraphs.reduce((n, p) => n + countPlaceholders(p.text), 0) }));
}

export interface ClipboardText {
  readonly html: string;
  readonly text: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Word keeps the paragraphs, bold headings, the 2-character first-line indent of government
 * documents and a yellow highlight on the placeholders still to fill in.
 */
export function toClipboard(paragraphs: readonly Paragraph[]): ClipboardText {
  const body = paragraphs
    .map((p) => {
      const inner = splitPlaceholders(p.text)
        .map((r) => (r.placeholder ? `<span style="background:yellow">${escapeHtml(r.text)}</span>` : escapeHtml(r.text)))
        .join("");
      return p.kind === "heading"
        ? `<p style="margin:0;font-weight:bold">${inner}</p>`
        : `<p style="margin:0;text-indent:2em">${inner}</p>`;
    })
    .join("");
  const html = `<html><head><meta charset="utf-8"></head><body style="font-family:仿宋_GB2312,FangSong,serif;font-size:16pt;line-height:1.5">${body}</body></html>`;
  // LF: Chromium and Edge convert line ends for the platform's clipboard themselves.
  return { html, text: paragraphs.map((p) => p.text).join("\n") };
}
