import type { AmountRole } from "../tables/model";
import { absentFigure, codedTotalFigure, codeFigureOrZero, crossEqual, DOMAIN_ZH, hasColumn, isEmptyTable, notAssessed, pairCodeRows } from "./cross-helpers";
import { ROLE_ZH } from "./describe";
import { totalRowFigure } from "./figures";
import { defineRule } from "./rule";

const ROLES: readonly AmountRole[] = ["total", "basic", "project"];

export default defineRule({
  id: "X-11",
  name: "x-11-t07-vs-t06",
  title: {
    zh: "一般公共预算财政拨款支出决算明细表合计行应等于一般公共预算财政拨款支出决算表合计行（合计、基本支出、项目支出）；功能×经济矩阵式明细表逐科目合计亦应一致（派生）",
    en: "T07 total row equals T06 total row (total, basic, project); a function × economic matrix T07 also per code (derived)",
  },
  severity: "error",
  tables: ["T06", "T07"],
  check(ctx) {
    const t06 = ctx.tables.T06;
    const t07 = ctx.tables.T07;
    const empty = isEmptyTable(t07);
    const matrix = t07.domain === "functional" && (t07.breakdowns ?? []).some((b) => b.kind === "economic");
    if (!empty && matrix && hasColumn(t07, "total")) {
      // A 功能 × 经济 matrix lists T06's rows with their economic split: its 合计 column is T06's
      // 合计 column, row by row [D; issue 13]. 项 rows are leaves shown twice: exact (rules.md §5.2).
      if (isEmptyTable(t06)) return crossEqual(ctx, "sum", totalRowFigure(t07, "total"), codedTotalFigure(t06, "total"));
      return [
        ...crossEqual(ctx, "sum", totalRowFigure(t07, "total"), codedTotalFigure(t06, "total")),
        ...pairCodeRows(t07, t06).flatMap((p) =>
          crossEqual(ctx, p.code.length === 7 ? "tie" : "sum", codeFigureOrZero(t07, p.code, p.a, "total", p.name), codeFigureOrZero(t06, p.code, p.b, "total", p.name), { roundingGroup: "X-11:rounding" }),
        ),
      ];
    }
    if (!empty && t07.domain !== "economic") {
      const why = t07.domain === "unknown" ? "的行未能识别为经济分类" : `按${DOMAIN_ZH[t07.domain]}列示（非按经济分类）`;
      return [notAssessed(ctx, t07, why, "合计行与公开06表的对应关系（X-11）")];
    }
    if (!empty && !t07.total) return [notAssessed(ctx, t07, "没有合计行", "合计行与公开06表的对应关系（X-11）")];
    return ROLES.filter((r) => empty || hasColumn(t07, r)).flatMap((r) => {
      // An empty T07 (no rows) reads 0 against T06.
      const a = t07.total ? totalRowFigure(t07, r) : absentFigure("T07", `合计行 ${ROLE_ZH[r]}`, t07.titleRef, t07.total ? "本表无此行" : "本表无数据");
      return crossEqual(ctx, "sum", a, codedTotalFigure(t06, r));
    });
  },
});
