/** Workbooks the e2e tests seed the in-memory Excel with, and what the core says about them. */
import { readFileSync } from "node:fs";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { analyze, type Analysis } from "../../src/core/analyze";
import { toA1 } from "../../src/core/cells";
import type { RawSheet, RawValue } from "../../src/core/raw-sheet";
import { buildSampleWorkbook, FIGURES_2021_PUBLISHED } from "../../src/sample";
import { config } from "./harness";

let sample: Promise<RawSheet[]> | null = null;

/** The sample workbook the pane's 打开样例 serves (dist/sample.xlsx, made by `juesuan sample`). */
export function sampleSheets(): Promise<RawSheet[]> {
  sample ??= readXlsx(new Uint8Array(readFileSync(config().samplePath)));
  return sample.then((s) => structuredClone(s));
}

/** 公开06表 row 2010301 行政运行: its 合计 one 万元 higher, so T06 and T05 no longer agree. */
export async function oneDefectSheets(): Promise<{ sheets: RawSheet[]; cell: string }> {
  const sheets = await sampleSheets();
  const t06 = sheets.find((s) => s.name === "公开06表");
  if (!t06) throw new Error("sample has no 公开06表");
  const rowIndex = t06.values.findIndex((r) => r.some((v) => v === "行政运行"));
  const row = t06.values[rowIndex] as RawValue[] | undefined;
  if (!row) throw new Error("公开06表 has no 行政运行 row");
  const col = row.findIndex((v) => typeof v === "number");
  const amount = row[col];
  if (typeof amount !== "number") throw new Error("行政运行 has no amount");
  row[col] = Math.round((amount + 1) * 100) / 100;
  return { sheets, cell: `公开06表!${toA1(t06.origin.row + rowIndex, t06.origin.col + col)}` };
}

/** The sample with the figures as published (two real 0.01 尾差 the core can balance). */
export async function publishedSheets(): Promise<RawSheet[]> {
  return readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_PUBLISHED)));
}

/** A workbook that is not a disclosure at all. */
export function noTablesSheets(): RawSheet[] {
  return [
    {
      name: "Sheet1",
      origin: { row: 0, col: 0 },
      values: [
        ["姓名", "部门", "金额"],
        ["张三", "办公室", 120],
        ["李四", "财务科", 80.5],
      ],
      numberFormats: null,
    },
  ];
}

/** A sheet the user made and called 审核结果 themselves. */
export const USER_CHECK_SHEET: RawSheet = {
  name: "审核结果",
  origin: { row: 0, col: 0 },
  values: [
    ["我的审核记录", null],
    ["2022-03-01", "已与财政局核对"],
  ],
  numberFormats: null,
};

export interface Expected {
  readonly analysis: Analysis;
  readonly counts: Record<"error" | "rounding" | "warning" | "info", number>;
}

/** What the pane should show, computed by the core directly. */
export function expected(sheets: readonly RawSheet[]): Expected {
  const analysis = analyze(sheets);
  const counts = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const f of analysis.check.findings) {
    if (f.outcome === "rounding") counts.rounding++;
    else counts[f.severity]++;
  }
  return { analysis, counts };
}
