import type { AmountRole } from "../tables/model";
import { absentFigure, codedTotalFigure, crossEqual, hasColumn, isEmptyTable, notAssessed } from "./cross-helpers";
import { totalRowFigure } from "./figures";
import { defineRule } from "./rule";

/** T09's layout is unverified: its one amount column may be headed 项目支出, 合计, 金额 or 决算数. */
const T09_ROLES: readonly AmountRole[] = ["project", "total", "amount", "actual"];

export default defineRule({
  id: "X-13",
  name: "x-13-t06-project-vs-t09",
  title: { zh: "一般公共预算财政拨款支出决算表合计行项目支出应等于项目支出决算表合计", en: "T06 total project expenditure equals T09 total" },
  severity: "error",
  tables: ["T06", "T09"],
  check(ctx) {
    const t06 = ctx.tables.T06;
    const t09 = ctx.tables.T09;
    const empty = isEmptyTable(t09);
    if (!empty && t09.domain === "unknown") return [notAssessed(ctx, t09, "的行未能识别为功能分类或经济分类", "合计与公开06表项目支出的对应关系（X-13）")];
    const role = T09_ROLES.find((r) => hasColumn(t09, r));
    if (!role && !empty) return [notAssessed(ctx, t09, "未识别出金额列", "合计与公开06表项目支出的对应关系（X-13）")];
    if (!t09.total && !empty) return [notAssessed(ctx, t09, "没有合计行", "合计与公开06表项目支出的对应关系（X-13）")];
    const b = t09.total && role ? totalRowFigure(t09, role) : absentFigure("T09", "合计行", t09.titleRef, "本表无数据");
    return crossEqual(ctx, "sum", codedTotalFigure(t06, "project"), b);
  },
});
