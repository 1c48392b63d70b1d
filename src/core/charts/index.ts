import type { Workbook } from "../tables/model";
import { DEFAULT_CHART_OPTIONS, type ChartDefinition, type ChartInputs, type ChartOptions, type ChartSpec } from "./chart-spec";
import fig1 from "./fig1-totals-change";
import fig2 from "./fig2-income-structure";
import fig3 from "./fig3-expenditure-structure";
import fig4 from "./fig4-fiscal-totals-change";
import fig5 from "./fig5-gpb-spending-change";
import fig6 from "./fig6-gpb-spending-structure";
import fig7 from "./fig7-sangong-structure";

export * from "./chart-spec";

/** 图1–图7 in order. */
export const CHARTS: readonly ChartDefinition[] = [fig1, fig2, fig3, fig4, fig5, fig6, fig7];

export function buildCharts(workbook: Workbook, inputs: ChartInputs, options: Partial<ChartOptions> = {}): ChartSpec[] {
  const ctx = { workbook, inputs, options: { ...DEFAULT_CHART_OPTIONS, ...options } };
  return CHARTS.map((c) => c.build(ctx));
}
