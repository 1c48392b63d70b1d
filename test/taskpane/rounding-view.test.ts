/** 舍位平衡 suggestions converted to the cells' own unit before anything is compared or written. */
import { analyze, type Analysis } from "../../src/core/analyze";
import { FIGURES_2021_PUBLISHED } from "../../src/sample";
import { cellAdjustments } from "../../src/taskpane/view/rounding-view";
import { sampleSheets } from "../helpers/sample-workbooks";

jest.setTimeout(60_000);

let published: Analysis;
beforeAll(async () => {
  published = analyze(await sampleSheets({}, FIGURES_2021_PUBLISHED));
});

describe("cellAdjustments", () => {
  it("a 万元 table: the core's figures as they are", () => {
    const adjustments = published.roundingAdjustments!;
    expect(cellAdjustments(published)).toEqual(adjustments.map((a) => ({ ref: a.ref, from: a.from, to: a.to })));
  });

  it("a table stated in 元: compared and written in 元 (0.01 万元 = 100 元)", () => {
    const first = published.roundingAdjustments![0]!;
    const table = published.workbook.tables[first.table]!;
    const inYuan: Analysis = { ...published, workbook: { ...published.workbook, tables: { ...published.workbook.tables, [first.table]: { ...table, unit: "元" } } } };
    const converted = cellAdjustments(inYuan)[0]!;
    expect(converted.from).toBe(Math.round(first.from * 1_000_000) / 100);
    expect(converted.to - converted.from).toBeCloseTo((first.to - first.from) * 10_000, 6);
  });

  it("no suggestion, nothing to write", async () => {
    expect(cellAdjustments(analyze(await sampleSheets()))).toEqual([]);
  });
});
