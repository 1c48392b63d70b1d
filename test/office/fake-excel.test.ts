/**
 * The fake must behave like Excel where adapter code can get it wrong: load-before-read,
 * writes applied only at sync, null objects, errors at sync, and a log tests can assert on.
 */
import { buildSheet, type FakeExcel, FakeOfficeError, installFakeExcel } from "../helpers/fake-excel";

let fake: FakeExcel;
beforeEach(() => {
  fake = installFakeExcel([
    buildSheet("公开01表", [
      ["项目", "金额"],
      ["收入", 100],
      ["支出", 80],
    ]),
    buildSheet("公开02表", [["x"]]),
  ]);
});
afterEach(() => fake.uninstall());

describe("load before read", () => {
  it("throws PropertyNotLoaded for a property never loaded, or loaded but not yet synced", async () => {
    const context = fake.newContext();
    const sheet = context.workbook.worksheets.getItem("公开01表");
    expect(() => sheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheet.load("name");
    expect(() => sheet.name).toThrow(/not available/);
    await context.sync();
    expect(sheet.name).toBe("公开01表");

    const range = sheet.getRange("A1:B2");
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([
      ["项目", "金额"],
      ["收入", 100],
    ]);
    expect(() => range.numberFormat).toThrow(FakeOfficeError);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("knows isNullObject only after a sync", async () => {
    const context = fake.newContext();
    const missing = context.workbook.worksheets.getItemOrNullObject("没有这张表");
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    missing.load("name");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
  });

  it("loads navigation paths and treats collection properties as item properties", async () => {
    const context = fake.newContext();
    const sheets = context.workbook.worksheets;
    sheets.load("name"); // Office.js reads this as items/name
    const fill = sheets.getItem("公开01表").getRange("A1").format.fill;
    const range = sheets.getItem("公开01表").getRange("A1");
    range.load("format/fill/color");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["公开01表", "公开02表"]);
    expect(() => sheets.items[0]?.visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(range.format.fill.color).toBe("#FFFFFF");
    expect(() => fill.color).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("rejects the sync for an unknown property or a missing sheet, like Excel", async () => {
    const context = fake.newContext();
    context.workbook.worksheets.getItem("公开01表").load("colour");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    context.workbook.worksheets.getItem("没有这张表").load("name");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("writes", () => {
  it("are queued and applied at sync, in order, and logged with the sync number", async () => {
    const context = fake.newContext();
    const sheet = context.workbook.worksheets.getItem("公开01表");
    const target = sheet.getRange("C1:C2");
    target.values = [["核对"], ["不一致"]];
    target.format.fill.color = "#FFC7CE";
    expect(fake.sheets()[0]?.values[0]).toEqual(["项目", "金额"]); // nothing applied before sync
    expect(fake.log).toEqual([]);
    await context.sync();
    expect(fake.sheets()[0]?.values[0]).toEqual(["项目", "金额", "核对"]);
    sheet.getRange("C1:C2").format.fill.clear();
    sheet.getRange("B2").select();
    await context.sync();
    expect(fake.log).toEqual([
      { sync: 1, kind: "values", sheet: "公开01表", address: "公开01表!C1:C2", values: [["核对"], ["不一致"]] },
      { sync: 1, kind: "fill", sheet: "公开01表", address: "公开01表!C1:C2", color: "#FFC7CE" },
      { sync: 2, kind: "fillClear", sheet: "公开01表", address: "公开01表!C1:C2" },
      { sync: 2, kind: "select", sheet: "公开01表", address: "公开01表!B2" },
    ]);
  });

  it("reject a values array whose shape does not match the range", async () => {
    const context = fake.newContext();
    context.workbook.worksheets.getItem("公开01表").getRange("A1:B1").values = [["only one"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("fail with AccessDenied on a protected sheet, applying what came before", async () => {
    fake.uninstall();
    fake = installFakeExcel([buildSheet("可写", [["a"]]), buildSheet("受保护", [["b"]])], { protectedSheets: ["受保护"] });
    const context = fake.newContext();
    context.workbook.worksheets.getItem("可写").getRange("A2").values = [["ok"]];
    context.workbook.worksheets.getItem("受保护").getRange("A2").values = [["no"]];
    context.workbook.worksheets.getItem("可写").getRange("A3").values = [["dropped"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.sheets()[0]?.values).toEqual([["a"], ["ok"]]);
    expect(fake.logOf("values")).toHaveLength(1);
  });

  it("add, rename, activate and delete sheets", async () => {
    const context = fake.newContext();
    const added = context.workbook.worksheets.add("校验结果");
    added.activate();
    context.workbook.worksheets.getItem("公开02表").delete();
    added.load("name,position");
    await context.sync();
    expect(added.name).toBe("校验结果");
    expect(fake.doc.sheets.map((s) => s.name)).toEqual(["公开01表", "校验结果"]);
    context.workbook.worksheets.add("校验结果");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.log.map((e) => e.kind)).toEqual(["sheetAdd", "activate", "sheetDelete"]);
  });
});

describe("charts", () => {
  it("adds a chart from a data block and records type, source, title, position and labels", async () => {
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("公开01表");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "收支对比";
      chart.setPosition("D2", "K18");
      chart.dataLabels.showValue = true;
      chart.series.load("items/name");
      chart.load("name");
      await context.sync();
      expect(chart.series.items.map((s) => s.name)).toEqual(["金额"]);
      expect(chart.name).toBe("Chart 1");
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.charts("公开01表")).toEqual([
      expect.objectContaining({
        chartType: "ColumnClustered",
        seriesBy: "Columns",
        sourceAddress: "公开01表!A1:B3",
        title: "收支对比",
        position: { start: "D2", end: "K18" },
        dataLabels: { showValue: true, showPercentage: false },
        categories: ["收入", "支出"],
        series: [{ name: "金额", values: [100, 80] }],
      }),
    ]);
    expect(fake.log.map((e) => e.kind)).toEqual(["chartAdd", "chartTitle", "chartPosition", "chartDataLabels"]);
  });

  it("deletes charts and lists them through the collection", async () => {
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("公开01表");
      sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Columns");
      sheet.charts.add("Line", sheet.getRange("A1:B3"), "Columns");
      await context.sync();
      sheet.charts.getItem("Chart 1").delete();
      sheet.charts.load("items/name");
      await context.sync();
      expect(sheet.charts.items.map((c) => c.name)).toEqual(["Chart 2"]);
    });
    expect(fake.charts().map((c) => c.chartType)).toEqual(["Line"]);
  });
});

describe("Excel.run and the globals", () => {
  it("syncs once more at the end when the batch leaves work queued", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("公开02表").getRange("B1").values = [["y"]];
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.sheets()[1]?.values).toEqual([["x", "y"]]);
  });

  it("closes the context: proxies cannot queue work after Excel.run", async () => {
    const leaked = await fake.run(async (context) => context.workbook.worksheets.getItem("公开01表"));
    expect(() => leaked.load("name")).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });

  it("answers isSetSupported from the configured API version and fails unsupported calls at sync", async () => {
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    fake.apiVersion = "1.12";
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    const context = fake.newContext();
    context.workbook.worksheets.getItem("公开01表").getRange().getMergedAreasOrNullObject().load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("simulates a failing sync on demand", async () => {
    fake.failNextSync("GeneralException");
    await expect(fake.newContext().sync()).rejects.toMatchObject({ code: "GeneralException", name: "RichApi.Error" });
    await expect(fake.newContext().sync()).resolves.toBeUndefined();
  });

  it("removes the globals on uninstall", () => {
    fake.uninstall();
    expect(typeof Excel).toBe("undefined");
    expect(typeof Office).toBe("undefined");
  });
});

describe("merged areas", () => {
  it("reports only merges whose top-left cell is in the range, clipped to it, like Excel", async () => {
    fake.uninstall();
    fake = installFakeExcel([
      buildSheet("表", [["标题"], [null], ["a"]], {
        merges: [
          { top: 0, left: 0, bottom: 0, right: 3 },
          { top: 1, left: 0, bottom: 2, right: 0 },
        ],
      }),
    ]);
    const context = fake.newContext();
    const sheet = context.workbook.worksheets.getItem("表");
    const whole = sheet.getRange().getMergedAreasOrNullObject().load("address");
    const partial = sheet.getRange("B1:C3").getMergedAreasOrNullObject().load("address");
    const clipped = sheet.getRange("A1:B2").getMergedAreasOrNullObject().load("address");
    await context.sync();
    expect(whole.address).toBe("表!A1:D1, 表!A2:A3");
    expect(partial.isNullObject).toBe(true);
    expect(clipped.address).toBe("表!A1:B1, 表!A2");
  });
});
