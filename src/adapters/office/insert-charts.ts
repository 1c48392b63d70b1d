/**
 * 图1–图7 → native Excel charts on a 图表 sheet of ours. Two syncs whatever the number of charts:
 * discovery, then one batch that replaces our 图表 sheet, writes one contiguous data block in
 * A:B (per chart: a caption row, a header row, the points) and adds each chart on its part of the
 * block, with an explicit seriesBy (Excel's "Auto" guesses from the block's shape and turns a
 * two-point column chart sideways), the Chinese caption as title, value labels on columns,
 * percentages on pies, in a two-column grid to the right of the data.
 * Re-running replaces our 图表 sheet and the charts on it — never a chart on a user's sheet.
 */
import { loadWorkbookState, replaceOwnSheet, targetSheetName } from "./own-sheets";
import { assertWorkbookWritable } from "./workbook-guard";
import { runExcel } from "./run";
import { safeText } from "./text";
import { columnLetters } from "../../core/cells";

/** What is used of a core ChartSpec (src/core/charts/chart-spec.ts). */
export interface ChartSpecInput {
  readonly number: number;
  readonly title: string;
  readonly caption: string;
  readonly type: "columnClustered" | "pie";
  readonly seriesName: string;
  readonly points: readonly { readonly category: string; readonly value: number }[];
  readonly missing: readonly string[];
  readonly unavailable: string | null;
}

export interface InsertChartsOptions {
  /** Chart numbers to insert (插入所选); all when absent. */
  readonly only?: readonly number[];
}

export interface InsertChartsResult {
  /** null when nothing could be drawn (the workbook was left as it was). */
  readonly sheetName: string | null;
  readonly inserted: readonly { readonly number: number; readonly caption: string; readonly missing: readonly string[] }[];
  readonly skipped: readonly { readonly number: number; readonly caption: string; readonly reason: string }[];
  readonly notice: string | null;
}

const DATA_COLUMNS = 2;
/** Grid: charts from column D, each 8 columns × 18 rows, one column and two rows apart. */
const GRID = { left: 3, width: 8, height: 18, gapCols: 1, gapRows: 2, perRow: 2 } as const;
const AMOUNT_FORMAT = "#,##0.00";

export function insertCharts(specs: readonly ChartSpecInput[], options: InsertChartsOptions = {}): Promise<InsertChartsResult> {
  const wanted = specs.filter((s) => !options.only || options.only.includes(s.number));
  const skipped = wanted.flatMap((s) => {
    const reason = s.unavailable ?? (s.points.length === 0 ? "没有可绘制的数据（各项均为零）" : null);
    return reason ? [{ number: s.number, caption: s.caption, reason }] : [];
  });
  const drawn = wanted.filter((s) => !skipped.some((k) => k.number === s.number));
  if (drawn.length === 0) return Promise.resolve({ sheetName: null, inserted: [], skipped, notice: null });

  return runExcel(async (context) => {
    const readState = loadWorkbookState(context, { writing: true });
    await context.sync();
    const state = readState();
    assertWorkbookWritable(state.workbook, "插入图表", targetSheetName("charts", state));

    const { sheet, name, notice } = replaceOwnSheet(context, "charts", state);
    const values: (string | number)[][] = [];
    const formats: string[][] = [];
    const blocks = drawn.map((spec) => {
      values.push([safeText(spec.caption), ""], [safeText("项目"), safeText(spec.seriesName)]);
      formats.push(["General", "General"], ["General", "General"]);
      const headerRow = values.length - 1;
      for (const p of spec.points) {
        values.push([safeText(p.category), p.value]);
        formats.push(["General", AMOUNT_FORMAT]);
      }
      return { spec, captionRow: headerRow - 1, headerRow, rows: spec.points.length + 1 };
    });
    const block = sheet.getRangeByIndexes(0, 0, values.length, DATA_COLUMNS);
    block.numberFormat = formats;
    block.values = values;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 150;
    sheet.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 90;

    blocks.forEach(({ spec, captionRow, headerRow, rows }, i) => {
      sheet.getRangeByIndexes(captionRow, 0, 1, 1).format.font.bold = true;
      const source = sheet.getRangeByIndexes(headerRow, 0, rows, DATA_COLUMNS);
      const pie = spec.type === "pie";
      const chart = sheet.charts.add(pie ? Excel.ChartType.pie : Excel.ChartType.columnClustered, source, Excel.ChartSeriesBy.columns);
      chart.name = `图${spec.number}`;
      chart.title.text = spec.caption;
      if (pie) {
        chart.dataLabels.showPercentage = true;
        chart.dataLabels.showValue = false;
      } else {
        chart.dataLabels.showValue = true;
        // One series: its legend would only repeat 金额（万元）.
        chart.legend.visible = false;
      }
      const top = Math.floor(i / GRID.perRow) * (GRID.height + GRID.gapRows);
      const left = GRID.left + (i % GRID.perRow) * (GRID.width + GRID.gapCols);
      chart.setPosition(`${columnLetters(left)}${top + 1}`, `${columnLetters(left + GRID.width - 1)}${top + GRID.height}`);
    });
    sheet.activate();
    await context.sync();
    return {
      sheetName: name,
      inserted: drawn.map((s) => ({ number: s.number, caption: s.caption, missing: [...s.missing] })),
      skipped,
      notice,
    };
  });
}
