import { expenditureRow, incomeRow } from "../tables/lookup";
import { T01_INCOME } from "../tables/labels";
import { defineChart } from "./chart-spec";
import { yoyChart } from "./yoy-chart";

/** 图1 收、支决算总计变动情况图: last year's and this year's T01 总计. */
const fig1 = defineChart({
  id: "fig1-totals-change",
  number: 1,
  title: "收、支决算总计变动情况图",
  type: "columnClustered",
  build(ctx) {
    const t = ctx.workbook.tables.T01;
    const total = t ? (incomeRow(t, T01_INCOME.grandTotal) ?? expenditureRow(t, "总计"))?.values.amount ?? null : null;
    return yoyChart(this, ctx, { prior: "年度收、支总计", current: "年度收、支总计" }, { amount: ctx.inputs.priorT01Total, input: "上年收支总计" }, total, t ? null : "缺少公开01表");
  },
});
export default fig1;
