import { incomeRow, readWorkbook, T01_INCOME, T04_INCOME, TABLE_IDS, type TableId, type Workbook } from "../../src/core/tables";
import type { SampleOptions } from "../../src/sample";
import { sampleSheets, sampleWorkbook } from "../helpers/sample-workbooks";

jest.setTimeout(60_000);

const wan = (m: number | undefined): string => ((m ?? NaN) / 1e6).toFixed(2);

/** The headline totals of the consistent sample, as every variant must read them. */
function expectSampleTotals(wb: Workbook, present: readonly TableId[]): void {
  for (const id of present) expect(wb.tables[id]).toBeDefined();
  const t01 = wb.tables.T01!;
  expect(wan(incomeRow(t01, T01_INCOME.grandTotal)?.values.amount?.micros)).toBe("3850.88");
  expect(wan(incomeRow(t01, T01_INCOME.currentTotal)?.values.amount?.micros)).toBe("3789.00");
  expect(wan(incomeRow(wb.tables.T04!, T04_INCOME.grandTotal)?.values.amount?.micros)).toBe("3848.87");
  expect(wan(wb.tables.T02!.total?.values.total?.micros)).toBe("3789.00");
  expect(wan(wb.tables.T03!.total?.values.basic?.micros)).toBe("3187.51");
  expect(wan(wb.tables.T06!.total?.values.total?.micros)).toBe("3747.70");
  expect(wb.tables.T06!.rows.filter((r) => r.level === "item").length).toBe(15);
  expect(wan(wb.tables.T08!.personnel.total?.micros)).toBe("2670.44");
  expect(wan(wb.tables.T08!.publicFunds.total?.micros)).toBe("517.07");
  expect(wan(wb.tables.T10!.items.sgTotal?.actual?.micros)).toBe("50.69");
  expect(wan(wb.tables.T10!.items.reception?.actual?.micros)).toBe("0.55");
  expect(wan(wb.tables.T11!.total?.values.expTotal?.micros)).toBe("82.16");
  // Reading problems at warning or error level would mean the reader misunderstood the layout.
  expect(wb.issues.filter((i) => i.severity !== "info").map((i) => i.message)).toEqual([]);
}

const variants: [string, Partial<SampleOptions>][] = [
  ["the default sample (公开NN表 sheets, split codes)", {}],
  ["sheets named 附表1…附表14", { sheetNames: "fujian" }],
  ["arbitrary sheet names", { sheetNames: "arbitrary" }],
  ["titles without 公开NN表", { titleLabel: false }],
  ["amounts as text with thousands separators and - for zero", { amountsAsText: true }],
  ["whole 7-digit codes", { codes: "whole" }],
  ["code parts stored as numbers", { numericCodeParts: true }],
  ["names prefixed by their code", { codePrefixedNames: true, codes: "whole" }],
  ["blank rows and columns around the tables (used range from C5)", { padding: { rows: 4, cols: 2 } }],
  ["zeros written as 0.00", { zeroStyle: "zero" }],
  ["the vertical 三公 layout", { sanGongLayout: "vertical" }],
  ["everything at once", { sheetNames: "arbitrary", titleLabel: false, amountsAsText: true, codes: "whole", padding: { rows: 2, cols: 3 } }],
];

describe("all 14 tables are recognised with the right totals", () => {
  it.each(variants)("%s", async (_name, options) => {
    const wb = await sampleWorkbook(options);
    expect(wb.family).toBe("sichuan14");
    expectSampleTotals(wb, TABLE_IDS);
  });

  it("unit 元: amounts are converted to 万元 exactly", async () => {
    const wb = await sampleWorkbook({ unit: "元" });
    expect(wb.unit).toBe("元");
    expectSampleTotals(wb, TABLE_IDS);
  });

  it("the Sichuan 2024 13-table set maps onto T01…T14 without T12", async () => {
    const wb = await sampleWorkbook({ family: "sichuan13" });
    expect(wb.family).toBe("sichuan13");
    expect(wb.tables.T12).toBeUndefined();
    expect(wb.absentByFormat).toEqual(["T12"]);
    expect(wb.sanGongScope).toBe("allFiscal");
    expectSampleTotals(wb, TABLE_IDS.filter((id) => id !== "T12"));
  });

  it("the central 9-table set maps onto T01…T04, T06, T08, T10, T11 and T13/T14", async () => {
    const wb = await sampleWorkbook({ family: "central9" });
    expect(wb.family).toBe("central9");
    const present = TABLE_IDS.filter((id) => wb.tables[id]);
    expect(present).toEqual(expect.arrayContaining(["T01", "T02", "T03", "T04", "T06", "T08", "T10", "T11"]));
    expect(present.length).toBe(9);
    expect(wb.absentByFormat).toEqual(expect.arrayContaining(["T05", "T07", "T09", "T12"]));
    expectSampleTotals(wb, ["T01", "T02", "T03", "T04", "T06", "T08", "T10", "T11"]);
  });

  it("every value keeps its source cell", async () => {
    const wb = await sampleWorkbook({ padding: { rows: 4, cols: 2 } });
    const item = wb.tables.T06!.rows.find((r) => r.code === "2010301")!;
    expect(item.values.total!.ref!.sheet).toBe("公开06表");
    expect(item.values.total!.ref!.col).toBeGreaterThanOrEqual(2);
    expect(item.values.total!.ref!.row).toBeGreaterThanOrEqual(4);
  });
});

describe("layouts beyond the generator's options", () => {
  it("two tables stacked on one sheet are both recognised, each ending where the next title starts", async () => {
    const sheets = await sampleSheets();
    const t13 = sheets.find((s) => s.name === "公开13表")!;
    const t14 = sheets.find((s) => s.name === "公开14表")!;
    const width = Math.max(...[t13, t14].flatMap((s) => s.values.map((r) => r.length)));
    const pad = (rows: typeof t13.values) => rows.map((r) => [...r, ...Array(width - r.length).fill(null)]);
    const gap = [Array(width).fill(null), Array(width).fill(null)];
    // t14's merges move down by t13's height plus the gap.
    const shift = t13.values.length + gap.length;
    const combined = {
      name: "国资两表",
      origin: { row: 0, col: 0 },
      values: [...pad(t13.values), ...gap, ...pad(t14.values)],
      numberFormats: [...pad(t13.numberFormats as string[][]).map((r) => r.map((f) => f ?? "General")), ...gap.map((r) => r.map(() => "General")), ...pad(t14.numberFormats as string[][]).map((r) => r.map((f) => f ?? "General"))],
      merges: [...(t13.merges ?? []), ...(t14.merges ?? []).map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift }))],
    };
    const wb = readWorkbook([...sheets.filter((s) => s !== t13 && s !== t14), combined]);
    expect(wb.tables.T13!.sheet).toBe("国资两表");
    expect(wb.tables.T14!.sheet).toBe("国资两表");
    expect(wb.tables.T14!.titleRef.row).toBe(shift);
    expect(wb.tables.T13!.emptyStatement).not.toBeNull();
    expect(wb.tables.T14!.emptyStatement).not.toBeNull();
    expect(wb.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
