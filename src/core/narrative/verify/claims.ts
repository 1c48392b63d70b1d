import { wan, type Amount } from "../../amounts";
import { bindCoded, bindSubject, codedPaths, codedSubject, codeTableFor, type Subject } from "../vocabulary";
import type { TextLine } from "./document";
import type { Sources } from "./sources";

/**
 * Claims, not sections: every figure a 情况说明 sentence states, found by its shape (X万元, 占X%,
 * 增加X万元/增长Y%, 完成…预算的X%, 大于/小于/持平, 其中：…) and bound to its subject by the
 * words in front of it through the vocabulary. The checks (claim-rules/) judge the claims; a
 * claim whose subject is not known is still used for relations among the text's own figures.
 */
export type BudgetKind = "initial" | "full" | "any";

/** What an amount is of its subject: its 决算数 (the default) or a budget. */
export type AmountRole = "actual" | "budget-initial" | "budget-full" | "budget";

export interface AmountClaim {
  readonly kind: "amount";
  /** The number as written ("307.82"). */
  readonly text: string;
  /** The stated value (2-decimal reading, ulp of its written precision). */
  readonly value: Amount;
  readonly index: number;
  readonly end: number;
  readonly role: AmountRole;
  /** The subject the words in front name, or the sentence's subject. */
  readonly subject: Subject | null;
  /** The subject was named right before the number (not inherited from the sentence). */
  readonly named: boolean;
  /** The amount is a prior year's ("上年…X万元", "2023年度…X万元" in a 2024 sentence): not this year's figure. */
  readonly prior: boolean;
  /** The claim opens a list ("…X万元，其中：" / "主要用于" / "主要包括"). */
  readonly opensList: boolean;
  /** The claim stands in a list opened earlier in the line. */
  readonly inList: AmountClaim | null;
}

export interface ShareClaim {
  readonly kind: "share";
  readonly text: string;
  readonly index: number;
  readonly end: number;
  /** The explicit whole ("占本年支出合计的X%"), else null: the list's head. */
  readonly of: Subject | null;
  readonly ofText: string | null;
  /** The amount the share is of (the last amount before it in the sentence). */
  readonly part: AmountClaim | null;
}

export interface ChangeClaim {
  readonly kind: "change";
  readonly amountWord: "增加" | "减少" | null;
  readonly delta: string | null;
  readonly rateWord: "增长" | "下降" | null;
  readonly rate: string | null;
  /** The rate was written with a % sign. */
  readonly percent: boolean;
  readonly index: number;
  readonly end: number;
  readonly excerpt: string;
  readonly subject: Subject | null;
  /** This year's value: the subject's figure, else the last amount stated before. */
  readonly current: Amount | null;
  readonly currentClaim: AmountClaim | null;
}

export interface CompletionClaim {
  readonly kind: "completion";
  /** The subject the words right before it name ("“三公”经费支出决算数与预算数持平"), if any. */
  readonly subject: Subject | null;
  readonly budget: BudgetKind;
  readonly text: string;
  readonly percent: boolean;
  readonly index: number;
  readonly end: number;
  readonly excerpt: string;
}

export interface ComparisonClaim {
  readonly kind: "comparison";
  /** The subject the words right before it name ("“三公”经费支出决算数与预算数持平"), if any. */
  readonly subject: Subject | null;
  readonly word: "大于" | "小于" | "等于" | "持平";
  readonly budget: BudgetKind;
  readonly index: number;
  readonly excerpt: string;
  /** Reasons follow ("…的主要原因：…"). */
  readonly reasons: boolean;
}

export type Claim = AmountClaim | ShareClaim | ChangeClaim | CompletionClaim | ComparisonClaim;

export interface LineClaims {
  readonly line: TextLine;
  readonly claims: readonly Claim[];
}

const NUM = "(\\d+(?:\\.\\d+)?)";
const BOUNDARY = /[，,；;：:。！？]/;
const LIST_OPEN = /^[，,。]?\s*(?:其中[：:，,]|主要用于|主要包括|包括[：:]|具体(?:如下|为)[：:]?)/;
const ROLE: readonly [RegExp, AmountRole][] = [
  [/年初预算数?(?:为|是)?$/, "budget-initial"],
  [/(?:全年|调整后?)预算数?(?:为|是)?$/, "budget-full"],
  [/预算数?(?:为|是)?$/, "budget"],
  [/决算数?(?:为|是)?$/, "actual"],
];

/** The text of a sentence part in front of `index`, back to the last clause boundary. */
function phraseBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && !BOUNDARY.test(text[i - 1]!)) i--;
  return text.slice(i, index).replace(/（以[^（）]*为准）/g, "").replace(/^(?:其中|主要用于以下方面|主要用于|主要包括|包括)/, "");
}

/** A stated amount as a figure: its written decimals decide its rounding interval. */
export function statedAmount(text: string): Amount | null {
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  const decimals = text.split(".")[1]?.length ?? 0;
  // "689.9" is the trimmed 2-decimal 689.90 (N-01); "3789" likewise 3789.00.
  return decimals <= 2 ? wan(text) : { ...wan(Number(text).toFixed(6)), ulp: 10 ** (6 - Math.min(decimals, 6)) };
}

export function extractClaims(line: TextLine, s: Sources): LineClaims {
  const text = line.text;
  const claims: Claim[] = [];
  // The sentence's subject, for "支出决算为X" without a name: the last 类/款/项 path or named subject.
  const paths = codedPaths(text);
  // A 类/款/项 is the table's of the section's fund (五 公开06表, 八 公开11表…), in 三 the 支出决算表's
  // and in 二 the 收入决算表's.
  const codeTable = codeTableFor(line.topic, s.wb);
  const pathTable = { t: codeTable?.table, label: codeTable?.label ?? "" };
  const t06 = pathTable.t;
  const pathSubjectAt = (index: number): Subject | null => {
    const p = [...paths].reverse().find((x) => x.index < index);
    if (!p || !t06) return null;
    const b = bindCoded(p, t06);
    return b ? codedSubject(b, t06, pathTable.label) : null;
  };
  let lineSubject: Subject | null = null;
  let sentenceStart = 0;
  let openList: AmountClaim | null = null;

  const amounts: AmountClaim[] = [];
  for (const m of text.matchAll(new RegExp(`${NUM}万元`, "g"))) {
    const index = m.index!;
    const before = text.slice(0, index);
    if (/(?:增加|减少|增长|下降|减少了|增加了|单价|以上|以下)$/.test(before) || /^万元(?:（含）)?以[上下]/.test(text.slice(index + m[1]!.length))) continue;
    const value = statedAmount(m[1]!);
    if (!value) continue;
    const lastStop = Math.max(before.lastIndexOf("。"), before.lastIndexOf("！"));
    if (lastStop >= sentenceStart) {
      sentenceStart = lastStop + 1;
      // "基本支出X万元。其中：…" keeps the list open across the full stop.
      if (!/^\s*其中/.test(text.slice(sentenceStart))) openList = null;
    }
    let phrase = phraseBefore(text, index);
    let role: AmountRole = "actual";
    for (const [re, r] of ROLE) {
      if (re.test(phrase)) {
        role = r;
        phrase = phrase.replace(re, "");
        break;
      }
    }
    const pathHere = paths.find((p) => p.index + p.text.length <= index && p.index >= index - phrase.length - 2);
    let subject: Subject | null = null;
    let named = false;
    if (pathHere && t06) {
      const b = bindCoded(pathHere, t06);
      subject = b ? codedSubject(b, t06, pathTable.label) : null;
      named = subject !== null;
    }
    if (!subject) {
      subject = bindSubject(phrase, line.topic, s);
      named = subject !== null;
    }
    // "支出决算为X万元", "共计支出X万元": the sentence's subject, named before.
    if (!subject && phrase.replace(/支出|决算|为|是|的|共计|合计|共/g, "").trim() === "") subject = pathSubjectAt(index) ?? lineSubject;
    if (named && role === "actual") lineSubject = subject;
    else if (named && !lineSubject) lineSubject = subject;
    const end = index + m[0].length;
    const years = [...text.matchAll(/(\d{4})年/g)].map((y) => Number(y[1]));
    const phraseYear = /(\d{4})年/.exec(phraseBefore(text, index))?.[1];
    const prior = /上年|上一年|去年|同期/.test(phraseBefore(text, index)) || (phraseYear !== undefined && Number(phraseYear) < Math.max(...years));
    const claim: AmountClaim = { kind: "amount", text: m[1]!, value, index, end, role, subject, named, prior, opensList: LIST_OPEN.test(text.slice(end, end + 12)), inList: openList };
    if (claim.opensList) openList = claim;
    amounts.push(claim);
    claims.push(claim);
  }

  for (const m of text.matchAll(new RegExp(`占([^，。；：%\\d]{0,30}?)的?${NUM}(%|％)?`, "g"))) {
    const ofText = m[1]!.replace(/的$/, "") || null;
    const index = m.index!;
    const part = [...amounts].reverse().find((a) => a.end <= index && !BOUNDARY.test(text.slice(a.end, index).replace(/^[，,]/, ""))) ?? null;
    claims.push({ kind: "share", text: m[2]!, index: index + m[0].length - m[2]!.length - (m[3]?.length ?? 0), end: index + m[0].length, of: ofText ? bindSubject(ofText, line.topic, s) : null, ofText, part });
  }

  const change = new RegExp(`(增加|减少)${NUM}万元(?:[，,]?(增长|下降)${NUM}(%|％)?)?|(增长|下降)${NUM}(%|％)?`, "g");
  for (const m of text.matchAll(change)) {
    const index = m.index!;
    // "增长100%" right after "增加X万元，" belongs to the same claim (matched above).
    const before = text.slice(0, index);
    const phrase = phraseBefore(text, index)
      .replace(/^(?:与|比|较)?\d{4}年度?(?:相比|同期)?/, "")
      .replace(/^(?:比|较)?上年(?:度)?/, "")
      .replace(/(?:决算)?(?:比|较|与)(?:上年|上一年|\d{4}年)度?(?:相比|同期)?$/, "")
      .replace(/^同比/, "")
      .replace(/各$/, "")
      // "公务用车购置及运行维护费支出决算增加X万元": the subject is named before 决算.
      .replace(/决算数?$/, "");
    const named = phrase ? bindSubject(phrase, line.topic, s) : null;
    const currentClaim = [...amounts].reverse().find((a) => a.end <= index && a.role === "actual" && !a.prior) ?? null;
    // A subject named right before the change that the vocabulary does not know: its figure is
    // not known either, so the change is not judged (never against another subject's figure).
    const unknownNamed = named === null && phrase.replace(/支出|决算|数|为|的/g, "") !== "";
    const subject = named ?? (!unknownNamed && currentClaim?.subject && currentClaim.named ? currentClaim.subject : null);
    const current = unknownNamed ? null : (subject?.figure ?? currentClaim?.value ?? null);
    // Only a year-on-year change: 比/与…年, 上年, 同期 in the sentence before it.
    const sentence = before.slice(Math.max(before.lastIndexOf("。") + 1, 0));
    if (!/(?:比|与|较)(?:\d{4}年|上年|上一年)|同比|上年/.test(sentence) && !/(?:比|与|较)(?:\d{4}年|上年)/.test(phrase)) continue;
    claims.push({
      kind: "change",
      amountWord: (m[1] as "增加" | "减少" | undefined) ?? null,
      delta: m[2] ?? null,
      rateWord: ((m[3] ?? m[6]) as "增长" | "下降" | undefined) ?? null,
      rate: m[4] ?? m[7] ?? null,
      percent: (m[4] !== undefined && m[5] !== undefined) || (m[7] !== undefined && m[8] !== undefined),
      index,
      end: index + m[0].length,
      excerpt: m[0],
      subject,
      current,
      currentClaim,
    });
  }

  // A completion or comparison that names its subject in the same clause speaks of that subject's
  // figures, not of the last ones stated (a sentence may list several items before it).
  const subjectBefore = (index: number): Subject | null => {
    const phrase = phraseBefore(text, index).replace(/^\d{4}年度?/, "");
    return phrase.trim() === "" ? null : bindSubject(phrase, line.topic, s);
  };

  for (const m of text.matchAll(new RegExp(`完成(年初|全年|调整后?)?预算(?:数)?的?${NUM}(%|％)?`, "g"))) {
    claims.push({ kind: "completion", subject: subjectBefore(m.index!), budget: budgetKind(m[1]), text: m[2]!, percent: m[3] !== undefined, index: m.index!, end: m.index! + m[0].length, excerpt: m[0] });
  }

  for (const m of text.matchAll(/决算数?(?:(大于|小于|等于|高于|低于)(年初|全年|调整后?)?预算数?|与(年初|全年|调整后?)?预算数?(持平|相等|一致))/g)) {
    const w = m[1] ?? m[4]!;
    const word = w === "高于" ? "大于" : w === "低于" ? "小于" : w === "相等" || w === "一致" ? "等于" : (w as "大于" | "小于" | "等于" | "持平");
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    claims.push({ kind: "comparison", subject: subjectBefore(m.index!), word, budget: budgetKind(m[2] ?? m[3]), index: m.index!, excerpt: m[0], reasons: /^的?主要原因/.test(after) });
  }
  return { line, claims: claims.sort((a, b) => a.index - b.index) };
}

function budgetKind(word: string | undefined): BudgetKind {
  return word === "年初" ? "initial" : word === undefined ? "any" : "full";
}
