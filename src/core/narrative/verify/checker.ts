import { wan, type Amount } from "../../amounts";
import { formatRef } from "../../cells";
import { checkPercent, compareSums, minus, type PercentKind, type Term } from "../../rounding";
import { formatAmount } from "../format";
import type { TextLine } from "./document";
import type { TextFinding } from "./types";

/**
 * Judging one statement of the text against its source figure, with the rounding module
 * (rules.md §5): amounts restating a cell must equal it; derived amounts (Δ) and percentages
 * use the interval semantics, so a 尾差 is info and only 不一致 is an error.
 */
export class StatementChecker {
  readonly findings: TextFinding[] = [];

  constructor(readonly line: TextLine) {}

  private push(f: Omit<TextFinding, "section" | "line">): void {
    this.findings.push({ ...f, section: this.line.section, line: this.line.line });
  }

  private static cells(...amounts: (Amount | null | undefined)[]): string[] {
    return amounts.flatMap((a) => (a?.ref ? [formatRef(a.ref)] : []));
  }

  /** "3850.87万元" restating one figure (N-01 and the section binding `ruleId`). */
  amount(ruleId: string, stated: string, source: Amount | null | undefined, label: string): void {
    if (!source) return; // n/a: the figure is not in the workbook or the inputs
    const s = parseStated(stated);
    if (s === null || s.micros === source.micros) return;
    const expected = `${formatAmount(source.micros)}万元`;
    this.push({
      ruleId,
      severity: "error",
      outcome: "inconsistent",
      message: `文中“${stated}万元”与${label}（${expected}）不一致，应使用表中数值。`,
      excerpt: `${stated}万元`,
      cells: StatementChecker.cells(source),
      expected,
    });
  }

  /** A derived amount such as Δ = 本年 − 上年, judged as a sum (§5.2). */
  derived(ruleId: string, stated: string, terms: readonly Term[], label: string, cells: (Amount | null | undefined)[]): void {
    const s = parseStated(stated);
    if (s === null) return;
    const c = compareSums([s], terms);
    if (c.outcome === "exact") return;
    const expected = `${formatAmount(Math.abs(c.right))}万元`;
    this.push({
      ruleId,
      severity: c.outcome === "inconsistent" ? "error" : "info",
      outcome: c.outcome,
      message: `文中“${stated}万元”与${label}（${expected}）${c.outcome === "inconsistent" ? "不一致" : "存在因四舍五入产生的尾差"}。`,
      excerpt: `${stated}万元`,
      cells: StatementChecker.cells(...cells),
      expected,
    });
  }

  /** A share, growth or completion percentage (N-02, §5.6); a zero base is N-06/N-07. */
  percent(stated: string, kind: PercentKind, a: Amount | null | undefined, b: Amount | null | undefined, label: string): void {
    if (!a || !b) return;
    const check = checkPercent({ text: stated }, kind, a, b);
    if (check.outcome === "exact" || check.outcome === "unreadable") return;
    const cells = StatementChecker.cells(a, b);
    if (check.outcome === "undefined") {
      const completion = kind === "completion";
      this.push({
        ruleId: completion ? "N-07" : "N-06",
        severity: "error",
        outcome: "inconsistent",
        message: completion
          ? `${label.replace(/的完成率$/, "")}的预算数为0，不能计算完成率，不应写“完成预算${stated}%”，应写“未安排预算”。`
          : `${label}的上年数为0，不应写增长率“${stated}%”。`,
        excerpt: `${stated}%`,
        cells,
        expected: completion ? "未安排预算" : null,
      });
      return;
    }
    const expected = `${trim(check.expected2!)}%`;
    this.push({
      ruleId: "N-02",
      severity: check.outcome === "inconsistent" ? "error" : "info",
      outcome: check.outcome,
      message:
        check.outcome === "inconsistent"
          ? `文中${label}“${stated}%”与表中数据计算结果（${expected}）不一致。`
          : `文中${label}“${stated}%”与计算结果（${expected}）存在因四舍五入产生的尾差。`,
      excerpt: `${stated}%`,
      cells,
      expected,
    });
  }

  /** 增加/减少 and 增长/下降 against the sign of 本年 − 上年 (N-04), and the zero base (N-06). */
  direction(amountWord: string, rateWord: string | null, cur: Amount, prior: Amount, label: string, excerpt: string): boolean {
    const sign = Math.sign(cur.micros - prior.micros);
    const want = sign > 0 ? ["增加", "增长"] : sign < 0 ? ["减少", "下降"] : null;
    const cells = StatementChecker.cells(cur, prior);
    if (!want) {
      this.push({ ruleId: "N-04", severity: "error", outcome: "inconsistent", message: `${label}与上年相同，应写“持平”，不应写“${amountWord}”。`, excerpt, cells, expected: "持平" });
      return false;
    }
    if (amountWord !== want[0] || (rateWord !== null && rateWord !== want[1])) {
      this.push({
        ruleId: "N-04",
        severity: "error",
        outcome: "inconsistent",
        message: `${label}本年${sign > 0 ? "高于" : "低于"}上年，方向词应为“${want[0]}…${want[1]}”。`,
        excerpt,
        cells,
        expected: `${want[0]}…${want[1]}`,
      });
      return false;
    }
    return true;
  }

  /** A YoY statement "增加X万元，增长P%" against 本年 and 上年 (N-01, N-02, N-04, N-06). */
  yoy(m: { amountWord: string; delta: string; rateWord: string | null; rate: string | null; excerpt: string }, cur: Amount | null | undefined, prior: Amount | null | undefined, label: string): void {
    if (!cur || !prior) return;
    if (!this.direction(m.amountWord, m.rateWord, cur, prior, label, m.excerpt)) return;
    const up = cur.micros > prior.micros;
    this.derived("N-01", m.delta, up ? [cur, minus(prior)] : [prior, minus(cur)], `${label}的增减额`, [cur, prior]);
    if (m.rate !== null) this.percent(m.rate, up ? "growth" : "decline", cur, prior, `${label}的${up ? "增长" : "下降"}率`);
  }

  other(f: Omit<TextFinding, "section" | "line">): void {
    this.push(f);
  }
}

/** A stated amount read as its 2-decimal value ("689.9" = 689.90, N-01). */
export function parseStated(text: string): Amount | null {
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  return wan(text);
}

function trim(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** A YoY statement: "与2020年相比，…各减少689.9万元，下降15.19%" or "…比2020年增加1.48万元，增长3.04%". */
export function matchYoy(text: string): { amountWord: string; delta: string; rateWord: string | null; rate: string | null; excerpt: string } | null {
  const m = /(增加|减少)([\d.]+)万元(?:[，,](增长|下降)([\d.]+)%)?/.exec(text);
  if (!m || !/(比|与)\d{4}年/.test(text.slice(0, m.index))) return null;
  return { amountWord: m[1]!, delta: m[2]!, rateWord: m[3] ?? null, rate: m[4] ?? null, excerpt: m[0] };
}
