import { incomeRow } from "../tables/lookup";
import { T01_INCOME, T01_INCOME_CATEGORIES } from "../tables/labels";
import { defineChart, point, spec } from "./chart-spec";

/** 图2 收入决算结构图: the eight income categories of T01. */
const fig2 = defineChart({
  id: "fig2-income-structure",
  number: 2,
  title: "收入决算结构图",
  type: "pie",
  build(ctx) {
    const t = ctx.workbook.tables.T01;
    if (!t) return spec(this, ctx, [], [], "缺少公开01表");
    return spec(
      this,
      ctx,
      T01_INCOME_CATEGORIES.map((k) => point(T01_INCOME[k], incomeRow(t, T01_INCOME[k])?.values.amount)),
    );
  },
});
export default fig2;
