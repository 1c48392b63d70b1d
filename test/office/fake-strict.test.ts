/**
 * Where the fake is as strict as Excel (issue 10): each case is something Microsoft documents or
 * the office-js tracker reports, and that the adapters must survive.
 */
import { buildSheet, type FakeExcel, installFakeExcel } from "../helpers/fake-excel";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

describe("the stricter fake", () => {
  it("leaves a cell unchanged for null in a values or numberFormat array; \"\" empties it", async () => {
    fake = installFakeExcel([buildSheet("S", [["a", 1, 2]], { numberFormat: "0.00" })]);
    const context = fake.newContext();
    const range = context.workbook.worksheets.getItem("S").getRange("A1:C1");
    range.values = [[null, "", 3]] as unknown as (string | number)[][];
    range.numberFormat = [[null, null, "0.0"]] as unknown as string[][];
    await context.sync();
    expect(fake.sheets()[0]?.values).toEqual([["a", null, 3]]);
    expect(fake.cell("S", "C1")?.numberFormat).toBe("0.0");
  });

  it("turns a name into #REF! (keeping it) when its row or its sheet is deleted; adding it again fails", async () => {
    fake = installFakeExcel([buildSheet("S", [["a"], ["b"], ["c"]]), buildSheet("T", [["x"]])]);
    const context = fake.newContext();
    const names = context.workbook.names;
    names.add("OnRow2", context.workbook.worksheets.getItem("S").getRange("A2"));
    names.add("OnRow3", context.workbook.worksheets.getItem("S").getRange("A3"));
    names.add("OnT", context.workbook.worksheets.getItem("T").getRange("A1"));
    await context.sync();
    fake.deleteRows("S", 2);
    fake.deleteSheet("T");

    const read = fake.newContext();
    read.workbook.names.load("items/name,items/value,items/type");
    await read.sync();
    expect(read.workbook.names.items.map((n) => [n.name, n.value, n.type])).toEqual([
      ["OnRow2", "#REF!", "Error"],
      ["OnRow3", "S!$A$2", "Range"],
      ["OnT", "#REF!", "Error"],
    ]);
    const again = fake.newContext();
    again.workbook.names.add("OnT", again.workbook.worksheets.getItem("S").getRange("A1"));
    await expect(again.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("fails a sync whose response is over the payload limit, and one whose request is", async () => {
    const rows = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `第${r}行第${c}列的文字`));
    fake = installFakeExcel([buildSheet("Big", rows)], { payloadLimit: 200_000 });
    const context = fake.newContext();
    context.workbook.worksheets.getItem("Big").getRange("A1:J2000").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.payloads.at(-1)!.response).toBeGreaterThan(200_000);

    const small = fake.newContext();
    small.workbook.worksheets.getItem("Big").getRange("A1:J100").load("values");
    await small.sync();
    expect(fake.payloads.at(-1)!.response).toBeLessThan(200_000);

    const write = fake.newContext();
    write.workbook.worksheets.getItem("Big").getRange("A1:J2000").values = rows;
    await expect(write.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Big", "A1")?.value).toBe("第0行第0列的文字");
  });

  it("fails getMergedAreasOrNullObject above 512 merged areas (Range reference, ExcelApi 1.13)", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    fake = installFakeExcel([buildSheet("M", [["x"]], { merges })]);
    const context = fake.newContext();
    context.workbook.worksheets.getItem("M").getRange().getMergedAreasOrNullObject().load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    const fewer = fake.newContext();
    const areas = fewer.workbook.worksheets.getItem("M").getRange("A1:B512").getMergedAreasOrNullObject();
    areas.load("areaCount");
    await fewer.sync();
    expect(areas.areaCount).toBe(512);
  });

  it("reads fills as the web does: pattern null for no fill and for solid, tintAndShade null only for no fill", async () => {
    fake = installFakeExcel([buildSheet("F", [["a", "b", "c"]])]);
    const set = fake.newContext();
    set.workbook.worksheets.getItem("F").getRange("B1").format.fill.color = "#FFFFFF";
    set.workbook.worksheets.getItem("F").getRange("C1").format.fill.color = "#FFC9C9";
    await set.sync();
    const context = fake.newContext();
    const fills = ["A1", "B1", "C1"].map((a1) => context.workbook.worksheets.getItem("F").getRange(a1).format.fill.load("color,pattern,tintAndShade"));
    await context.sync();
    expect(fills.map((f) => [f.color, f.pattern, f.tintAndShade])).toEqual([
      ["#FFFFFF", null, null],
      ["#FFFFFF", null, 0],
      ["#FFC9C9", null, 0],
    ]);
  });

  it("can ignore NamedItem.visible = false, as some hosts do (OfficeDev/office-js#4772)", async () => {
    fake = installFakeExcel([buildSheet("S", [["a"]])], { namesStayVisible: true });
    const context = fake.newContext();
    context.workbook.names.add("N", context.workbook.worksheets.getItem("S").getRange("A1")).visible = false;
    await context.sync();
    expect(fake.names()[0]?.visible).toBe(true);
  });

  it("refuses sheet changes under workbook structure protection, and every write when read-only", async () => {
    fake = installFakeExcel([buildSheet("S", [["a"]])], { workbookProtected: true });
    const context = fake.newContext();
    context.workbook.load("readOnly");
    const protection = context.workbook.protection.load("protected");
    await context.sync();
    expect([context.workbook.readOnly, protection.protected]).toEqual([false, true]);
    context.workbook.worksheets.add("新表");
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    context.workbook.worksheets.getItem("S").getRange("B1").values = [["ok"]]; // cells stay writable
    await context.sync();
    expect(fake.cell("S", "B1")?.value).toBe("ok");

    fake.setWorkbook({ structureProtected: false, readOnly: true });
    const ro = fake.newContext();
    ro.workbook.worksheets.getItem("S").getRange("C1").values = [["no"]];
    await expect(ro.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
