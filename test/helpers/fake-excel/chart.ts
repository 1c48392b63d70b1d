import type { RawValue } from "../../../src/core/raw-sheet";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeRange } from "./range";
import { areaA1, areaAddress, forEachCell, getCell, parseArea, type ChartSeriesState, type ChartState, type SheetState } from "./state";

/** A chart together with the sheet it lives on (log entries name both). */
export interface ChartTarget {
  readonly sheet: SheetState;
  readonly chart: ChartState;
}

/**
 * Series from a data block, the way Excel reads a block with a header row and a category
 * column: seriesBy "Columns" → one series per column after the first, named by the header
 * row; "Rows" → the transpose. "Auto" picks Columns unless the block is wider than tall,
 * which is what Excel does for such blocks — code under test should not rely on it.
 */
export function seriesFromBlock(values: RawValue[][], seriesBy: string): { categories: RawValue[]; series: ChartSeriesState[] } {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && width > values.length);
  const grid = byRows ? Array.from({ length: width }, (_, c) => values.map((row) => row[c] ?? null)) : values;
  const [header = [], ...body] = grid;
  const columns = grid.reduce((w, r) => Math.max(w, r.length), 0);
  const series: ChartSeriesState[] = [];
  for (let c = 1; c < columns; c++) {
    series.push({ name: String(header[c] ?? `系列${c}`), values: body.map((row) => row[c] ?? null) });
  }
  return { categories: body.map((row) => row[0] ?? null), series };
}

export class FakeChartCollection extends FakeCollection<ChartTarget, FakeChart> {
  constructor(
    context: FakeRequestContext,
    private readonly sheetResolver: () => SheetState | null,
  ) {
    super(context, "ChartCollection", () => {
      const sheet = sheetResolver();
      return sheet ? sheet.charts.filter((c) => !c.deleted).map((chart) => ({ sheet, chart })) : null;
    });
  }

  protected itemFor(target: ChartTarget): FakeChart {
    return new FakeChart(this.context, () => target);
  }

  /** Like Excel: the chart is created at sync from the data the range holds at that moment. */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    if (!(sourceData instanceof FakeRange)) throw invalidArgument("sourceData must be a Range of this context", "ChartCollection.add");
    let created: ChartTarget | null = null;
    this.context.enqueue("ChartCollection.add", () => {
      const sheet = this.sheetResolver();
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "The worksheet does not exist.", "ChartCollection.add");
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "Cannot add a chart to a protected sheet.", "ChartCollection.add");
      if (!type) throw invalidArgument("chart type is required", "ChartCollection.add");
      const source = sourceData.require("ChartCollection.add");
      const values: RawValue[][] = [];
      forEachCell(source.area, (row, col, r) => (values[r] ??= []).push(getCell(source.sheet, row, col)?.value ?? null));
      const { categories, series } = seriesFromBlock(values, seriesBy);
      if (series.length === 0) throw new FakeOfficeError("EmptyChartSeries", "The chart has no series.", "ChartCollection.add");
      const id = this.context.host.doc.newChartId();
      const chart: ChartState = {
        id,
        name: `Chart ${id}`,
        chartType: type,
        seriesBy,
        sourceAddress: areaAddress(source.sheet, source.area),
        categories,
        series,
        title: "",
        position: null,
        dataLabels: { showValue: false, showPercentage: false },
        legendVisible: true,
        deleted: false,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
      this.context.host.record({ kind: "chartAdd", sheet: sheet.name, chart: chart.name, chartType: type, source: chart.sourceAddress, seriesBy });
    });
    return new FakeChart(this.context, () => created);
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.context, () => {
      const list = this.require("ChartCollection.getItem");
      return list.find((t) => t.chart.name === name) ?? null;
    });
  }

  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(
      this.context,
      () => {
        const list = this.require("ChartCollection.getItemOrNullObject");
        return list.find((t) => t.chart.name === name) ?? null;
      },
      true,
    );
  }

  getItemAt(index: number): FakeChart {
    return new FakeChart(this.context, () => this.require("ChartCollection.getItemAt")[index] ?? null);
  }
}

export class FakeChart extends FakeClientObject<ChartTarget> {
  private titleProxy: FakeChartTitle | undefined;
  private dataLabelsProxy: FakeChartDataLabels | undefined;
  private seriesProxy: FakeChartSeriesCollection | undefined;
  private legendProxy: FakeChartLegend | undefined;

  constructor(context: FakeRequestContext, resolver: () => ChartTarget | null, orNull = false) {
    super(context, "Chart", resolver, orNull);
  }

  protected override isGone({ chart, sheet }: ChartTarget): boolean {
    return chart.deleted || sheet.deleted;
  }

  protected scalarNames(): readonly string[] {
    return ["name", "id", "chartType", "seriesBy"];
  }

  protected readScalar({ chart }: ChartTarget, name: string): unknown {
    switch (name) {
      case "name":
        return chart.name;
      case "id":
        return `{chart-${chart.id}}`;
      case "chartType":
        return chart.chartType;
      case "seriesBy":
        return chart.seriesBy;
      default:
        throw invalidArgument(`unknown property ${name}`, "Chart.load");
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "title") return this.title as FakeClientObject<unknown>;
    if (name === "dataLabels") return this.dataLabels as FakeClientObject<unknown>;
    if (name === "series") return this.series as FakeClientObject<unknown>;
    if (name === "legend") return this.legend as FakeClientObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, ({ sheet, chart }) => {
      const from = chart.name;
      chart.name = value;
      this.context.host.record({ kind: "chartName", sheet: sheet.name, chart: value, from });
    });
  }

  get id(): string {
    return this.get("id");
  }
  get chartType(): string {
    return this.get("chartType");
  }
  get seriesBy(): string {
    return this.get("seriesBy");
  }

  get title(): FakeChartTitle {
    this.titleProxy ??= new FakeChartTitle(this.context, () => this.resolve("Chart.title"));
    return this.titleProxy;
  }

  get dataLabels(): FakeChartDataLabels {
    this.dataLabelsProxy ??= new FakeChartDataLabels(this.context, () => this.resolve("Chart.dataLabels"));
    return this.dataLabelsProxy;
  }

  get series(): FakeChartSeriesCollection {
    this.seriesProxy ??= new FakeChartSeriesCollection(this.context, () => this.resolve("Chart.series"));
    return this.seriesProxy;
  }

  get legend(): FakeChartLegend {
    this.legendProxy ??= new FakeChartLegend(this.context, () => this.resolve("Chart.legend"));
    return this.legendProxy;
  }

  /** Cells as a Range or an address on the chart's sheet, as Excel accepts both. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.call("setPosition", ({ sheet, chart }) => {
      const a1 = (cell: FakeRange | string): string =>
        typeof cell === "string" ? areaA1(parseArea(cell, "Chart.setPosition")) : areaA1(cell.require("Chart.setPosition").area);
      chart.position = { start: a1(startCell), end: endCell === undefined ? null : a1(endCell) };
      this.context.host.record({ kind: "chartPosition", sheet: sheet.name, chart: chart.name, ...chart.position });
    });
  }

  delete(): void {
    this.call("delete", ({ sheet, chart }) => {
      chart.deleted = true;
      this.context.host.record({ kind: "chartDelete", sheet: sheet.name, chart: chart.name });
    });
  }
}

export class FakeChartTitle extends FakeClientObject<ChartTarget> {
  constructor(context: FakeRequestContext, resolver: () => ChartTarget | null) {
    super(context, "ChartTitle", resolver);
  }

  protected scalarNames(): readonly string[] {
    return ["text", "visible"];
  }

  protected readScalar({ chart }: ChartTarget, name: string): unknown {
    if (name === "text") return chart.title;
    if (name === "visible") return chart.title !== "";
    throw invalidArgument(`unknown property ${name}`, "ChartTitle.load");
  }

  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.set("text", value, ({ sheet, chart }) => {
      chart.title = value;
      this.context.host.record({ kind: "chartTitle", sheet: sheet.name, chart: chart.name, text: value });
    });
  }
}

export class FakeChartLegend extends FakeClientObject<ChartTarget> {
  constructor(context: FakeRequestContext, resolver: () => ChartTarget | null) {
    super(context, "ChartLegend", resolver);
  }

  protected scalarNames(): readonly string[] {
    return ["visible"];
  }

  protected readScalar({ chart }: ChartTarget, name: string): unknown {
    if (name === "visible") return chart.legendVisible;
    throw invalidArgument(`unknown property ${name}`, "ChartLegend.load");
  }

  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.set("visible", value, ({ sheet, chart }) => {
      chart.legendVisible = value;
      this.context.host.record({ kind: "chartLegend", sheet: sheet.name, chart: chart.name, visible: value });
    });
  }
}

type DataLabelFlag = "showValue" | "showPercentage" | "showCategoryName";

export class FakeChartDataLabels extends FakeClientObject<ChartTarget> {
  constructor(context: FakeRequestContext, resolver: () => ChartTarget | null) {
    super(context, "ChartDataLabels", resolver);
  }

  protected scalarNames(): readonly string[] {
    return ["showValue", "showPercentage"];
  }

  protected readScalar({ chart }: ChartTarget, name: string): unknown {
    if (name === "showValue" || name === "showPercentage") return chart.dataLabels[name];
    throw invalidArgument(`unknown property ${name}`, "ChartDataLabels.load");
  }

  private flag(property: DataLabelFlag, value: boolean): void {
    this.set(property, value, ({ sheet, chart }) => {
      if (property !== "showCategoryName") chart.dataLabels[property] = value;
      this.context.host.record({ kind: "chartDataLabels", sheet: sheet.name, chart: chart.name, property, value });
    });
  }

  get showValue(): boolean {
    return this.get("showValue");
  }
  set showValue(value: boolean) {
    this.flag("showValue", value);
  }

  get showPercentage(): boolean {
    return this.get("showPercentage");
  }
  set showPercentage(value: boolean) {
    this.flag("showPercentage", value);
  }

  get showCategoryName(): boolean {
    return this.get("showCategoryName");
  }
  set showCategoryName(value: boolean) {
    this.flag("showCategoryName", value);
  }
}

export interface SeriesTarget {
  readonly chart: ChartTarget;
  readonly series: ChartSeriesState;
}

export class FakeChartSeriesCollection extends FakeCollection<SeriesTarget, FakeChartSeries> {
  constructor(context: FakeRequestContext, chartResolver: () => ChartTarget | null) {
    super(context, "ChartSeriesCollection", () => {
      const chart = chartResolver();
      return chart ? chart.chart.series.map((series) => ({ chart, series })) : null;
    });
  }

  protected itemFor(target: SeriesTarget): FakeChartSeries {
    return new FakeChartSeries(this.context, () => target);
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => this.require("ChartSeriesCollection.getItemAt")[index] ?? null);
  }
}

export class FakeChartSeries extends FakeClientObject<SeriesTarget> {
  constructor(context: FakeRequestContext, resolver: () => SeriesTarget | null) {
    super(context, "ChartSeries", resolver);
  }

  protected scalarNames(): readonly string[] {
    return ["name"];
  }

  protected readScalar({ series }: SeriesTarget, name: string): unknown {
    if (name === "name") return series.name;
    throw invalidArgument(`unknown property ${name}`, "ChartSeries.load");
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, ({ series }) => {
      series.name = value;
    });
  }
}
