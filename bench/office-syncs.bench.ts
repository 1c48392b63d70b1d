/**
 * `npm run bench:syncs`: round trips (context.sync) and the largest response per Office action,
 * on the in-memory Excel with Excel on the web's 5 MB payload limit (test/helpers/fake-excel).
 * A round trip costs far more than its data on the web, so these are the figures to watch.
 * Prints figures; asserts nothing (the tests hold the exact counts).
 */
import { applyRounding, clearMarks, insertCharts, publishCheckResults, readAllSheets, writeNarrativeSheet } from "../src/adapters/office";
import { readXlsx } from "../src/adapters/xlsx/read-xlsx";
import { analyze } from "../src/core/analyze";
import type { RawSheet, RawValue } from "../src/core/raw-sheet";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT, FIGURES_2021_PUBLISHED } from "../src/sample";
import { buildSheet, type FakeExcel, installFakeExcel } from "../test/helpers/fake-excel";

function ledger(rows: number, memo: string): RawSheet {
  const values: RawValue[][] = [["日期", "凭证号", "摘要", "科目", "借方", "贷方", "余额", "经办人", "部门", "备注"]];
  for (let r = 1; r < rows; r++) values.push([45292 + (r % 365), `记-${r}`, `${memo}${r % 97}`, "5201 办公费", r * 1.5, 0, r * 3.25, "张三", "办公室", "已审核"]);
  return buildSheet("往来台账", values, { numberFormat: "#,##0.00" });
}

async function measure(label: string, fake: FakeExcel, action: () => Promise<unknown>): Promise<void> {
  fake.syncCount = 0;
  fake.payloads.splice(0);
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  const kb = (fake.maxResponseBytes() / 1024).toFixed(0);
  console.log(`${label.padEnd(44)} ${String(fake.syncCount).padStart(3)} 次同步   最大响应 ${kb.padStart(6)} KB   ${ms.toFixed(0).padStart(6)} ms`);
}

async function main(): Promise<void> {
  const sample = await readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_CONSISTENT)));
  const defect = sample.map((s) => (s.name !== "公开06表" ? s : { ...s, values: s.values.map((r, i) => (i !== 9 ? r : r.map((x, j) => (j === 4 ? 2143.76 : x)))) }));
  console.log("操作                                          同步次数   （内存 Excel，5 MB 响应上限）");

  let fake = installFakeExcel(defect);
  const analysis = analyze(defect);
  await measure("读取样例（14 张表）", fake, () => readAllSheets());
  await measure("写入审核结果并标记（第一次）", fake, () => publishCheckResults({ findings: analysis.check.findings, mark: true }));
  await measure("写入审核结果并标记（再次，替换上次）", fake, () => publishCheckResults({ findings: analysis.check.findings, mark: true }));
  await measure("清除标记", fake, () => clearMarks());
  await measure("写入情况说明", fake, () => writeNarrativeSheet(analysis.narrative.paragraphs));
  await measure("插入图1–图7", fake, () => insertCharts(analysis.charts));
  fake.uninstall();

  const published = await readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_PUBLISHED)));
  const adjustments = analyze(published).roundingAdjustments ?? [];
  fake = installFakeExcel(published);
  await measure(`应用舍位平衡（公开数，${adjustments.length} 处）`, fake, () => applyRounding(adjustments));
  await measure("清除标记（恢复舍位平衡原值）", fake, () => clearMarks());
  fake.uninstall();

  // 公开06表 with a hidden 项 row and a hidden 上年数 column: their flags come with the values.
  const hidden = await readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, { hiddenRowsAndColumns: true })));
  for (const apiVersion of ["1.17", "1.8"]) {
    fake = installFakeExcel(hidden, { apiVersion });
    await measure(`读取样例，含隐藏行列（ExcelApi ${apiVersion}）`, fake, () => readAllSheets());
    fake.uninstall();
  }

  for (const [label, memo, apiVersion] of [
    ["读取样例 + 50 万格台账（不含“决算”，跳过）", "报销差旅费", "1.17"],
    ["读取样例 + 50 万格台账（含“决算”，分块读）", "决算调整", "1.17"],
    ["读取样例 + 50 万格台账（ExcelApi 1.8，无搜索）", "报销差旅费", "1.8"],
  ] as const) {
    fake = installFakeExcel([...sample, ledger(50_000, memo)], { apiVersion });
    await measure(label, fake, () => readAllSheets());
    fake.uninstall();
  }
}

void main();
