import { defineChart, point, spec } from "./chart-spec";

/** 图7 “三公”经费财政拨款支出结构: T10 决算数 of the three items. */
const fig7 = defineChart({
  id: "fig7-sangong-structure",
  number: 7,
  title: "“三公”经费财政拨款支出结构",
  type: "pie",
  build(ctx) {
    const t = ctx.workbook.tables.T10;
    if (!t) return spec(this, ctx, [], [], "缺少公开10表");
    return spec(this, ctx, [
      point("因公出国（境）费支出决算", t.items.abroad?.actual),
      point("公务用车购置及运行维护费支出决算", t.items.vehicle?.actual),
      point("公务接待费支出决算", t.items.reception?.actual),
    ]);
  },
});
export default fig7;
