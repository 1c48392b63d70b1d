/** The default sample workbook (Sichuan 14 tables, consistent 2021 figures), read back with exceljs. */
import type ExcelJS from "exceljs";
import { FIGURES_2021_CONSISTENT, FIGURES_2021_PUBLISHED } from "../../src/sample";
import { after, allTexts, findRow, loadSample, masterOf, rowValues, sheet } from "./workbook-helpers";

const TITLES = [
  "收入支出决算总表",
  "收入决算表",
  "支出决算表",
  "财政拨款收入支出决算总表",
  "财政拨款支出决算明细表",
  "一般公共预算财政拨款支出决算表",
  "一般公共预算财政拨款支出决算明细表",
  "一般公共预算财政拨款基本支出决算表",
  "一般公共预算财政拨款项目支出决算表",
  "一般公共预算财政拨款“三公”经费支出决算表",
  "政府性基金预算财政拨款收入支出决算表",
  "政府性基金预算财政拨款“三公”经费支出决算表",
  "国有资本经营预算财政拨款收入支出决算表",
  "国有资本经营预算财政拨款支出决算表",
];
const LABELS = TITLES.map((_, i) => `公开${String(i + 1).padStart(2, "0")}表`);

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  wb = await loadSample();
});

test("one sheet per table, named 公开01表…公开14表, then 补充信息", () => {
  expect(wb.worksheets.map((w) => w.name)).toEqual([...LABELS, "补充信息"]);
});

describe.each(LABELS.map((label, i) => [label, TITLES[i]!]))("%s", (label, title) => {
  test("title in A1, merged across the table; label alone at the top right; 编制单位 and 金额单位 line", () => {
    const ws = sheet(wb, label);
    const last = ws.columnCount;
    expect(ws.getCell(1, 1).value).toBe(title);
    expect(masterOf(ws, 1, last)).toBe("A1");
    expect(ws.getCell(1, 1).alignment?.horizontal).toBe("center");
    expect(ws.getCell(1, 1).font?.bold).toBe(true);
    expect(rowValues(ws, 2)).toEqual([...Array<null>(last - 1).fill(null), label]);
    expect(ws.getCell(3, 1).value).toBe("编制单位：攀枝花市人民政府办公室");
    expect(ws.getCell(3, last).value).toBe("金额单位：万元");
  });
});

test("coded tables have 3 header rows (项目 › 科目编码 › 类|款|项) and a 栏次 row", () => {
  for (const label of ["公开02表", "公开03表", "公开05表", "公开06表", "公开09表", "公开11表", "公开13表", "公开14表"]) {
    const ws = sheet(wb, label);
    expect(ws.getCell(4, 1).value).toBe("项目");
    expect(masterOf(ws, 4, 4)).toBe("A4");
    expect(ws.getCell(5, 1).value).toBe("科目编码");
    expect(ws.getCell(5, 4).value).toBe("科目名称");
    expect(rowValues(ws, 6).slice(0, 3)).toEqual(["类", "款", "项"]);
    // The first amount header reaches down to the last header row (T14's 合计 sits under 本年支出).
    expect(masterOf(ws, 6, 5)).toBe(label === "公开14表" ? "E5" : "E4");
    const colNo = rowValues(ws, 7);
    expect(colNo[0]).toBe("栏次");
    expect(colNo.slice(4)).toEqual(colNo.slice(4).map((_, i) => i + 1));
  }
});

test("T06 prints every 项 with its published amount, codes split as text, 合计 last", () => {
  const ws = sheet(wb, "公开06表");
  for (const r of FIGURES_2021_CONSISTENT.t06.rows.filter((x) => x.code.length === 7)) {
    const parts = [r.code.slice(0, 3), r.code.slice(3, 5), r.code.slice(5)];
    const n = findRow(ws, (v) => v[0] === parts[0] && v[1] === parts[1] && v[2] === parts[2]);
    expect(rowValues(ws, n).slice(3, 7)).toEqual([
      r.name,
      r.values.total / 100,
      r.values.basic === 0 ? null : r.values.basic / 100,
      r.values.project === 0 ? null : r.values.project / 100,
    ]);
    expect(ws.getCell(n, 5).numFmt).toBe("#,##0.00");
  }
  const total = findRow(ws, (v) => v[0] === "合计");
  expect(rowValues(ws, total).slice(4)).toEqual([3747.7, 3187.51, 560.19]);
  expect(findRow(ws, (v) => typeof v[0] === "string" && v[0].startsWith("注："))).toBe(total + 1);
  expect(rowValues(ws, findRow(ws, (v) => v[0] === "201" && v[1] === null)).slice(3, 5)).toEqual(["一般公共服务支出", 2694.18]);
});

test("T01: panels side by side, totals face each other, the full class list with zero rows", () => {
  const ws = sheet(wb, "公开01表");
  expect(rowValues(ws, 4)).toEqual(["收入", null, null, "支出", null, null]);
  expect(rowValues(ws, 5)).toEqual(["项目", "行次", "金额", "项目", "行次", "金额"]);
  const totals = findRow(ws, (v) => v[0] === "本年收入合计");
  expect(rowValues(ws, totals)[3]).toBe("本年支出合计");
  expect(after(rowValues(ws, totals), "本年收入合计")[1]).toBe(3789);
  expect(after(rowValues(ws, totals), "本年支出合计")[1]).toBe(3831.87);
  const grand = rowValues(ws, findRow(ws, (v) => v[0] === "总计"));
  expect([grand[2], grand[5]]).toEqual([3850.88, 3850.88]);
  expect(rowValues(ws, findRow(ws, (v) => v[0] === "年初结转和结余"))[2]).toBe(61.88);
  const classes = allTexts(ws).filter((t) => /^[一二三四五六七八九十]+、.*支出$/.test(t));
  expect(classes).toHaveLength(29);
  expect(rowValues(ws, findRow(ws, (v) => v[3] === "二、外交支出"))[5]).toBeNull();
  expect(rowValues(ws, findRow(ws, (v) => v[3] === "十一、城乡社区支出"))[5]).toBe(82.16);
});

test("T01 of the published figures keeps the published carry-overs", async () => {
  const ws = sheet(await loadSample({}, FIGURES_2021_PUBLISHED), "公开01表");
  const grand = rowValues(ws, findRow(ws, (v) => v[0] === "总计"));
  expect([grand[2], grand[5]]).toEqual([3850.87, 3850.87]);
  expect(rowValues(ws, findRow(ws, (v) => v[0] === "年初结转和结余"))[2]).toBe(61.87);
  expect(rowValues(ws, findRow(ws, (v) => v[3] === "年末结转和结余"))[5]).toBe(19);
});

test("T04: fund columns, 年初 followed by its three fund sub-rows, 年末 per fund", () => {
  const ws = sheet(wb, "公开04表");
  expect(rowValues(ws, 5)).toEqual(["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]);
  const opening = findRow(ws, (v) => v[0] === "年初财政拨款结转和结余");
  expect([opening + 1, opening + 2, opening + 3].map((r) => ws.getCell(r, 1).value)).toEqual(["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]);
  expect(ws.getCell(opening + 1, 3).value).toBe(61.88);
  expect(after(rowValues(ws, opening), "年末财政拨款结转和结余").slice(1)).toEqual([19.01, 19.01, null, null]);
  expect(after(rowValues(ws, findRow(ws, (v) => v[3] === "本年支出合计")), "本年支出合计").slice(1)).toEqual([3829.86, 3747.7, 82.16, 0]);
  expect(ws.getCell(opening + 4, 1).value).toBe("总计");
});

test("T08: 人员经费 and 公用经费 panels and the footer row", () => {
  const ws = sheet(wb, "公开08表");
  expect(ws.getCell(4, 1).value).toBe("人员经费");
  expect(ws.getCell(4, 5).value).toBe("公用经费");
  expect(masterOf(ws, 4, 4)).toBe("A4");
  expect(rowValues(ws, findRow(ws, (v) => v[0] === "人员经费合计"))).toEqual(["人员经费合计", null, null, 2670.44, "公用经费合计", null, null, 517.07]);
  const retired = findRow(ws, (v) => v[2] === "退休人员医疗费补助");
  expect(rowValues(ws, retired).slice(0, 2)).toEqual(["303", "07"]);
  const reception = findRow(ws, (v) => v[6] === "公务接待费");
  expect(rowValues(ws, reception).slice(4)).toEqual(["302", "17", "公务接待费", 0.55]);
  expect(allTexts(ws)).not.toContain("公务用车运行维护费");
});

test("T10 variant A: group header over six items × 预算数|决算数, one data row, zeros as 0.00", () => {
  const ws = sheet(wb, "公开10表");
  expect(ws.getCell(4, 1).value).toBe("财政拨款“三公”经费");
  expect(masterOf(ws, 4, 12)).toBe("A4");
  expect(rowValues(ws, 5).filter((v) => v !== null)).toEqual(["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"]);
  expect(rowValues(ws, 6).filter((v) => v !== null)).toEqual(["预算数", "决算数", "预算数", "决算数", "小计", "公务用车购置费", "公务用车运行维护费", "预算数", "决算数"]);
  expect(rowValues(ws, 8)).toEqual([50.69, 50.69, 0, 0, 50.14, 50.14, 0, 0, 50.14, 50.14, 0.55, 0.55]);
  expect(ws.getCell(8, 3).numFmt).toBe("#,##0.00");
});

test("T11 header: 本年支出 splits into 合计|基本支出|项目支出; carry-overs span the header height", () => {
  const ws = sheet(wb, "公开11表");
  expect(rowValues(ws, 4).slice(4)).toEqual(["年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"]);
  expect(rowValues(ws, 5).slice(6, 9)).toEqual(["合计", "基本支出", "项目支出"]);
  expect(masterOf(ws, 6, 10)).toBe("J4");
  expect(rowValues(ws, findRow(ws, (v) => v[0] === "合计")).slice(4)).toEqual([0, 82.16, 82.16, 0, 82.16, 0]);
});

test("empty tables keep their format and say why they are empty", () => {
  const note = "注：本单位无国有资本经营预算财政拨款收入和支出，故本表无数据。";
  for (const label of ["公开13表", "公开14表"]) {
    const ws = sheet(wb, label);
    expect(allTexts(ws)).toContain(note);
    expect(findRow(ws, (v) => v[0] === note)).toBe(findRow(ws, (v) => v[0] === "合计") + 2);
  }
  expect(allTexts(sheet(wb, "公开12表"))).toContain("注：本单位无政府性基金预算财政拨款“三公”经费支出，故本表无数据。");
  expect(rowValues(sheet(wb, "公开12表"), 8)).toEqual(Array(12).fill(null));
});

test("补充信息: 项目 | 数值 | 说明 with the canonical labels", () => {
  const ws = sheet(wb, "补充信息");
  expect(rowValues(ws, 1)).toEqual(["项目", "数值", "说明"]);
  const labels = new Map<string, unknown>();
  for (let r = 2; r <= ws.rowCount; r++) labels.set(String(ws.getCell(r, 1).value), ws.getCell(r, 2).value);
  const canonical = [
    "决算年度", "单位名称", "上年收支总计", "上年财政拨款收支总计", "上年一般公共预算财政拨款支出", "上年因公出国（境）费",
    "上年公务用车购置及运行维护费", "上年公务接待费", "上年机关运行经费", "机关运行经费", "政府采购支出总额", "政府采购货物支出",
    "政府采购工程支出", "政府采购服务支出", "授予中小企业合同金额", "授予小微企业合同金额", "因公出国（境）团组数",
    "因公出国（境）人次", "公务用车购置数", "公务用车保有量", "公务用车保有量（轿车）", "公务用车保有量（越野车）",
    "公务用车保有量（载客汽车）", "国内公务接待支出", "国内公务接待批次", "国内公务接待人次", "外事接待支出", "外事接待批次",
    "外事接待人次", "变动原因：收支总计", "变动原因：财政拨款收支总计", "变动原因：一般公共预算财政拨款支出",
    "变动原因：公务用车购置及运行维护费", "变动原因：公务接待费", "变动原因：机关运行经费", "公务用车运行维护费主要用途",
    "国内公务接待主要用途", "国内公务接待具体内容", "政府采购主要用途", "车辆总数", "主要领导干部用车", "机要通信用车",
    "应急保障用车", "其他用车", "其他用车用途", "单价50万元以上通用设备", "单价100万元以上专用设备",
  ];
  expect(canonical.filter((l) => !labels.has(l))).toEqual([]);
  expect(labels.get("决算年度")).toBe(2021);
  expect(labels.get("上年收支总计")).toBe(4540.77);
  expect(labels.get("上年机关运行经费")).toBe(312.55);
  expect(labels.get("公务用车保有量")).toBe(15);
  expect(labels.get("变动原因：机关运行经费")).toBe("调入人员较多，经费增加");
  expect(labels.get("预算数：2010301")).toBe(2142.76);
  expect(labels.get("预算数：2240399")).toBe(6.59);
  expect([...labels.keys()].filter((l) => l.startsWith("预算数："))).toHaveLength(15);
});
