import JSZip from "jszip";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { LIMITS } from "../../src/adapters/xlsx/zip/package";
import { writeRawSheets } from "../../src/adapters/xlsx/write-raw-sheets";
import { readWorkbook } from "../../src/core/tables";
import { sampleBytes, sampleSheets } from "../helpers/sample-workbooks";
import { readError } from "../helpers/xlsx-package";

jest.setTimeout(60_000);

describe("unreadable files are refused with one clear Chinese sentence", () => {
  it("a CSV renamed .xlsx", async () => {
    expect(await readError(new TextEncoder().encode("项目,金额\n合计,1\n"))).toContain("不是 Excel 工作簿");
  });
  it("an old .xls file", async () => {
    expect(await readError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toContain(".xls");
  });
  it("an empty file", async () => {
    expect(await readError(new Uint8Array())).toContain("空");
  });
  it("a truncated (corrupt) workbook", async () => {
    const good = await sampleBytes();
    expect(await readError(good.slice(0, Math.floor(good.length / 2)))).toContain("损坏");
  });
  it("a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    expect(await readError(await zip.generateAsync({ type: "uint8array" }))).toContain("不是 Excel 工作簿");
  });
  it("a file over the size limit is refused before anything is unpacked", async () => {
    const huge = new Uint8Array(LIMITS.fileBytes + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await readError(huge)).toContain("文件过大");
  });
  it("a zip bomb is refused before it is unpacked in full", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook/>");
    // 40 MB of zeros deflate to about 40 KB: a ratio no real workbook part has.
    zip.file("xl/worksheets/sheet1.xml", new Uint8Array(40 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await readError(bytes)).toContain("压缩炸弹");
  });
});

describe("readable but wrong workbooks give load issues, never a crash", () => {
  it("an empty workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    const sheets = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const model = readWorkbook(sheets);
    expect(model.family).toBe("unknown");
    expect(model.issues.map((i) => i.code)).toContain("no-tables");
  });

  it("a missing table and an unknown sheet", async () => {
    const sheets = (await sampleSheets()).filter((s) => s.name !== "公开07表");
    sheets.push({ name: "随便写写", origin: { row: 0, col: 0 }, values: [["今年的工作总结"]], numberFormats: [["General"]] });
    const model = readWorkbook(await readXlsx(await writeRawSheets(sheets)));
    const missing = model.issues.find((i) => i.code === "table-missing")!;
    expect(missing.table).toBe("T07");
    expect(missing.message).toContain("公开07表");
    expect(model.unrecognisedSheets).toEqual(["随便写写"]);
    expect(model.tables.T06).toBeDefined();
  });

  it("cells holding formulas and error values", async () => {
    const bytes = await sampleBytes();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("公开06表")!;
    // Find the 2010301 row's 合计 cell and replace it by a formula with a cached result, and its
    // 基本支出 cell by an error value.
    let target = 0;
    ws.eachRow((row, r) => {
      if ([1, 2, 3].some((c) => String(row.getCell(c).value ?? "").replace(/\s/g, "") === "01") && String(row.getCell(4).value).includes("行政运行") && !target) target = r;
    });
    expect(target).toBeGreaterThan(0);
    ws.getRow(target).getCell(5).value = { formula: "F1+G1", result: 2142.76 };
    ws.getRow(target).getCell(6).value = { error: "#REF!" };
    const model = readWorkbook(await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)));
    const row = model.tables.T06!.rows.find((r) => r.code === "2010301")!;
    expect(row.values.total!.micros).toBe(2_142_760_000);
    const err = model.issues.find((i) => i.code === "error-value")!;
    expect(err.message).toContain("#REF!");
    expect(err.cells[0]!.sheet).toBe("公开06表");
  });
});

describe("a table in another unit than it states", () => {
  it("元 figures under a 万元 heading are reported with the likely unit; the sample itself is not", async () => {
    const sheets = await sampleSheets();
    expect(readWorkbook(sheets).issues.filter((i) => i.code === "unit-suspect")).toEqual([]);
    // Multiply every amount of 公开06表 by 10000, as if typed in 元, keeping its 万元 heading.
    const wrong = sheets.map((s) => (s.name !== "公开06表" ? s : { ...s, values: s.values.map((r) => r.map((v) => (typeof v === "number" && v > 100 ? v * 10000 : v))) }));
    const issues = readWorkbook(wrong).issues.filter((i) => i.code === "unit-suspect");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.table).toBe("T06");
    expect(issues[0]!.message).toContain("实际可能是“元”");
  });

  it("T01 itself in 元 under a 万元 heading is found against T02/T03", async () => {
    const sheets = await sampleSheets();
    const wrong = sheets.map((s) => (s.name !== "公开01表" ? s : { ...s, values: s.values.map((r) => r.map((v) => (typeof v === "number" && v > 100 ? v * 10000 : v))) }));
    const issues = readWorkbook(wrong).issues.filter((i) => i.code === "unit-suspect");
    expect(issues.map((i) => i.table)).toEqual(["T01"]);
  });

  it("a 三公 table a thousandth of the budget is not a unit problem", async () => {
    const sheets = await sampleSheets();
    const small = sheets.map((s) => (s.name !== "公开10表" ? s : { ...s, values: s.values.map((r) => r.map((v) => (typeof v === "number" && v > 0.1 ? v / 10000 : v))) }));
    expect(readWorkbook(small).issues.filter((i) => i.code === "unit-suspect")).toEqual([]);
  });
});
