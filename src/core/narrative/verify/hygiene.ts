import type { TextLine } from "./document";
import type { TextFinding } from "./types";

/** Wording and punctuation rules on 第二部分: N-05, N-10, N-12, N-17, trimming and unit name (N-11). */

type Emit = (f: Omit<TextFinding, "section" | "line" | "cells"> & { cells?: string[] }) => void;

function emitterFor(line: TextLine, out: TextFinding[]): Emit {
  return (f) => out.push({ cells: [], ...f, section: line.section, line: line.line });
}

const CJK = "\\u4e00-\\u9fff";
const DIRECTION = "增加|减少|增长|下降|上升|大于|小于|高于|低于|等于";
const HALF_WIDTH_PUNCT = new RegExp(`[${CJK}%）][,;:]|[,;:][${CJK}（“]|[${CJK}][()]|[()][${CJK}]`, "g");
const FULL_OF: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" };

export function checkHygiene(lines: readonly TextLine[], unitName: string | null): TextFinding[] {
  const out: TextFinding[] = [];
  const part2 = lines.filter((l) => l.inPart2 && l.text !== "");
  for (const line of part2) {
    const emit = emitterFor(line, out);
    checkPunctuation(line.text, emit);
    checkResidue(line.text, emit);
    checkYuan(line.text, emit);
    checkHeadingArtefacts(line, emit);
    if (unitName) checkUnitName(line.text, unitName, emit);
  }
  checkTrimming(part2, out);
  return out;
}

function checkPunctuation(text: string, emit: Emit): void {
  for (const m of text.matchAll(HALF_WIDTH_PUNCT)) {
    const ch = [...m[0]].find((c) => c in FULL_OF)!;
    emit({ ruleId: "N-12", severity: "warning", outcome: "style", message: `中文文字中使用了半角标点“${ch}”，应为全角“${FULL_OF[ch]}”。`, excerpt: around(text, m.index!, 8), expected: FULL_OF[ch]! });
  }
  for (const m of text.matchAll(/X{2,}|x{3,}|×{2,}|某某|【[^】]*】|。。|，，/g)) {
    const doubled = /^[。，]{2}$/.test(m[0]);
    emit({ ruleId: "N-12", severity: "warning", outcome: "style", message: doubled ? `标点重复“${m[0]}”。` : `文中留有占位符“${m[0]}”。`, excerpt: around(text, m.index!, 8), expected: doubled ? m[0][0]! : null });
  }
  for (const m of text.matchAll(/(增加|减少|增长|下降|支出)\1/g)) {
    emit({ ruleId: "N-12", severity: "warning", outcome: "style", message: `词语重复“${m[0]}”。`, excerpt: around(text, m.index!, 8), expected: m[1]! });
  }
}

function checkResidue(text: string, emit: Emit): void {
  // The template's alternatives left in: "增加（减少）", "下降（增长）", "大于（小于）", "增加持平".
  for (const m of text.matchAll(new RegExp(`(?:${DIRECTION})[（(](?:${DIRECTION}|持平)[）)]|(?:增加|减少)持平`, "g"))) {
    emit({ ruleId: "N-05", severity: "error", outcome: "inconsistent", message: `模板残留“${m[0]}”：应按实际变动只写一个方向词，持平写“持平”。`, excerpt: around(text, m.index!, 10), expected: null });
  }
  for (const m of text.matchAll(/主要(?:变动)?原因(?:是|为)(?=[。；，]|$)/g)) {
    emit({ ruleId: "N-05", severity: "warning", outcome: "inconsistent", message: "“主要原因是”之后没有写原因。", excerpt: around(text, m.index!, 10), expected: null });
  }
}

function checkYuan(text: string, emit: Emit): void {
  for (const m of text.matchAll(/\d(?:[\d,，.]*)元/g)) {
    emit({ ruleId: "N-10", severity: "error", outcome: "inconsistent", message: `“${m[0]}”以元为单位，而附表金额单位为万元。`, excerpt: around(text, m.index!, 8), expected: null });
  }
}

function checkHeadingArtefacts(line: TextLine, emit: Emit): void {
  const t = line.text;
  const a = /^(\d+)、\s*/.exec(t);
  if (a && line.heading) {
    emit({ ruleId: "N-17", severity: "warning", outcome: "style", message: `标题编号“${a[0].trim()}”是自动编号残留，应为“${line.section}、”。`, excerpt: t.slice(0, 16), expected: `${line.section}、` });
  }
  const b = /^（(\d+)）\s*(.{2,40}(?:情况说明|情况)。)$/.exec(t);
  if (b && line.section?.includes("（")) {
    const expected = line.section.slice(1);
    emit({ ruleId: "N-17", severity: "warning", outcome: "style", message: `小标题编号“（${b[1]}）”与同级的“（一）”不一致，应为“${expected}”。`, excerpt: t.slice(0, 16), expected });
  }
}

/** The unit name written with a different prefix ("四川省" + 单位名称) counts as a second name (N-11). */
function checkUnitName(text: string, unitName: string, emit: Emit): void {
  let from = 0;
  for (;;) {
    const i = text.indexOf(unitName, from);
    if (i < 0) break;
    const before = /[\u4e00-\u9fff]{1,8}?[省市县区州]$/.exec(text.slice(Math.max(0, i - 8), i));
    if (before && !/[，。、：；（]/.test(before[0])) {
      emit({ ruleId: "N-11", severity: "warning", outcome: "style", message: `单位名称写作“${before[0]}${unitName}”，与全文其他处的“${unitName}”不一致。`, excerpt: before[0] + unitName, expected: unitName });
    }
    from = i + unitName.length;
  }
}

/**
 * §1.2: the text trims trailing zeros (689.9, 15%) — a figure still showing one (46.60%) breaks
 * the convention. Only reported when the text visibly trims elsewhere.
 */
function checkTrimming(lines: readonly TextLine[], out: TextFinding[]): void {
  // "单价50万元以上" is a threshold of the wording, not a figure.
  const numbers = lines.flatMap((l) => [...l.text.matchAll(/(\d+(?:\.\d+)?)(万元|%)(?!(?:（含）)?以[上下])/g)].map((m) => ({ l, m })));
  const untrimmed = numbers.filter(({ m }) => /\.\d*0$/.test(m[1]!));
  const trimmed = numbers.some(({ m }) => !/\.\d\d$/.test(m[1]!) && m[1] !== "0");
  if (!trimmed) return;
  for (const { l, m } of untrimmed) {
    const fixed = m[1]!.replace(/0+$/, "").replace(/\.$/, "");
    out.push({
      ruleId: "N-02",
      severity: "info",
      outcome: "style",
      message: `“${m[0]}”保留了末尾的0，而全文其他数值均去掉末尾0，建议写作“${fixed}${m[2]}”。`,
      section: l.section,
      line: l.line,
      excerpt: m[0],
      cells: [],
      expected: `${fixed}${m[2]}`,
    });
  }
}

export function around(text: string, index: number, width: number): string {
  return text.slice(Math.max(0, index - width), index + width);
}
