/** Layout variants of the sample workbook, each read back with exceljs. */
import { formatHundredths } from "../../src/sample/cell-values";
import { allTexts, findRow, loadSample, masterOf, rowValues, sheet } from "./workbook-helpers";

const isT06Item = (v: unknown[]) => v.includes("行政运行") && (v[0] === "201" || v[0] === "2010301");

test("sheetNames: 附表1…附表14, or names that say nothing about the table", async () => {
  const fujian = await loadSample({ sheetNames: "fujian" });
  expect(fujian.worksheets.map((w) => w.name)).toEqual([...Array.from({ length: 14 }, (_, i) => `附表${i + 1}`), "补充信息"]);
  const arbitrary = await loadSample({ sheetNames: "arbitrary" });
  const names = arbitrary.worksheets.map((w) => w.name).slice(0, 14);
  expect(new Set(names).size).toBe(14);
  expect(names.filter((n) => /公开|附表|决算/.test(n))).toEqual([]);
  expect(arbitrary.worksheets[5]!.getCell(1, 1).value).toBe("一般公共预算财政拨款支出决算表");
});

test("titleLabel false: no 公开NN表 anywhere, the title stays", async () => {
  const wb = await loadSample({ titleLabel: false, sheetNames: "fujian" });
  for (const ws of wb.worksheets.slice(0, 14)) {
    expect(allTexts(ws).filter((t) => /公开\d\d表/.test(t))).toEqual([]);
    expect(String(ws.getCell(2, 1).value)).toMatch(/^编制单位：/);
  }
  expect(sheet(wb, "附表1").getCell(1, 1).value).toBe("收入支出决算总表");
});

test("amountsAsText: amounts as text with thousands separators, zeros as -", async () => {
  const ws = sheet(await loadSample({ amountsAsText: true }), "公开06表");
  const item = rowValues(ws, findRow(ws, isT06Item));
  expect(item.slice(4)).toEqual(["2,142.76", "2,142.76", "-"]);
  const amounts = rowValues(ws, findRow(ws, (v) => v[0] === "合计")).slice(4);
  expect(amounts).toEqual(["3,747.70", "3,187.51", "560.19"]);
  expect(formatHundredths(100)).toBe("1.00");
  expect(formatHundredths(5)).toBe("0.05");
  expect(formatHundredths(123456789)).toBe("1,234,567.89");
});

test("unit 元: every amount × 10 000 and the unit line says 元", async () => {
  const wb = await loadSample({ unit: "元" });
  const ws = sheet(wb, "公开06表");
  expect(ws.getCell(3, ws.columnCount).value).toBe("金额单位：元");
  expect(rowValues(ws, findRow(ws, isT06Item))[4]).toBe(21427600);
  expect(rowValues(ws, findRow(ws, (v) => v[0] === "合计")).slice(4)).toEqual([37477000, 31875100, 5601900]);
  expect(sheet(wb, "公开10表").getCell(8, 12).value).toBe(5500);
  // 补充信息 stays in 万元.
  const sup = sheet(wb, "补充信息");
  expect(sup.getCell(findRow(sup, (v) => v[0] === "机关运行经费"), 2).value).toBe(491.21);
});

test("codes whole: one 7-digit (or 5-digit) code cell, header 项目 › 科目编码 | 科目名称", async () => {
  const wb = await loadSample({ codes: "whole" });
  const t06 = sheet(wb, "公开06表");
  expect(rowValues(t06, 5).slice(0, 2)).toEqual(["科目编码", "科目名称"]);
  expect(rowValues(t06, findRow(t06, (v) => v[0] === "2010301")).slice(0, 3)).toEqual(["2010301", "行政运行", 2142.76]);
  expect(rowValues(t06, findRow(t06, (v) => v[0] === "20103"))[1]).toBe("政府办公厅（室）及相关机构事务");
  const t08 = sheet(wb, "公开08表");
  expect(rowValues(t08, findRow(t08, (v) => v[0] === "30101")).slice(0, 3)).toEqual(["30101", "基本工资", 512.36]);
});

test("numericCodeParts: code parts as numbers, losing the leading zero", async () => {
  const ws = sheet(await loadSample({ numericCodeParts: true }), "公开06表");
  expect(rowValues(ws, findRow(ws, (v) => v[3] === "行政运行" && v[0] === 201)).slice(0, 3)).toEqual([201, 3, 1]);
});

test("codePrefixedNames: names carry their code", async () => {
  const ws = sheet(await loadSample({ codePrefixedNames: true }), "公开06表");
  expect(allTexts(ws)).toContain("2010301 行政运行");
  expect(allTexts(ws)).toContain("201 一般公共服务支出");
});

test("padding: every table starts at C5, 补充信息 still at A1", async () => {
  const wb = await loadSample({ padding: { rows: 4, cols: 2 } });
  for (const ws of wb.worksheets.slice(0, 14)) {
    expect(ws.dimensions.tl).toBe("C5");
    expect(ws.getCell(1, 1).value).toBeNull();
    expect(masterOf(ws, 5, ws.columnCount)).toBe("C5");
  }
  expect(sheet(wb, "补充信息").getCell(1, 1).value).toBe("项目");
});

test("family sichuan13: 13 tables, 08 基本支出决算明细表, 三公 last and for all 财政拨款", async () => {
  const wb = await loadSample({ family: "sichuan13" });
  const titles = wb.worksheets.slice(0, 13).map((ws) => ws.getCell(1, 1).value);
  expect(wb.worksheets.map((w) => w.name).slice(0, 13)).toEqual(Array.from({ length: 13 }, (_, i) => `公开${String(i + 1).padStart(2, "0")}表`));
  expect(titles.slice(7)).toEqual([
    "一般公共预算财政拨款基本支出决算明细表",
    "一般公共预算财政拨款项目支出决算表",
    "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款支出决算表",
    "财政拨款“三公”经费支出决算表",
  ]);
  expect(sheet(wb, "公开13表").getCell(2, 12).value).toBe("公开13表");
});

test("family central9: 9 tables, no 公开NN表, no 栏次 row, no 行次 column", async () => {
  const wb = await loadSample({ family: "central9" });
  expect(wb.worksheets.map((w) => w.name)).toEqual([...Array.from({ length: 9 }, (_, i) => `表${i + 1}`), "补充信息"]);
  expect(wb.worksheets.slice(0, 9).map((ws) => ws.getCell(1, 1).value)).toEqual([
    "收入支出决算总表",
    "收入决算表",
    "支出决算表",
    "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表",
    "一般公共预算财政拨款基本支出决算表",
    "一般公共预算财政拨款“三公”经费支出决算表",
    "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款支出决算表",
  ]);
  for (const ws of wb.worksheets.slice(0, 9)) {
    const texts = allTexts(ws);
    expect(texts.filter((t) => /公开\d\d表|栏次|行次/.test(t))).toEqual([]);
  }
  expect(rowValues(sheet(wb, "表1"), 4)).toEqual(["项目", "金额", "项目", "金额"]);
});

test("sanGongLayout vertical: items down the rows, then 相关统计数", async () => {
  const ws = sheet(await loadSample({ sanGongLayout: "vertical" }), "公开10表");
  expect(rowValues(ws, 4)).toEqual(["项目", "预算数", "决算数"]);
  expect(rowValues(ws, 5)).toEqual(["栏次", 1, 2]);
  const row = (label: string) => rowValues(ws, findRow(ws, (v) => v[0] === label));
  expect(row("一、支出合计")).toEqual(["一、支出合计", 50.69, 50.69]);
  expect(row("1.因公出国（境）费")).toEqual(["1.因公出国（境）费", 0, 0]);
  expect(row("（1）公务用车运行维护费")).toEqual(["（1）公务用车运行维护费", 50.14, 50.14]);
  expect(row("（1）国内公务接待费")).toEqual(["（1）国内公务接待费", null, 0.55]);
  expect(findRow(ws, (v) => v[0] === "二、相关统计数")).toBeGreaterThan(findRow(ws, (v) => v[0] === "3.公务接待费"));
  expect(row("4.公务用车保有量（辆）")).toEqual(["4.公务用车保有量（辆）", null, 15]);
  expect(row("6.国内公务接待人次（人）")[2]).toBe(40);
});

test("supplementary false: no 补充信息 sheet", async () => {
  const wb = await loadSample({ supplementary: false });
  expect(wb.worksheets).toHaveLength(14);
  expect(wb.getWorksheet("补充信息")).toBeUndefined();
});

test("zeroStyle zero: zero detail cells read 0.00 instead of blank", async () => {
  const ws = sheet(await loadSample({ zeroStyle: "zero" }), "公开06表");
  expect(rowValues(ws, findRow(ws, isT06Item)).slice(4)).toEqual([2142.76, 2142.76, 0]);
});

test("bad padding is refused", async () => {
  await expect(loadSample({ padding: { rows: -1, cols: 0 } })).rejects.toThrow(/padding/);
});
