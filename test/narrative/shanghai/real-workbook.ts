import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readXlsx } from "../../../src/adapters/xlsx/read-xlsx";
import { writeRawSheets } from "../../../src/adapters/xlsx/write-raw-sheets";
import type { RawSheet, RawValue } from "../../../src/core/raw-sheet";
import { rawSheet } from "../../helpers/raw-sheet-builder";

/**
 * The real Shanghai 2024 disclosure kept beside the project (shared/real/README.md): its nine
 * tables as an accountant's workbook, and its published 第三部分 情况说明.
 */
export const REAL_DIR = resolve(__dirname, "../../../../shared/real");
const BASE = "shanghai-putuo-shehuigongzuobu-2024";

export async function realSheets(): Promise<RawSheet[]> {
  return readXlsx(new Uint8Array(readFileSync(resolve(REAL_DIR, `${BASE}.xlsx`))));
}

export function publishedNarrative(): string[] {
  return readFileSync(resolve(REAL_DIR, `${BASE}-narrative.txt`), "utf8").replace(/\n+$/, "").split("\n");
}

/**
 * A 补充信息 sheet written by the project's xlsx writer and read back, as the add-in would find
 * it in the accountant's workbook.
 */
export async function inputSheetXlsx(rows: readonly (readonly RawValue[])[]): Promise<RawSheet[]> {
  const sheet = rawSheet("补充信息", [["项目", "数值", "说明"], ...rows]);
  return readXlsx(await writeRawSheets([sheet]));
}

const REASON_NEW_UNIT = "单位于2024年成立";
const STAFF_CHANGE = "单位2024年新成立，人员变动，按实际支出";

/** Per 项 of 公开06表: 全年预算, 主要用于 and the reason, each as printed in 五（三）. */
const ITEMS: readonly [string, number, string, string | null][] = [
  ["2013901", 52.0, "行政单位人员支出、公用支出", "人员变动引起实际支出低于预算"],
  ["2013950", 17.68, "事业单位人员支出", STAFF_CHANGE],
  ["2013999", 202.24, "新建部门开办费、基层政权和社区建设项目支出", null],
  ["2080505", 9.0, "机关事业单位基本养老保险支出", STAFF_CHANGE],
  ["2080506", 5.74, "机关事业单位职业年金支出", STAFF_CHANGE],
  ["2101101", 2.23, "行政单位医疗保险支出", STAFF_CHANGE],
  ["2101102", 2.29, "事业单位医疗保险支出", STAFF_CHANGE],
  // N6: the publication repeats item 7's purpose here; kept, so that the golden text is the
  // published one (verify-text reports it, N-18).
  ["2210201", 18.12, "事业单位医疗保险支出", STAFF_CHANGE],
  ["2210203", 11.72, "行政单位购房补贴支出", null],
];

/** The 补充信息 rows an accountant fills from what the published text states beyond the tables. */
export const PUBLISHED_INPUT_ROWS: readonly (readonly RawValue[])[] = [
  ["单位名称", "中共上海市普陀区委社会工作部"],
  ["决算年度", 2024],
  ["上年收支总计", 0],
  ["上年财政拨款收支总计", 0],
  ["上年一般公共预算财政拨款支出", 0],
  ["变动原因：收支总计", REASON_NEW_UNIT],
  ["变动原因：财政拨款收支总计", REASON_NEW_UNIT],
  ["变动原因：一般公共预算财政拨款支出", REASON_NEW_UNIT],
  ["一般公共预算财政拨款支出年初预算数", 0],
  ["一般公共预算财政拨款支出全年预算数", 321.02],
  ["预决算差异原因：一般公共预算财政拨款支出", "人员经费支出数小于预算数。"],
  ...ITEMS.flatMap(([code, full, use, reason]) => [
    [`全年预算数：${code}`, full],
    [`主要用于：${code}`, use],
    ...(reason ? [[`预决算差异原因：${code}`, reason]] : []),
  ]),
  ["预算绩效管理制度", "严格贯彻落实《上海市预算绩效管理实施办法》和本区“预算绩效管理实施办法”，完善内控制度，做好绩效管理工作"],
  ["绩效目标项目数", 1],
  ["绩效目标涉及预算金额", 175.52],
  ["绩效跟踪评价项目数", 1],
  ["绩效跟踪评价涉及预算金额", 175.52],
  ["绩效自评项目数", 1],
  ["绩效自评涉及预算金额", 175.52],
  ["绩效自评平均得分", "100.00"],
  ["绩效评级为“优”的项目数", 1],
  ["绩效评级为“良”的项目数", 0],
  ["绩效评级为“合格”的项目数", 0],
  ["绩效评级为“不合格”的项目数", 0],
  ["绩效自评发现问题数", 0],
  ["机关运行经费", 10.23],
  ["上年机关运行经费", 0],
  ["变动原因：机关运行经费", REASON_NEW_UNIT],
  ["政府采购金额", 21.07],
  ["货物采购金额", 21.07],
  ["工程采购金额", 0],
  ["服务采购金额", 0],
  ["面向中小企业预留项目预算金额", 21.07],
  ["面向小微企业预留项目预算金额", 21.07],
  ["预留项目中小企业中标金额", 21.07],
  ["预留项目小微企业中标金额", 21.07],
  // N5: 21.07 in the other projects as well doubles the total; an input the tables cannot check.
  ["其他项目中小企业中标金额", 21.07],
  ["车辆总数", 0],
  ["单价100万元（含）以上设备（不含车辆）", 0],
];

/** The real sheets with cells replaced: `edits[sheetNamePart]` maps "row,col" → value. */
export async function editedRealSheets(edits: Record<string, Record<string, RawValue>>): Promise<RawSheet[]> {
  return (await realSheets()).map((s) => {
    const key = Object.keys(edits).find((k) => s.name.includes(k));
    if (!key) return s;
    const values = s.values.map((r) => [...r]);
    const formats = (s.numberFormats ?? values.map((r) => r.map(() => "General"))).map((r) => [...r]);
    for (const [at, v] of Object.entries(edits[key]!)) {
      const [row, col] = at.split(",").map(Number) as [number, number];
      values[row]![col] = v;
      formats[row]![col] = typeof v === "number" ? "0.00" : "@";
    }
    return { ...s, values, numberFormats: formats };
  });
}
