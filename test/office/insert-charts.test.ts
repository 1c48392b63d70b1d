/** 图1–图7 as native charts, from the sample workbook's chart specs, in the in-memory Excel. */
import { insertCharts } from "../../src/adapters/office/insert-charts";
import type { ChartSpec } from "../../src/core/charts";
import { buildSheet, type FakeExcel, installFakeExcel } from "../helpers/fake-excel";
import { sampleSheets } from "../helpers/sample-workbooks";
import { analysisOf, resetCounters } from "./office-fixtures";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

async function sample(extra = [] as ReturnType<typeof buildSheet>[]): Promise<{ fake: FakeExcel; specs: ChartSpec[] }> {
  const sheets = await sampleSheets();
  const { charts } = analysisOf(sheets);
  fake = installFakeExcel([...sheets, ...extra]);
  return { fake, specs: charts };
}

describe("insertCharts", () => {
  it("inserts the seven charts with their types, titles, labels and explicit seriesBy in at most 3 syncs", async () => {
    const { fake, specs } = await sample();
    expect(specs).toHaveLength(7);
    const result = await insertCharts(specs);

    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(2);
    expect(fake.runCount).toBe(1);
    expect(result.sheetName).toBe("图表");
    expect(result.skipped).toEqual([]);
    const charts = fake.charts("图表");
    expect(charts).toHaveLength(7);
    expect(charts.map((c) => c.title)).toEqual(specs.map((s) => s.caption));
    expect(charts.map((c) => c.chartType)).toEqual(specs.map((s) => (s.type === "pie" ? "Pie" : "ColumnClustered")));
    expect(charts.every((c) => c.seriesBy === "Columns")).toBe(true);
    charts.forEach((chart, i) => {
      const spec = specs[i]!;
      expect(chart.name).toBe(`图${spec.number}`);
      expect(chart.series).toEqual([{ name: spec.seriesName, values: spec.points.map((p) => p.value) }]);
      expect(chart.categories).toEqual(spec.points.map((p) => p.category));
      expect(chart.dataLabels).toEqual(spec.type === "pie" ? { showValue: false, showPercentage: true } : { showValue: true, showPercentage: false });
      expect(chart.position).not.toBeNull();
    });
    // A grid: two charts a row, none overlapping.
    expect(charts.map((c) => c.position?.start)).toEqual(["D1", "M1", "D21", "M21", "D41", "M41", "D61"]);
    // One contiguous data block in A:B, a caption row above each chart's part.
    const block = fake.sheets().find((s) => s.name === "图表")!;
    expect(block.origin).toEqual({ row: 0, col: 0 });
    expect(block.values.every((row) => row[0] !== null)).toBe(true);
    expect(block.values[0]).toEqual([specs[0]!.caption, null]);
    expect(block.values[1]).toEqual(["项目", "金额（万元）"]);
  });

  it("a second run replaces our 图表 sheet and its charts and leaves the user's charts alone", async () => {
    const { fake, specs } = await sample([buildSheet("我的图", [["项目", "金额"], ["a", 1], ["b", 2]])]);
    const context = fake.newContext();
    const mine = context.workbook.worksheets.getItem("我的图");
    mine.charts.add("Line", mine.getRange("A1:B3"), "Columns").title.text = "我自己的图";
    await context.sync();
    resetCounters(fake);

    await insertCharts(specs);
    await insertCharts(specs);
    expect(fake.sheetList().filter((s) => s.name.startsWith("图表"))).toHaveLength(1);
    expect(fake.charts("图表")).toHaveLength(7);
    expect(fake.charts("我的图").map((c) => c.title)).toEqual(["我自己的图"]);
    expect(fake.charts()).toHaveLength(8);
    expect(fake.names().filter((n) => n.name === "_JueSuan_Own_Charts")).toHaveLength(1);
  });

  it("inserts only the selected charts, skips unavailable ones and reports them", async () => {
    const { fake, specs } = await sample();
    const broken = specs.map((s) => (s.number === 7 ? { ...s, unavailable: "缺少公开10表，无法绘制。" } : s));
    const result = await insertCharts(broken, { only: [2, 5, 7] });
    expect(result.inserted.map((c) => c.number)).toEqual([2, 5]);
    expect(result.skipped).toEqual([{ number: 7, caption: specs[6]!.caption, reason: "缺少公开10表，无法绘制。" }]);
    expect(fake.charts("图表").map((c) => c.name)).toEqual(["图2", "图5"]);
  });

  it("leaves the workbook alone when nothing can be drawn", async () => {
    const { fake, specs } = await sample();
    const result = await insertCharts(specs.map((s) => ({ ...s, unavailable: "无数据" })));
    expect(result.sheetName).toBeNull();
    expect(result.skipped).toHaveLength(7);
    expect(fake.syncCount).toBe(0);
  });

  it("keeps category text that looks like a formula as text", async () => {
    const { fake, specs } = await sample();
    const spec = { ...specs[1]!, points: specs[1]!.points.map((p, i) => (i === 0 ? { ...p, category: "-其他收入" } : p)) };
    await insertCharts([spec]);
    expect(fake.cell("图表", "A3")).toMatchObject({ value: "-其他收入", quotePrefix: true });
    expect(fake.charts("图表")[0]?.categories[0]).toBe("-其他收入");
  });
});
