import { shortClassName } from "../tables/codes";
import { rowsAtLevel } from "../tables/lookup";
import { defineChart, point, spec } from "./chart-spec";

/** 图6 一般公共预算财政拨款支出决算结构: T06 class totals in code order, labelled 一般公共服务（类）支出. */
const fig6 = defineChart({
  id: "fig6-gpb-spending-structure",
  number: 6,
  title: "一般公共预算财政拨款支出决算结构",
  type: "pie",
  build(ctx) {
    const t = ctx.workbook.tables.T06;
    if (!t) return spec(this, ctx, [], [], "缺少公开06表");
    const classes = rowsAtLevel(t, "class").sort((a, b) => (a.code! < b.code! ? -1 : 1));
    return spec(this, ctx, classes.map((r) => point(`${shortClassName(r.name)}（类）支出`, r.values.total)));
  },
});
export default fig6;
