/**
 * What the .xlsx reader makes of the things real producers write (Excel, WPS, export tools):
 * every case is a hand-built package whose XML shows the construct, read into what Office.js would
 * report for the same workbook.
 */
import { readXlsx } from "../../../src/adapters/xlsx/read-xlsx";
import { inflateRawPortable } from "../../../src/adapters/xlsx/zip/inflate-raw";
import { inflateRawNode } from "../../../src/cli/node-inflate";
import type { RawSheet } from "../../../src/core/raw-sheet";
import { readError, workbookParts, zipParts, type SheetSpec, type ZipOptions } from "../../helpers/xlsx-package";

async function read(sheets: SheetSpec[], opts: Parameters<typeof workbookParts>[1] = {}, zip: ZipOptions = {}): Promise<RawSheet[]> {
  return readXlsx(zipParts(workbookParts(sheets, opts), zip));
}


describe("cell values as Excel shows them", () => {
  it("numbers, shared and inline strings, booleans, errors and cached formula results", async () => {
    const [s] = await read(
      [
        {
          name: "表",
          xml:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2142.76</v></c><c r="C1" t="inlineStr"><is><t>内联</t></is></c>' +
            '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#REF!</v></c></row>' +
            '<row r="2"><c r="A2"><f>SUM(B1:B1)</f><v>2142.76</v></c><c r="B2" t="str"><f>A1&amp;""</f><v>合计</v></c><c r="C2"><f>1/0</f></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2"><v>-1.5E-2</v></c></row></sheetData>',
        },
      ],
      { sharedStrings: ["收入支出决算总表"] },
    );
    expect(s!.values).toEqual([
      ["收入支出决算总表", 2142.76, "内联", true, "#REF!"],
      [2142.76, "合计", null, "#DIV/0!", -0.015],
    ]);
  });

  it("rich text and phonetic guides: the runs' text, without the guide", async () => {
    const [s] = await read([{ name: "表", xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>一般</t></r><r><rPr><b/></rPr><t xml:space="preserve">公共 </t></r><rPh sb="0" eb="2"><t>いっぱん</t></rPh></is></c></row></sheetData>' }], {
      sharedStrings: ['<r><t>财政</t></r><r><rPr><i/></rPr><t>拨款</t></r><rPh sb="0" eb="2"><t>ざいせい</t></rPh>'],
    });
    expect(s!.values).toEqual([["财政拨款", "一般公共 "]]);
  });

  it("entities, character references and Excel's _xHHHH_ escapes are decoded once", async () => {
    const [s] = await read([{ name: "表", xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&amp;lt; &#x4E00;&#20108;</t></is></c></row></sheetData>' }], {
      sharedStrings: ["第一行_x000D__x000A_第二行 &amp; &quot;三公&quot;"],
    });
    expect(s!.values).toEqual([["第一行\r\n第二行 & \"三公\"", "&lt; 一二"]]);
  });

  it("empty text is no value, and empty cells do not widen the used range", async () => {
    const [s] = await read([{ name: "表", xml: '<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" s="0"/><c r="E2" t="inlineStr"><is><t></t></is></c></row><row r="3"><c r="C3"><v>5</v></c></row></sheetData>' }], {
      sharedStrings: ["项目", ""],
    });
    expect(s!.origin).toEqual({ row: 1, col: 1 });
    expect(s!.values).toEqual([
      ["项目", null],
      [null, 5],
    ]);
  });

  it("dates stay serial numbers with their format, as Office.js reports them", async () => {
    const [s] = await read([{ name: "表", xml: '<sheetData><row r="1"><c r="A1" s="1"><v>44561</v></c><c r="B1" t="d"><v>2021-12-31T00:00:00Z</v></c><c r="C1" s="2"><v>0.5</v></c></row></sheetData>' }], {
      cellXfs: [0, 14, 164],
      numFmts: { 164: '0.00\\%' },
    });
    expect(s!.values).toEqual([[44561, 44561, 0.5]]);
    expect(s!.numberFormats).toEqual([["yyyy/m/d", "General", "0.00\\%"]]);
  });
});

describe("number formats", () => {
  it("custom codes as written, built-in ids by their code, no style as General", async () => {
    const [s] = await read([{ name: "表", xml: '<sheetData><row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="2"><v>1</v></c><c r="C1" s="3"><v>1</v></c><c r="D1"><v>1</v></c><c r="E1" s="9"><v>1</v></c></row></sheetData>' }], {
      cellXfs: [0, 4, 43, 176],
      numFmts: { 176: '#,##0.00_ ;[Red]\\-#,##0.00\\ ' },
    });
    expect(s!.numberFormats).toEqual([["#,##0.00", '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ', "#,##0.00_ ;[Red]\\-#,##0.00\\ ", "General", "General"]]);
  });
});

describe("layout of the sheet", () => {
  it("merged areas: only the top-left cell holds the value; every area is reported", async () => {
    const [s] = await read([{ name: "表", xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2"><v>4</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="A1:B2"/></mergeCells>' }], {
      sharedStrings: ["项目"],
    });
    expect(s!.values).toEqual([
      ["项目", null, 3],
      [null, null, 4],
    ]);
    expect(s!.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it("a whole-column merge costs nothing and hides its cells", async () => {
    const [s] = await read([{ name: "表", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="500000"><c r="A500000"><v>2</v></c><c r="B500000"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A1048576"/></mergeCells>' }]);
    expect(s!.origin).toEqual({ row: 0, col: 0 });
    expect(s!.values[499999]).toEqual([null, 3]);
  });

  it("hidden rows and columns within the used range, hidden and very hidden sheets", async () => {
    const sheets = await read([
      { name: "显示", xml: '<cols><col min="2" max="3" width="0" hidden="1"/><col min="9" max="16384" hidden="true"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row><row r="40" hidden="1"/></sheetData>' },
      { name: "隐藏", state: "hidden", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      { name: "深度隐藏", state: "veryHidden", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
    ]);
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["显示", false],
      ["隐藏", true],
      ["深度隐藏", true],
    ]);
    expect(sheets[0]!.hiddenRows).toEqual([1]);
    expect(sheets[0]!.hiddenCols).toEqual([1, 2]);
  });

  it("cells and rows without r attributes follow the previous ones", async () => {
    const [s] = await read([{ name: "表", xml: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row></sheetData>' }]);
    expect(s!.values).toEqual([
      [1, 2, null],
      [null, 3, 4],
    ]);
  });

  it("an empty sheet is an empty used range", async () => {
    const [s] = await read([{ name: "空", xml: "<sheetData/>" }]);
    expect(s).toMatchObject({ name: "空", origin: { row: 0, col: 0 }, values: [] });
  });
});

describe("producers' package variants", () => {
  it("namespace prefixes on every element (x:worksheet, x:c …), as some export tools write", async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>合计</x:t></x:is></x:c><x:c r="B1"><x:v>9</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>';
    const [s] = await read([{ name: "表", xml }]);
    expect(s!.values).toEqual([["合计", 9]]);
    expect(s!.merges).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
  });

  it("the workbook found through _rels/.rels wherever it is, absolute and %-encoded targets, Strict relationship types", async () => {
    const parts = workbookParts([{ name: "表 1", xml: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' }]);
    const wb = parts.get("xl/workbook.xml")!;
    parts.delete("xl/workbook.xml");
    parts.set("book/main.xml", wb);
    parts.set("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/book/main.xml"/></Relationships>');
    parts.delete("xl/_rels/workbook.xml.rels");
    parts.set("book/_rels/main.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="../xl/worksheets/sheet%201.xml"/></Relationships>');
    parts.set("xl/worksheets/sheet 1.xml", parts.get("xl/worksheets/sheet1.xml")!);
    parts.delete("xl/worksheets/sheet1.xml");
    const [s] = await readXlsx(zipParts(parts));
    expect(s).toMatchObject({ name: "表 1", values: [[7]] });
  });

  it("chart sheets are skipped; sheets keep the workbook's tab order", async () => {
    const parts = workbookParts([
      { name: "乙", xml: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' },
      { name: "甲", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
    ]);
    parts.set("xl/workbook.xml", parts.get("xl/workbook.xml")!.replace("<sheets>", '<sheets><sheet name="图" sheetId="9" r:id="rIdC"/>'));
    parts.set("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels")!.replace("</Relationships>", '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'));
    const sheets = await readXlsx(zipParts(parts));
    expect(sheets.map((s) => s.name)).toEqual(["乙", "甲"]);
  });

  it("stored (uncompressed) parts, Zip64 records and a UTF-8 BOM read the same", async () => {
    const spec: SheetSpec[] = [{ name: "表", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }];
    const plain = await read(spec);
    expect(await read(spec, {}, { method: 0 })).toEqual(plain);
    expect(await read(spec, {}, { zip64: true })).toEqual(plain);
    const parts = workbookParts(spec);
    parts.set("xl/worksheets/sheet1.xml", `\ufeff${parts.get("xl/worksheets/sheet1.xml")!}`);
    expect(await readXlsx(zipParts(parts))).toEqual(plain);
  });

  it("parts in UTF-16 (with a byte-order mark, either byte order) read like UTF-8 ones", async () => {
    const spec: SheetSpec[] = [{ name: "表", xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>合计</t></is></c></row></sheetData>' }];
    const parts = workbookParts(spec);
    const sheet = parts.get("xl/worksheets/sheet1.xml")!.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const le = Buffer.from(`\ufeff${sheet}`, "utf16le");
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) {
      const [s] = await readXlsx(zipParts(parts, { binary: { "xl/worksheets/sheet1.xml": new Uint8Array(bytes) } }));
      expect(s!.values).toEqual([["合计"]]);
    }
  });

  it("a DOCTYPE is skipped, its entities never expanded", async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>';
    const [s] = await read([{ name: "表", xml }]);
    expect(s!.values).toEqual([["&b;"]]);
  });
});

describe("unreadable packages get one Chinese sentence", () => {
  const spec: SheetSpec[] = [{ name: "表", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }];

  it("a part that lies about its size is stopped at the limit (both inflaters)", async () => {
    // 60 MB of spaces inside a worksheet compress to ~60 KB; the part declares 100 bytes.
    const parts = workbookParts(spec);
    const huge = new Uint8Array(60 * 1024 * 1024).fill(32);
    const bytes = zipParts(parts, { binary: { "xl/worksheets/sheet1.xml": huge }, declaredSize: { "xl/worksheets/sheet1.xml": 100 } });
    expect(await readError(bytes)).toContain("压缩炸弹");
    await expect(readXlsx(bytes, { inflateRaw: inflateRawNode })).rejects.toThrow("压缩炸弹");
    await expect(readXlsx(bytes, { inflateRaw: inflateRawPortable })).rejects.toThrow("压缩炸弹");
  });

  it("a used range of billions of cells (one stray entry in the far corner) is refused, naming the sheet", async () => {
    const bytes = zipParts(workbookParts([{ name: "支出表", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>' }]));
    expect(await readError(bytes)).toBe("工作表“支出表”的已用区域过大（1048576 行 × 16384 列），无法读取：请删除远离表格的零散内容后再试。");
  });

  it("broken XML in a worksheet", async () => {
    expect(await readError(zipParts(workbookParts([{ name: "表", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c' }])))).toContain("损坏");
  });

  it("corrupt compressed data", async () => {
    // Stored parts relabelled as deflated: 0xFF bytes are not a DEFLATE stream.
    const asDeflated = zipParts(workbookParts(spec), { binary: { "xl/worksheets/sheet1.xml": new Uint8Array([0xff, 0xff, 0xff, 0xff]) }, method: 0 });
    const dv = new DataView(asDeflated.buffer);
    for (let p = 0; p + 4 <= asDeflated.length; p++) {
      const sig = dv.getUint32(p, true);
      if (sig === 0x04034b50) dv.setUint16(p + 8, 8, true);
      if (sig === 0x02014b50) dv.setUint16(p + 10, 8, true);
    }
    expect(await readError(asDeflated)).toContain("损坏");
  });

  it("an unsupported compression method and encrypted parts", async () => {
    const bytes = zipParts(workbookParts(spec));
    const patch = (field: (dv: DataView, p: number) => void): Uint8Array => {
      const copy = new Uint8Array(bytes);
      const dv = new DataView(copy.buffer);
      for (let p = 0; p + 4 <= copy.length; p++) if (dv.getUint32(p, true) === 0x02014b50) field(dv, p);
      return copy;
    };
    expect(await readError(patch((dv, p) => dv.setUint16(p + 10, 14, true)))).toContain("不支持的压缩方式");
    expect(await readError(patch((dv, p) => dv.setUint16(p + 8, 1, true)))).toContain("加密");
  });

  it("an OpenDocument spreadsheet (.ods) and an Excel binary workbook (.xlsb) are named as such", async () => {
    const ods = new Map([
      ["mimetype", "application/vnd.oasis.opendocument.spreadsheet"],
      ["content.xml", "<office:document-content/>"],
    ]);
    expect(await readError(zipParts(ods))).toBe("这是 OpenDocument 表格（.ods）文件：请另存为 Excel 工作簿（.xlsx）后再读取。");
    const xlsb = workbookParts(spec);
    xlsb.set("_rels/.rels", xlsb.get("_rels/.rels")!.replace("xl/workbook.xml", "xl/workbook.bin"));
    xlsb.set("xl/workbook.bin", "\u0083\u0001\u0000");
    expect(await readError(zipParts(xlsb))).toContain("二进制工作簿（.xlsb）");
  });

  it("a zip without a workbook part", async () => {
    const parts = workbookParts(spec);
    parts.delete("xl/workbook.xml");
    expect(await readError(zipParts(parts))).toContain("不是 Excel 工作簿");
  });
});
