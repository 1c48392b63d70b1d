import { mergeInputs, priorFromInputs, priorFromWorkbook, readSupplementarySheet, workbookYear } from "../../src/core/inputs";
import { generateNarrative } from "../../src/core/narrative";
import { codeTable, sanGongTable, summaryTable, workbook } from "../helpers/model-builders";
import { rawSheet } from "../helpers/raw-sheet-builder";
import { exampleWorkbook, UNIT } from "../narrative/fixtures/example-model";

/** Last year's workbook with the 2020 figures the example's narrative implies (narrative.md §2). */
function lastYear(opts: { unit?: string; year?: number } = {}) {
  const unitName = opts.unit ?? UNIT;
  const title = (t: string) => `${opts.year ?? 2020}年度${t}`;
  return workbook(
    [
      summaryTable("T01", { income: [["总计", "4540.77"]], expenditure: [["总计", "4540.77"]] }, { unitName, title: title("收入支出决算总表") }),
      summaryTable("T04", { income: [["总计", "4528.01"]], expenditure: [["总计", { total: "4528.01" }]] }, { unitName, title: title("财政拨款收入支出决算总表") }),
      codeTable("T06", [["合计", { total: "3726.87" }]], { unitName }),
      sanGongTable("T10", { sgTotal: { actual: "49.69" }, abroad: { actual: "0.00" }, vehicle: { actual: "48.66" }, reception: { actual: "1.03" } }, { unitName }),
    ],
    { unitName },
  );
}

const current = () => {
  const wb = exampleWorkbook();
  const t01 = wb.tables.T01!;
  return { ...wb, tables: { ...wb.tables, T01: { ...t01, title: "2021年度收入支出决算总表" } } };
};

describe("priorFromWorkbook", () => {
  test("takes T01 总计, T04 总计, T06 合计 and the T10 items, as values from another file", () => {
    const prior = priorFromWorkbook(lastYear(), current());
    expect(prior.issues).toEqual([]);
    expect(prior.amounts["prior.t01Total"]?.value.micros).toBe(4_540_770_000);
    expect(prior.amounts["prior.t04Total"]?.value.micros).toBe(4_528_010_000);
    expect(prior.amounts["prior.t06Total"]?.value.micros).toBe(3_726_870_000);
    expect(prior.amounts["prior.sg.vehicle"]?.value.micros).toBe(48_660_000);
    expect(prior.amounts["prior.sg.reception"]?.value.micros).toBe(1_030_000);
    expect(prior.amounts["prior.t01Total"]).toMatchObject({ ref: null, source: "priorWorkbook", origin: "上年决算表 公开01表!B5" });
  });

  test("the narrative then writes the example's 一 without any 补充信息 prior row", () => {
    const inputs = mergeInputs(readSupplementarySheet(rawSheet("补充信息", [["决算年度", 2021], ["变动原因：收支总计", "项目经费减少"]])), priorFromWorkbook(lastYear(), current()));
    const text = generateNarrative(current(), inputs).paragraphs.find((p) => p.id === "s01.totals")!.text;
    expect(text).toBe("2021年度收、支总计3850.87万元。与2020年相比，收、支总计各减少689.9万元，下降15.19%。主要变动原因是项目经费减少。");
  });

  test.each([
    ["another unit", { unit: "攀枝花市财政局" }, "prior-workbook-other-unit", "上年决算表的编制单位是“攀枝花市财政局”，与本年“攀枝花市人民政府办公室”不同，未使用其数据。请选择本单位上一年度的决算公开表。"],
    ["the same year", { year: 2021 }, "prior-workbook-same-year", "作为上年数据的决算表也是2021年度的，未使用其数据。请选择2020年度的决算公开表。"],
    ["a year that is not the previous one", { year: 2018 }, "prior-workbook-wrong-year", "作为上年数据的决算表是2018年度的，不是2020年度，未使用其数据。"],
  ])("%s: an error and no values", (_name, opts, code, message) => {
    const prior = priorFromWorkbook(lastYear(opts), current());
    expect(prior.amounts).toEqual({});
    expect(prior.issues).toEqual([{ code, severity: "error", message, cells: [] }]);
  });

  test("the same file twice, years unknown: refused by its identical totals", () => {
    const prior = priorFromWorkbook(exampleWorkbook(), exampleWorkbook());
    expect(prior.issues[0]?.code).toBe("prior-workbook-same-year");
  });

  test("tables missing from last year's workbook are named", () => {
    const prior = priorFromWorkbook(workbook([], { unitName: UNIT }), current());
    expect(prior.issues[0]?.message).toBe("上年决算表中未找到：上年收支总计、上年财政拨款收支总计、上年一般公共预算财政拨款支出、上年因公出国（境）费、上年公务用车购置及运行维护费、上年公务接待费。这些上年数请在补充信息中填写。");
  });

  test("workbookYear reads the year from titles", () => {
    expect(workbookYear(current())).toBe(2021);
    expect(workbookYear(exampleWorkbook())).toBeNull();
  });
});

describe("mergeInputs and priorFromInputs", () => {
  test("补充信息 wins over last year's workbook, with a warning when they differ", () => {
    const sheet = readSupplementarySheet(rawSheet("补充信息", [["上年收支总计", 4540.78]]));
    const merged = mergeInputs(sheet, priorFromWorkbook(lastYear(), current()));
    expect(merged.amounts["prior.t01Total"]?.value.micros).toBe(4_540_780_000);
    expect(merged.issues).toEqual([
      { code: "input-conflict", severity: "warning", message: "“上年收支总计”在补充信息中填写的值与上年决算表 公开01表!B5的值不同，已使用补充信息中的值。", cells: [{ sheet: "补充信息", row: 0, col: 1 }] },
    ]);
  });

  test("last year's 机关运行经费 becomes 上年机关运行经费", () => {
    const prior = priorFromInputs(readSupplementarySheet(rawSheet("补充信息", [["机关运行经费", 312.55]])));
    expect(prior.amounts["prior.operatingFunds"]).toMatchObject({ value: { micros: 312_550_000 }, source: "priorWorkbook", origin: "上年补充信息 补充信息!B1" });
  });
});
