import type { AmountRole } from "../tables/model";
import { defineChart, point, spec } from "./chart-spec";

const CATEGORIES: readonly (readonly [AmountRole, string])[] = [
  ["basic", "基本支出"],
  ["project", "项目支出"],
  ["toSuperior", "上缴上级支出"],
  ["operatingExp", "经营支出"],
  ["toAffiliated", "对附属单位补助支出"],
];

/** 图3 支出决算结构图: T03 合计 by kind of spending. */
const fig3 = defineChart({
  id: "fig3-expenditure-structure",
  number: 3,
  title: "支出决算结构图",
  type: "pie",
  build(ctx) {
    const total = ctx.workbook.tables.T03?.total;
    if (!total) return spec(this, ctx, [], [], "缺少公开03表的合计行");
    return spec(this, ctx, CATEGORIES.map(([role, name]) => point(name, total.values[role])));
  },
});
export default fig3;
