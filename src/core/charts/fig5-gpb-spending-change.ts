import { defineChart } from "./chart-spec";
import { yoyChart } from "./yoy-chart";

/** 图5 一般公共预算财政拨款支出决算变动情况: last year's and this year's T06 合计. */
const fig5 = defineChart({
  id: "fig5-gpb-spending-change",
  number: 5,
  title: "一般公共预算财政拨款支出决算变动情况",
  type: "columnClustered",
  build(ctx) {
    const t = ctx.workbook.tables.T06;
    return yoyChart(
      this,
      ctx,
      { prior: "年一般公共预算财政拨款支出", current: "年一般公共预算财政拨款支出" },
      { amount: ctx.inputs.priorT06Total, input: "上年一般公共预算财政拨款支出" },
      t?.total?.values.total ?? null,
      t ? null : "缺少公开06表",
    );
  },
});
export default fig5;
