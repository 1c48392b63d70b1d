import { expenditureRow, incomeRow } from "../tables/lookup";
import { T04_INCOME } from "../tables/labels";
import { defineChart } from "./chart-spec";
import { yoyChart } from "./yoy-chart";

/** 图4 财政拨款收、支决算总计变动情况: last year's and this year's T04 总计. */
const fig4 = defineChart({
  id: "fig4-fiscal-totals-change",
  number: 4,
  title: "财政拨款收、支决算总计变动情况",
  type: "columnClustered",
  build(ctx) {
    const t = ctx.workbook.tables.T04;
    const row = t ? (incomeRow(t, T04_INCOME.grandTotal) ?? expenditureRow(t, "总计")) : undefined;
    const total = row ? (row.values.amount ?? row.values.total ?? null) : null;
    return yoyChart(this, ctx, { prior: "年财政拨款收、支总计", current: "年财政拨款收、支总计" }, { amount: ctx.inputs.priorT04Total, input: "上年财政拨款收支总计" }, total, t ? null : "缺少公开04表");
  },
});
export default fig4;
