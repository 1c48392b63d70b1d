import type { Amount } from "../../amounts";
import { formatScaled, parsePercentText } from "../../rounding";
import { T01_INCOME, T01_INCOME_CATEGORIES } from "../../tables/labels";
import { EXPENDITURE_CATEGORIES } from "../sections/s03-expenditure";
import { shortClassName } from "../sections/s05-general-budget";
import type { TextLine } from "./document";
import type { Topic } from "./outline";
import { around } from "./hygiene";
import { sg, t01, type Sources } from "./sources";
import type { TextFinding } from "./types";

/**
 * N-03: the shares listed in one paragraph add up to 100 within rounding, |Σp − 100| ≤ 0.005·k
 * for k listed non-zero shares (rules.md §4.1, §6.5). Only a list that covers every non-zero
 * category of its table is a partition; a list that leaves one out (or a table that is missing,
 * so that coverage cannot be known) is not judged. Each share's own value is N-02's business.
 */
interface ShareList {
  /** The topic of the section the paragraph stands in (二, 三, 五（二）, 七（二） in 四川's numbering). */
  readonly topic: Topic;
  /** One match per listed item: [1] its name, [2] the percentage. */
  readonly items: RegExp;
  readonly what: string;
  /** The non-zero categories of the table, or null when the table is not there (n/a). */
  readonly categories: (s: Sources) => { readonly name: string; readonly amount: Amount | null }[] | null;
  /** The category a listed name stands for. */
  readonly resolve: (name: string) => string;
}

const LISTS: readonly ShareList[] = [
  {
    topic: "income",
    items: /(?:：|；)([^：；，。]+?)[\d.]+万元，占([\d.]+)%/g,
    what: "收入结构",
    categories: (s) => (s.wb.tables.T01 ? T01_INCOME_CATEGORIES.map((k) => ({ name: T01_INCOME[k], amount: t01(s, T01_INCOME[k]) })) : null),
    resolve: (name) => name,
  },
  {
    topic: "expenditure",
    items: /(?:：|；)([^：；，。]+?)[\d.]+万元，占([\d.]+)%/g,
    what: "支出结构",
    categories: (s) => {
      const v = s.wb.tables.T03?.total?.values;
      return v ? EXPENDITURE_CATEGORIES.map((c) => ({ name: c.name, amount: v[c.role] ?? null })) : null;
    },
    resolve: (name) => name,
  },
  {
    topic: "gpb.structure",
    // "一般公共服务（类）支出" (四川) or "一般公共服务支出（类）" (上海/中央).
    items: /([^：；，。]+?)（类）(?:支出)?[\d.]+万元，占([\d.]+)%/g,
    what: "一般公共预算财政拨款支出结构",
    categories: (s) => {
      const t06 = s.wb.tables.T06;
      return t06 ? t06.rows.filter((r) => r.level === "class").map((r) => ({ name: shortClassName(r.name), amount: r.values.total ?? null })) : null;
    },
    resolve: (name) => shortClassName(name),
  },
  {
    topic: "sangong.detail",
    items: /(因公出国（境）费|公务用车购置及运行维护费|公务接待费)支出决算[\d.]+万元，占([\d.]+)%/g,
    what: "“三公”经费支出结构",
    categories: (s) =>
      s.wb.tables.T10
        ? [
            { name: "因公出国（境）费", amount: sg(s, "abroad") },
            { name: "公务用车购置及运行维护费", amount: sg(s, "vehicle") },
            { name: "公务接待费", amount: sg(s, "reception") },
          ]
        : null,
    resolve: (name) => name,
  },
];

export function checkShareSums(lines: readonly TextLine[], s: Sources): TextFinding[] {
  const out: TextFinding[] = [];
  for (const line of lines) {
    if (!line.inPart2 || line.heading || !line.section) continue;
    const list = LISTS.find((l) => l.topic === line.topic);
    if (!list) continue;
    const f = judge(line, list, s);
    if (f) out.push(f);
  }
  return out;
}

function judge(line: TextLine, list: ShareList, s: Sources): TextFinding | null {
  const matches = [...line.text.matchAll(list.items)];
  if (matches.length < 2) return null;
  const categories = list.categories(s);
  if (!categories) return null;
  const listed = new Set(matches.map((m) => list.resolve(m[1]!.trim())));
  const nonZero = categories.filter((c) => c.amount !== null && c.amount.micros !== 0);
  if (nonZero.length === 0 || nonZero.some((c) => !listed.has(c.name))) return null;

  const shares = matches.flatMap((m) => {
    const p = parsePercentText(m[2]!);
    return p && p.scaled !== 0n ? [{ text: `${m[2]}%`, ...p }] : [];
  });
  if (shares.length === 0) return null;
  // Exact integer arithmetic at the finest precision written (at least 2 decimals).
  const d = Math.max(2, ...shares.map((p) => p.decimals));
  const scale = (p: { scaled: bigint; decimals: number }) => p.scaled * 10n ** BigInt(d - p.decimals);
  const sum = shares.reduce((acc, p) => acc + scale(p), 0n);
  const hundred = 100n * 10n ** BigInt(d);
  const gap = sum - hundred;
  const absGap = gap < 0n ? -gap : gap;
  // Twice the bound, in units of 10^-d: each share read as a trimmed 2-decimal value (R2)
  // stands for ±0.005; read with the precision it shows (Rk), for ±½·10^-decimals.
  const twiceR2 = BigInt(shares.length) * 10n ** BigInt(d - 2);
  const twiceRk = shares.reduce((acc, p) => acc + 10n ** BigInt(d - Math.min(p.decimals, 2)), 0n);
  if (2n * absGap <= twiceR2) return null;

  const k = shares.length;
  const sumText = `${trim(formatScaled(sum, d))}%`;
  const bound = formatScaled(twiceR2 * 5n, d + 1);
  const onlyRk = 2n * absGap <= twiceRk;
  const first = matches[0]!;
  return {
    ruleId: "N-03",
    severity: onlyRk ? "info" : "warning",
    outcome: onlyRk ? "rounding" : "inconsistent",
    message: onlyRk
      ? `${list.what}所列${k}项非零占比之和为${sumText}，按两位小数读与100%相差超过${bound}个百分点；仅当按所写精度（${shares.map((p) => p.text).join("、")}）理解时可由四舍五入解释，建议各占比保留两位小数。`
      : `${list.what}所列${k}项非零占比（${shares.map((p) => p.text).join("、")}）之和为${sumText}，与100%相差${trim(formatScaled(absGap, d))}个百分点，超过四舍五入可解释的${bound}个百分点（0.005×${k}），请核对各占比。`,
    section: line.section,
    line: line.line,
    excerpt: around(line.text, first.index!, 20),
    cells: [],
    expected: "100%",
  };
}

function trim(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}
