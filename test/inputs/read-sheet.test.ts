import { formatRef } from "../../src/core/cells";
import { readInputs, readSupplementarySheet, resolveLabel, supplementaryTemplate, ALL_FIELDS } from "../../src/core/inputs";
import type { RawValue } from "../../src/core/raw-sheet";
import { rawSheet } from "../helpers/raw-sheet-builder";
import { exampleWorkbook } from "../narrative/fixtures/example-model";

const sheet = (rows: (readonly RawValue[])[], origin?: { row: number; col: number }) => rawSheet("补充信息", rows, origin ? { origin } : {});

describe("labels: canonical and synonyms", () => {
  test.each([
    ["上年收支总计", "prior.t01Total"],
    ["上年收、支总计", "prior.t01Total"],
    ["上年收、支总计（万元）", "prior.t01Total"],
    ["上年财政拨款收、支总计", "prior.t04Total"],
    [" 上年 一般公共预算财政拨款支出：", "prior.t06Total"],
    ["上年公务用车购置及运行费", "prior.sg.vehicle"],
    ["因公出国（境）人次", "sg.abroad.persons"],
    ["因公出国(境)人数", "sg.abroad.persons"],
    ["因公出国人数", "sg.abroad.persons"],
    ["因公出国团组数", "sg.abroad.groups"],
    ["国内公务接待人数", "sg.reception.domestic.persons"],
    ["公务用车保有量(轿车)", "sg.vehicle.fleet.sedan"],
    ["变动原因：收、支总计", "reason.s1"],
    ["变动原因:收支总计", "reason.s1"],
    ["收支总计变动原因", "reason.s1"],
    ["变动原因：“三公”经费", "reason.sg.total"],
    ["变动原因：“四公”经费", null],
    ["主要用于：2013901", "use.t06[2013901]"],
    ["变动原因：2013901", "reason.budget[2013901]"],
    ["年初预算数：一般公共预算财政拨款支出", "budget.t06Total"],
    ["全年预算数：合计", "budget.t06TotalFullYear"],
    ["离退休干部用车", "assets.vehicles.retirees"],
    ["预决算差异原因：“三公”经费", "reason.budget.sg.total"],
    ["预算数：2010301", "budget.t06[2010301]"],
    ["预算数:2010301", "budget.t06[2010301]"],
    ["全年预算数：2010301", "budget.t06FullYear[2010301]"],
    ["预决算差异原因：2010301", "reason.budget[2010301]"],
    ["预算数：合计", "budget.t06Total"],
    ["预算数：20103011", null],
    ["上年收入", null],
  ])("%s → %s", (label, key) => {
    expect(resolveLabel(label)?.key ?? null).toBe(key);
  });

  test("every canonical label resolves to its own field (no two fields share a label)", () => {
    for (const f of ALL_FIELDS) expect(resolveLabel(f.label)?.key).toBe(f.key);
  });
});

describe("readSupplementarySheet", () => {
  test("with a header row: amounts, counts, texts, with their cells; 说明 ignored", () => {
    const inputs = readSupplementarySheet(
      sheet([
        ["项目", "数值", "说明"],
        ["决算年度", "2021年", "x"],
        ["上年收、支总计", 4540.77, "万元"],
        ["公务用车保有量", "15辆", null],
        ["变动原因：收支总计", "项目经费减少。", null],
        ["预算数：2010301", "2,142.76", null],
      ]),
    );
    expect(inputs.issues).toEqual([]);
    expect(inputs.counts["year"]?.value).toBe(2021);
    expect(inputs.amounts["prior.t01Total"]?.value.micros).toBe(4_540_770_000);
    expect(formatRef(inputs.amounts["prior.t01Total"]!.ref!)).toBe("补充信息!B3");
    expect(inputs.counts["sg.vehicle.fleet.total"]?.value).toBe(15);
    expect(inputs.texts["reason.s1"]?.value).toBe("项目经费减少"); // the trailing 。 would double up
    expect(inputs.amounts["budget.t06[2010301]"]?.value.micros).toBe(2_142_760_000);
  });

  test("without a header row, placed anywhere on the sheet", () => {
    const inputs = readSupplementarySheet(sheet([["上年收支总计", 1], ["上年公务接待费", 0.5]], { row: 3, col: 2 }));
    expect(inputs.issues).toEqual([]);
    expect(formatRef(inputs.amounts["prior.sg.reception"]!.ref!)).toBe("补充信息!D5");
  });

  test("an amount labelled （元） is converted to 万元", () => {
    const inputs = readSupplementarySheet(sheet([["机关运行经费（元）", 4912100]]));
    expect(inputs.amounts["operatingFunds"]?.value.micros).toBe(491_210_000);
  });

  test.each([
    ["a non-number in 数值", [["上年收支总计", "约四千万"]], "input-value-invalid", "error", "补充信息!B1：“上年收支总计”的数值“约四千万”不是数字，已忽略。"],
    ["a non-integer count", [["公务用车保有量", 1.5]], "input-value-invalid", "error", "补充信息!B1：“公务用车保有量”的数值“1.5”不是非负整数，已忽略。"],
    ["not a year", [["决算年度", "去年"]], "input-value-invalid", "error", "补充信息!B1：“决算年度”的数值“去年”不是年份，已忽略。"],
    ["an unknown label", [["上年收入", 1]], "input-label-unknown", "warning", "补充信息!A1 的项目“上年收入”无法识别，已忽略。请使用模板中的项目名称（可用 juesuan inputs -o 生成模板）。"],
    ["a value without a label", [[null, 5]], "input-label-missing", "warning", "补充信息!B1 有数值“5”但没有项目名称，已忽略。"],
    ["a duplicated label", [["上年收支总计", 1], ["上年收、支总计", 2]], "input-label-duplicate", "warning", "“上年收支总计”重复填写（补充信息!A1 与 补充信息!A2），已使用第一处的值。"],
  ] as const)("%s → a Chinese issue with the cell", (_name, rows, code, severity, message) => {
    const inputs = readSupplementarySheet(sheet(rows as unknown as RawValue[][]));
    expect(inputs.issues).toHaveLength(1);
    expect(inputs.issues[0]).toMatchObject({ code, severity, message });
    expect(inputs.issues[0]!.cells.length).toBeGreaterThan(0);
  });

  test("the duplicate keeps the first value", () => {
    const inputs = readSupplementarySheet(sheet([["上年收支总计", 1], ["上年收、支总计", 2]]));
    expect(inputs.amounts["prior.t01Total"]?.value.micros).toBe(1_000_000);
  });

  test("captions and blank values are skipped silently (a blank is simply not given)", () => {
    const inputs = readSupplementarySheet(sheet([["一、上年数", null], ["上年收支总计", null], ["（二）三公", ""]]));
    expect(inputs.issues).toEqual([]);
    expect(inputs.amounts["prior.t01Total"]).toBeUndefined();
  });

  test("an empty sheet gives empty inputs", () => {
    expect(readSupplementarySheet(sheet([]))).toEqual({ amounts: {}, counts: {}, texts: {}, issues: [] });
  });
});

describe("readInputs", () => {
  test("no 补充信息 sheet: one info issue saying how to make one", () => {
    const inputs = readInputs([rawSheet("公开01表", [["收入支出决算总表"]])]);
    expect(inputs.issues).toHaveLength(1);
    expect(inputs.issues[0]).toMatchObject({ code: "inputs-sheet-missing", severity: "info" });
    expect(inputs.issues[0]!.message).toContain("juesuan inputs -o");
  });

  test("finds the sheet by name, also a name containing 补充信息", () => {
    const inputs = readInputs([rawSheet("2021补充信息", [["上年收支总计", 1]])]);
    expect(inputs.amounts["prior.t01Total"]).toBeDefined();
  });
});

describe("supplementaryTemplate", () => {
  test("lists every canonical label once, each with a Chinese hint", () => {
    const rows = supplementaryTemplate();
    const labels = rows.map((r) => r.label);
    for (const f of ALL_FIELDS) expect(labels).toContain(f.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const r of rows) expect(r.hint).toMatch(/[\u4e00-\u9fff]/);
  });

  test("given a workbook, one 预算数 row per non-zero T06 项", () => {
    const rows = supplementaryTemplate(exampleWorkbook());
    const budgets = rows.filter((r) => r.label.startsWith("预算数："));
    expect(budgets).toHaveLength(15);
    expect(budgets[0]).toEqual({ label: "预算数：2010301", hint: "行政运行（项）的预算数，万元" });
  });

  test("every template row reads back as a known label", () => {
    for (const r of supplementaryTemplate(exampleWorkbook())) expect(resolveLabel(r.label)).not.toBeNull();
  });
});
