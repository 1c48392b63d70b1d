import type { CodeRow } from "../tables/model";
import { absentFigure, crossEqual, dataRows, hasColumn, isEmptyTable, notAssessed, DOMAIN_ZH } from "./cross-helpers";
import { codeRowLabel } from "./describe";
import { codeRowFigure, t08Rows, type Figure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-14",
  name: "x-14-t07-basic-vs-t08",
  title: { zh: "一般公共预算财政拨款支出决算明细表各经济分类科目基本支出应等于基本支出决算表同编码科目", en: "T07 economic rows, basic column, equal the T08 rows of the same code" },
  severity: "error",
  tables: ["T07", "T08"],
  check(ctx) {
    const t07 = ctx.tables.T07;
    const t08 = ctx.tables.T08;
    // An empty T07 is X-11's finding (its 合计 against T06); nothing to pair here.
    if (isEmptyTable(t07)) return [];
    if (t07.domain !== "economic") {
      const matrix = (t07.breakdowns ?? []).some((b) => b.kind === "economic");
      const why = matrix ? "为功能分类×经济分类矩阵，未分基本支出、项目支出" : t07.domain === "unknown" ? "的行未能识别为经济分类" : `按${DOMAIN_ZH[t07.domain]}列示（非按经济分类）`;
      return [notAssessed(ctx, t07, why, "各经济分类科目与公开08表的对应关系（X-14）")];
    }
    if (!hasColumn(t07, "basic")) return [notAssessed(ctx, t07, "未识别出基本支出栏", "与公开08表的对应关系（X-14）")];

    const a07 = new Map<string, CodeRow>();
    for (const r of dataRows(t07)) if (!a07.has(r.code!)) a07.set(r.code!, r);
    const a08 = new Map<string, CodeRow>();
    for (const { row } of t08Rows(t08)) if (row.code && !a08.has(row.code)) a08.set(row.code, row);
    const f07 = (r: CodeRow): Figure | null => codeRowFigure(t07, r, "basic");
    const f08 = (r: CodeRow): Figure | null => {
      const a = r.values.amount;
      return a ? { amount: a, table: "T08", label: codeRowLabel(r), ref: a.ref ?? r.ref } : null;
    };
    const sectionsOf = (m: Map<string, CodeRow>, cls: string): CodeRow[] => [...m.values()].filter((r) => r.code!.length === 5 && r.code!.startsWith(cls));

    const codes = [...new Set([...a07.keys(), ...a08.keys()])].sort();
    const out: Finding[] = [];
    for (const code of codes) {
      const r07 = a07.get(code);
      const r08 = a08.get(code);
      const name = r07?.name || r08?.name || "";
      if (code.length === 5) {
        // An economic 款 item is a leaf: T07's basic and T08's figure are one rounding of one amount.
        const left = r07 ? f07(r07) : absentFigure("T07", `${code} ${name} 基本支出`);
        const right = r08 ? f08(r08) : absentFigure("T08", `${code} ${name}`);
        out.push(...crossEqual(ctx, "tie", left, right));
      } else if (code.length === 3 && (r07 || r08)) {
        // A class row is a total. If one table lists only the 款 rows, compare with their sum.
        const left = r07 ? [f07(r07)] : sectionsOf(a07, code).map(f07);
        const right = r08 ? [f08(r08)] : sectionsOf(a08, code).map(f08);
        if (!r07 && left.length === 0) left.push(absentFigure("T07", `${code} ${name} 基本支出`));
        if (!r08 && right.length === 0) right.push(absentFigure("T08", `${code} ${name}`));
        out.push(...crossEqual(ctx, "sum", left, right, { subject: `${code} 类`, roundingGroup: "X-14:rounding" }));
      }
    }
    return out;
  },
});
