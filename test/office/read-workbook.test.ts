import ExcelJS from "exceljs";
import { OfficeAdapterError } from "../../src/adapters/office/errors";
import { parseAreasAddress, readAllSheets } from "../../src/adapters/office/read-workbook";
import type { RawSheet } from "../../src/core/raw-sheet";
import { buildSheet, buildSheets, type FakeExcel, installFakeExcel, xlsxToRawSheets } from "../helpers/fake-excel";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

/** Plain data only: no proxies, no class instances, survives structured cloning. */
function expectPlain(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  expect(structuredClone(value)).toEqual(value);
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v));
    Object.values(v).forEach(visit);
  };
  visit(value);
}

describe("readAllSheets", () => {
  it.each([3, 30])("reads %i sheets in exactly 3 syncs (names, sizes, one chunk of values) and one Excel.run", async (count) => {
    const seed = buildSheets(count);
    fake = installFakeExcel(seed);
    const sheets = await readAllSheets();
    expect(fake.syncCount).toBe(3);
    expect(fake.runCount).toBe(1);
    expect(sheets).toEqual(seed);
    expectPlain(sheets);
  });

  it("keeps the used range's origin, blanks as null, number formats and error texts", async () => {
    const seed = [
      buildSheet(
        "公开05表",
        [
          ["功能分类科目编码", null, "合计"],
          [null, null, null],
          ["2010101", "行政运行", 123.456],
          ["2010102", "#REF!", 0],
        ],
        { origin: { row: 3, col: 2 }, numberFormat: "#,##0.00" },
      ),
    ];
    fake = installFakeExcel(seed);
    const [sheet] = await readAllSheets();
    expect(sheet?.origin).toEqual({ row: 3, col: 2 });
    expect(sheet?.values).toEqual(seed[0]?.values);
    expect(sheet?.numberFormats?.[2]).toEqual(["General", "General", "#,##0.00"]);
    expect(sheet?.values[3]?.[1]).toBe("#REF!");
  });

  it("reports empty sheets, hidden sheets and sheets without merges", async () => {
    fake = installFakeExcel([
      buildSheet("空表", []),
      buildSheet("隐藏", [["x"]], { hidden: true }),
      buildSheet("无合并", [["a", "b"]]),
    ]);
    const sheets = await readAllSheets();
    expect(fake.syncCount).toBe(3);
    expect(sheets).toEqual([
      { name: "空表", origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [] },
      { name: "隐藏", origin: { row: 0, col: 0 }, values: [["x"]], numberFormats: [["General"]], merges: [], hidden: true },
      { name: "无合并", origin: { row: 0, col: 0 }, values: [["a", "b"]], numberFormats: [["General", "General"]], merges: [] },
    ]);
  });

  it("leaves merges out (undefined, not []) where ExcelApi 1.13 is missing, still in 3 syncs", async () => {
    fake = installFakeExcel(buildSheets(4), { apiVersion: "1.12" });
    const sheets = await readAllSheets();
    expect(fake.syncCount).toBe(3);
    expect(sheets.every((s) => s.merges === undefined)).toBe(true);
  });

  it("can skip merges on request", async () => {
    fake = installFakeExcel(buildSheets(2));
    const sheets = await readAllSheets({ merges: false });
    expect(sheets.every((s) => !("merges" in s))).toBe(true);
  });

  it("turns an Office error into a Chinese OfficeAdapterError that keeps the cause", async () => {
    fake = installFakeExcel(buildSheets(2), { cellEditMode: true });
    const error = await readAllSheets().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect((error as OfficeAdapterError).message).toBe("请先退出单元格编辑状态（按 Enter 或 Esc）再重试。");
    expect((error as OfficeAdapterError).code).toBe("InvalidOperationInCellEditMode");
    expect((error as OfficeAdapterError).cause).toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("reads a real .xlsx (through exceljs) the way Excel would show it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("收入决算表");
    ws.getCell("B2").value = "收入决算表";
    ws.mergeCells("B2:D2");
    ws.getCell("B3").value = "项目";
    ws.getCell("C3").value = 1234.5;
    ws.getCell("C3").numFmt = "#,##0.00";
    ws.getCell("D3").value = { formula: "C3*2", result: 2469 };
    ws.getCell("B4").value = { richText: [{ text: "合" }, { text: "计" }] };
    ws.getCell("C4").value = { error: "#DIV/0!" };
    wb.addWorksheet("说明").state = "hidden";
    const raw = await xlsxToRawSheets(Buffer.from(await wb.xlsx.writeBuffer()));

    const expected: RawSheet[] = [
      {
        name: "收入决算表",
        origin: { row: 1, col: 1 },
        values: [
          ["收入决算表", null, null],
          ["项目", 1234.5, 2469],
          ["合计", "#DIV/0!", null],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["General", "#,##0.00", "General"],
          ["General", "General", "General"],
        ],
        merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
      },
      { name: "说明", origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [], hidden: true },
    ];
    expect(raw).toEqual(expected);

    fake = installFakeExcel(raw);
    expect(await readAllSheets()).toEqual(expected);
    expect(fake.syncCount).toBe(3);
  });
});

describe("parseAreasAddress", () => {
  it("parses Excel's comma-separated RangeAreas address, quoted sheet names included", () => {
    expect(parseAreasAddress("Sheet1!A1:C1, Sheet1!$B$3:$B$5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 4, right: 1 },
    ]);
    expect(parseAreasAddress("'收入, 支出''表'!D4:E6,'收入, 支出''表'!A10:B10")).toEqual([
      { top: 3, left: 3, bottom: 5, right: 4 },
      { top: 9, left: 0, bottom: 9, right: 1 },
    ]);
    expect(parseAreasAddress("S!2:3")).toEqual([{ top: 1, left: 0, bottom: 2, right: 16383 }]);
    expect(parseAreasAddress("")).toEqual([]);
  });
});
