import type { Amount } from "../../amounts";
import { formatRef } from "../../cells";
import { compareSum, compareSums } from "../../rounding";
import { formatAmount } from "../format";
import { shortClassName } from "../sections/s05-general-budget";
import { parseStated } from "./checker";
import type { TextLine } from "./document";
import type { Sources } from "./sources";
import type { TextFinding } from "./types";

/**
 * Checks that look beyond 第二部分: figures disclosed a second time (N-09, e.g. the 附件's
 * 部门财政资金支出合计) and chart category labels (N-16, the embedded chart data).
 */
export function checkDocumentWide(lines: readonly TextLine[], s: Sources): TextFinding[] {
  return [...lines.flatMap((l) => chartLabels(l, s)), ...lines.flatMap((l) => fiscalSpending(l, s))];
}

/** "{短类名}（类）支出" labels must be written exactly so (N-16), wherever they stand. */
function chartLabels(line: TextLine, s: Sources): TextFinding[] {
  const classes = (s.wb.tables.T06?.rows ?? []).filter((r) => r.level === "class").map((r) => shortClassName(r.name));
  const out: TextFinding[] = [];
  for (const m of line.text.matchAll(/([\u4e00-\u9fff]+)[（(]类[)）]支出/g)) {
    const base = m[1]!;
    const name = classes.find((c) => base === c) ?? classes.find((c) => base.startsWith(c) && base.length <= c.length + 1);
    if (!name) continue;
    const expected = `${name}（类）支出`;
    if (m[0] === expected) continue;
    out.push({
      ruleId: "N-16",
      severity: "warning",
      outcome: "style",
      message: `图表类别名称“${m[0]}”应与正文一致，写作“${expected}”。`,
      section: line.section,
      line: line.line,
      excerpt: m[0],
      cells: [],
      expected,
    });
  }
  return out;
}

/**
 * "部门财政资金支出合计X万元，其中：…" restates T06.合计 + T11.合计 (N-09) and lists its own items;
 * both relations are judged as sums, so a 0.01 gap is a 尾差 shown as one cluster.
 */
function fiscalSpending(line: TextLine, s: Sources): TextFinding[] {
  if (line.inPart2) return [];
  const m = /财政资金支出合计([\d.]+)万元，其中：(.+?)。/.exec(line.text);
  if (!m) return [];
  const total = parseStated(m[1]!);
  if (!total) return [];
  const items = [...m[2]!.matchAll(/([\d.]+)万元/g)].map((x) => parseStated(x[1]!)).filter((a): a is Amount => a !== null);
  const results: string[] = [];
  let worst: "exact" | "rounding" | "inconsistent" = "exact";
  const note = (c: ReturnType<typeof compareSum>, what: string) => {
    if (c.outcome === "exact") return;
    if (c.outcome === "inconsistent" || worst === "exact") worst = c.outcome;
    results.push(`${what}为${formatAmount(c.right)}万元（差${formatAmount(Math.abs(c.gap))}万元，${c.outcome === "rounding" ? "尾差" : "不一致"}）`);
  };
  note(compareSum(total, items), "所列各项之和");
  const t06 = s.wb.tables.T06?.total?.values.total;
  const t11 = s.wb.tables.T11?.total?.values.expTotal;
  if (t06) note(compareSums([total], t11 ? [t06, t11] : [t06]), "公开06表与公开11表本年支出之和");
  if (worst === "exact") return [];
  return [
    {
      ruleId: "N-09",
      severity: worst === "inconsistent" ? "error" : "info",
      outcome: worst,
      message: `文中“财政资金支出合计${m[1]}万元”：${results.join("；")}。${worst === "rounding" ? "因四舍五入产生的尾差。" : ""}`,
      section: null,
      line: line.line,
      excerpt: `财政资金支出合计${m[1]}万元`,
      cells: [t06, t11].flatMap((a) => (a?.ref ? [formatRef(a.ref)] : [])),
      expected: null,
    },
  ];
}
