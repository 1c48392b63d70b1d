import type { AmountRole } from "../tables/model";
import { absentFigure, codedTotalFigure, crossEqual, DOMAIN_ZH, hasColumn, isEmptyTable, notAssessed } from "./cross-helpers";
import { ROLE_ZH } from "./describe";
import { totalRowFigure } from "./figures";
import { defineRule } from "./rule";

const ROLES: readonly AmountRole[] = ["total", "basic", "project"];

export default defineRule({
  id: "X-11",
  name: "x-11-t07-vs-t06",
  title: { zh: "一般公共预算财政拨款支出决算明细表合计行应等于一般公共预算财政拨款支出决算表合计行（合计、基本支出、项目支出）", en: "T07 total row equals T06 total row (total, basic, project)" },
  severity: "error",
  tables: ["T06", "T07"],
  check(ctx) {
    const t06 = ctx.tables.T06;
    const t07 = ctx.tables.T07;
    const empty = isEmptyTable(t07);
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
