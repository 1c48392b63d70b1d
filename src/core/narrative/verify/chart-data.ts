import { decimalToMicros, type Amount } from "../../amounts";
import { formatRef } from "../../cells";
import { inputYear } from "../../inputs/model";
import { T01_INCOME, T01_INCOME_CATEGORIES } from "../../tables/labels";
import { EXPENDITURE_CATEGORIES } from "../sections/s03-expenditure";
import { shortClassName } from "../sections/s05-general-budget";
import { formatAmount } from "../format";
import type { TextLine } from "./document";
import { amountOfInput, sg, t01, t01Grand, t04Grand, total, type Sources } from "./sources";
import type { TextFinding } from "./types";

/**
 * N-16 for chart VALUES: a document exported from Word keeps each chart's data as text (the
 * example ends with it): a pie chart as one line "label1⇥label2⇥…⇥v1⇥v2⇥…", a column chart as
 * "label⇥value⇥label⇥value" running over lines. Every value must equal the figure its category
 * stands for (narrative.md §4): prior-year bars the 补充信息 inputs, the rest the table cells.
 * Category labels are checked separately (document-wide.ts). A run of lines is taken as chart
 * data only when all its cells are numbers or known category labels and they pair up.
 */

interface Category {
  readonly label: string;
  /** What the value must equal, in words ("公开01表“总计”"). */
  readonly what: string;
  /** null: the figure is not in the workbook or inputs (n/a). */
  readonly expected: Amount | null;
}

interface Token {
  readonly text: string;
  readonly line: TextLine;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

const YEAR_SERIES: readonly { re: RegExp; current: (s: Sources) => Amount | null; currentWhat: string; prior: string; priorWhat: string }[] = [
  { re: /^(\d{4})年度?收、支总计$/, current: t01Grand, currentWhat: "公开01表“总计”", prior: "prior.t01Total", priorWhat: "补充信息“上年收支总计”" },
  { re: /^(\d{4})年度?财政拨款收、支总计$/, current: t04Grand, currentWhat: "公开04表“总计”", prior: "prior.t04Total", priorWhat: "补充信息“上年财政拨款收支总计”" },
  {
    re: /^(\d{4})年度?一般公共预算财政拨款支出$/,
    current: (s) => total(s, "T06", "total"),
    currentWhat: "公开06表“合计”",
    prior: "prior.t06Total",
    priorWhat: "补充信息“上年一般公共预算财政拨款支出”",
  },
];

const SAN_GONG: Record<string, "abroad" | "vehicle" | "reception"> = {
  "因公出国（境）费": "abroad",
  公务用车购置及运行维护费: "vehicle",
  公务接待费: "reception",
};

/** The category a chart label stands for; null when the label is not a known chart category. */
function resolve(label: string, s: Sources, years: readonly number[]): Category | null {
  for (const series of YEAR_SERIES) {
    const m = series.re.exec(label);
    if (!m) continue;
    const year = Number(m[1]);
    const current = inputYear(s.inputs) ?? Math.max(...years);
    if (year === current) return { label, what: series.currentWhat, expected: series.current(s) };
    if (year === current - 1) return { label, what: series.priorWhat, expected: amountOfInput(s, series.prior) };
    return null;
  }
  const income = T01_INCOME_CATEGORIES.map((k) => T01_INCOME[k]).find((n) => n === label);
  if (income) return { label, what: `公开01表“${income}”`, expected: t01(s, income) };
  const exp = EXPENDITURE_CATEGORIES.find((c) => c.name === label);
  if (exp) return { label, what: `公开03表“合计”${exp.name}`, expected: s.wb.tables.T03?.total?.values[exp.role] ?? null };
  const cls = /^([\u4e00-\u9fff]+)[（(]类[)）]支出$/.exec(label);
  if (cls) {
    const rows = s.wb.tables.T06?.rows.filter((r) => r.level === "class") ?? [];
    const base = cls[1]!;
    const row = rows.find((r) => shortClassName(r.name) === base) ?? rows.find((r) => base.startsWith(shortClassName(r.name)) && base.length <= shortClassName(r.name).length + 1);
    return row ? { label, what: `公开06表“${row.name}”`, expected: row.values.total ?? null } : null;
  }
  const sgm = /^(.+?)支出(?:决算)?$/.exec(label);
  const item = sgm ? SAN_GONG[sgm[1]!] : undefined;
  if (item) return { label, what: `公开10表${sgm![1]}决算数`, expected: sg(s, item) };
  return null;
}

export function checkChartData(lines: readonly TextLine[], s: Sources): TextFinding[] {
  const out: TextFinding[] = [];
  for (const block of blocks(lines, s)) out.push(...judge(block, s));
  return out;
}

/** Runs of consecutive lines whose every cell is a number or a known category label. */
function blocks(lines: readonly TextLine[], s: Sources): Token[][] {
  const years = lines.flatMap((l) => [...l.text.matchAll(/(\d{4})年度?(?:财政拨款)?(?:收、支总计|一般公共预算财政拨款支出)/g)].map((m) => Number(m[1])));
  const out: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (const line of lines) {
    const cells = line.text.split("\t").map((c) => c.trim()).filter((c) => c !== "");
    const chartLike = cells.length > 0 && cells.every((c) => NUMBER.test(c) || resolve(c, s, years) !== null);
    if (!chartLike) {
      flush();
      continue;
    }
    run.push(...cells.map((text) => ({ text, line })));
  }
  flush();
  return out;
}

/** Pairs labels with values (alternating, or all labels then all values) and compares them. */
function judge(tokens: readonly Token[], s: Sources): TextFinding[] {
  const isNum = (t: Token) => NUMBER.test(t.text);
  let pairs: [Token, Token][] = [];
  const alternating = tokens.length % 2 === 0 && tokens.every((t, i) => isNum(t) === (i % 2 === 1));
  const k = tokens.findIndex(isNum);
  if (alternating) {
    for (let i = 0; i < tokens.length; i += 2) pairs.push([tokens[i]!, tokens[i + 1]!]);
  } else if (k > 0 && tokens.length === 2 * k && tokens.slice(k).every(isNum)) {
    pairs = tokens.slice(0, k).map((t, i) => [t, tokens[k + i]!]);
  }
  if (pairs.length < 2) return [];
  const years = pairs.flatMap(([l]) => {
    const m = /^(\d{4})年/.exec(l.text);
    return m ? [Number(m[1])] : [];
  });
  const out: TextFinding[] = [];
  for (const [label, value] of pairs) {
    const cat = resolve(label.text, s, years);
    const micros = decimalToMicros(value.text, "万元");
    if (!cat?.expected || micros === null) continue;
    const decimals = value.text.split(".")[1]?.length ?? 0;
    const diff = Math.abs(micros - cat.expected.micros);
    // A chart cache may hold the unrounded value (0.17000000000000001); two decimals must tie.
    if (decimals <= 2 ? diff === 0 : 2 * diff <= 10_000) continue;
    const expected = formatAmount(cat.expected.micros);
    out.push({
      ruleId: "N-16",
      severity: "error",
      outcome: "inconsistent",
      message: `图表数据中“${label.text}”的数值为${value.text}，与${cat.what}（${expected}万元）不一致；图表应与正文和附表使用同一数值。`,
      section: value.line.section,
      line: value.line.line,
      excerpt: `${label.text}…${value.text}`,
      cells: cat.expected.ref ? [formatRef(cat.expected.ref)] : [],
      expected,
    });
  }
  return out;
}
