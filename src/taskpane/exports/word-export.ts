/**
 * 导出 Word in the browser: the narrative as the pane shows it (same options), with the chart
 * placeholder lines that mark where 图1–图7 go, and the charts drawn on a canvas as pictures.
 * Loaded on demand (the docx library is a chunk of its own, not part of the pane's start).
 */
import { buildNarrativeDocx, type NarrativeDocxResult } from "../../adapters/docx/narrative-docx";
import { chartInputsOf, type Analysis } from "../../core/analyze";
import { buildCharts } from "../../core/charts";
import { generateNarrative } from "../../core/narrative";
import type { PaneSettings } from "../host/settings-store";
import { drawChartPng } from "../view/draw-chart";

export async function wordExport(analysis: Analysis, settings: PaneSettings): Promise<NarrativeDocxResult> {
  const { workbook, inputs } = analysis;
  const narrative = generateNarrative(workbook, inputs, {
    keepTrailingZeros: settings.keepTrailingZeros,
    listZeroCategories: settings.listZeroCategories,
    chartPlaceholderLines: true,
  });
  const charts = buildCharts(workbook, chartInputsOf(inputs, workbook), { zeroSlices: settings.chartZeroSlices });
  return buildNarrativeDocx({ paragraphs: narrative.paragraphs, charts, drawChart: drawChartPng, title: "情况说明" });
}
