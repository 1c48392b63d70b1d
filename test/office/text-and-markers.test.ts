/**
 * The pieces the writers rely on: text that stays text (against the fake's typed-input rules,
 * which follow Excel), the HYPERLINK formula, own-sheet markers across rename and delete, and
 * fills on a host without ExcelApi 1.9.
 */
import { clearMarks } from "../../src/adapters/office/clear-marks";
import { MARK_COLOURS } from "../../src/adapters/office/marks";
import { loadWorkbookState, replaceOwnSheet, targetSheetName } from "../../src/adapters/office/own-sheets";
import { internalLinkFormula, safeText } from "../../src/adapters/office/text";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { buildSheet, enteredValue, type FakeExcel, type FakeRequestContext, installFakeExcel } from "../helpers/fake-excel";
import { analysisOf, fillOf, oneDefectSheets, userFills } from "./office-fixtures";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

describe("safeText", () => {
  it.each(["=SUM(A1:A3)", "+86 电话", "-收入", "@提示", "＝全角", "'引号", "2021", "1,234.50", "50%", "TRUE", "2021年12月", "3/4", "(5)"])(
    "%s is read back exactly as written",
    (text) => {
      const entered = enteredValue(safeText(text), null);
      expect(entered.value).toBe(text);
      expect(entered.formula).toBeUndefined();
    },
  );

  it("leaves ordinary text alone", () => {
    for (const text of ["公开06表!E9", "收入决算表", "X-05", "一般公共预算财政拨款 2,142.76 万元"]) expect(safeText(text)).toBe(text);
  });

  it("is needed: without it the fake, like Excel, makes formulas and numbers", () => {
    expect(enteredValue("=1+1", null)).toMatchObject({ formula: "=1+1", value: "#NAME?" });
    expect(enteredValue("-收入", null)).toMatchObject({ formula: "=-收入" });
    expect(enteredValue("2021", null)).toEqual({ value: 2021 });
    expect(enteredValue("=1+1", "@")).toEqual({ value: "=1+1" });
  });
});

describe("internalLinkFormula", () => {
  it("quotes the sheet and doubles quotes", () => {
    expect(internalLinkFormula("公开06表", "E9", "公开06表!E9")).toBe(`=HYPERLINK("#'公开06表'!E9","公开06表!E9")`);
    expect(internalLinkFormula(`张三's "表"`, "A1", "x")).toBe(`=HYPERLINK("#'张三''s ""表""'!A1","x")`);
  });
});

describe("own-sheet markers", () => {
  /** The fake stands in for Excel's context; the adapter's helpers are typed against Office.js. */
  const asExcel = (context: FakeRequestContext): Excel.RequestContext => context as unknown as Excel.RequestContext;

  async function state(f: FakeExcel) {
    const context = f.newContext();
    const read = loadWorkbookState(asExcel(context));
    await context.sync();
    return read();
  }

  it("recognise our sheet, follow a rename as adoption, and forget a deleted sheet", async () => {
    fake = installFakeExcel([buildSheet("表", [["x"]])]);
    const context = fake.newContext();
    replaceOwnSheet(asExcel(context), "narrative", await state(fake));
    await context.sync();
    expect((await state(fake)).own).toEqual({ narrative: "情况说明" });
    expect(fake.names()[0]).toMatchObject({ name: "_JueSuan_Own_Narrative", visible: false });

    const rename = fake.newContext();
    rename.workbook.worksheets.getItem("情况说明").name = "说明留底";
    await rename.sync();
    expect((await state(fake)).own).toEqual({});

    const del = fake.newContext();
    del.workbook.worksheets.getItem("说明留底").delete();
    await del.sync();
    const after = await state(fake);
    expect(after.names[0]?.value).toBe("#REF!");
    expect(after.own).toEqual({});
  });

  it("pick a free name beside user sheets", async () => {
    fake = installFakeExcel([buildSheet("图表", [["x"]]), buildSheet("图表（助手）", [["y"]])]);
    expect(targetSheetName("charts", await state(fake))).toBe("图表（助手2）");
  });
});

describe("fills on a host without ExcelApi 1.9", () => {
  it("marks and restores without RangeFill.pattern (a white fill comes back as no fill)", async () => {
    const sheets = await oneDefectSheets();
    const { check } = analysisOf(sheets);
    fake = installFakeExcel([...sheets], { apiVersion: "1.8" });
    await userFills(fake, [{ sheet: "公开06表", a1: "E10", color: "#00B050" }]);
    await publishCheckResults({ findings: check.findings, mark: true });
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: MARK_COLOURS.error });
    await clearMarks();
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: "#00B050" });
    expect(fillOf(fake, "公开06表", "E9")).toEqual({ color: null });
  });
});
