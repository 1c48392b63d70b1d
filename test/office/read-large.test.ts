/**
 * Issue 10, item 2: reading under Excel on the web's 5 MB payload limit (which the fake enforces by
 * default) and the 512-merged-areas limit of getMergedAreasOrNullObject; item 9: every Excel call
 * through the adapter's one queue.
 */
import { readAllSheets, type ReadProgress } from "../../src/adapters/office/read-workbook";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { clearMarks } from "../../src/adapters/office/clear-marks";
import { analyze } from "../../src/core/analyze";
import type { RawSheet, RawValue } from "../../src/core/raw-sheet";
import { buildSheet, type FakeExcel, installFakeExcel } from "../helpers/fake-excel";
import { DEFAULT_PAYLOAD_LIMIT } from "../helpers/fake-excel/install";
import { sampleSheets } from "../helpers/sample-workbooks";
import { oneDefectSheets } from "./office-fixtures";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

/** A 往来台账 of rows × 10 filled cells: dates, Chinese text, amounts — nothing that says 决算. */
function ledger(rows: number, memo = "报销差旅费"): RawSheet {
  const values: RawValue[][] = [["日期", "凭证号", "摘要", "科目", "借方", "贷方", "余额", "经办人", "部门", "备注"]];
  for (let r = 1; r < rows; r++) values.push([45292 + (r % 365), `记-${r}`, `${memo}${r % 97}`, "5201 办公费", r * 1.5, 0, r * 3.25, "张三", "办公室", "已审核"]);
  return buildSheet("往来台账", values, { numberFormat: "#,##0.00" });
}

const tablesOf = (sheets: readonly RawSheet[]) => analyze(sheets.filter((s) => s.name !== "往来台账")).check.findings;

describe("readAllSheets under the payload limit", () => {
  it("skips a 500,000-cell ledger that holds no table title, with no sync above the limit", async () => {
    const tables = await sampleSheets();
    fake = installFakeExcel([...tables, ledger(50_000)]);
    const read = await readAllSheets();
    expect(fake.payloads.every((p) => p.response <= DEFAULT_PAYLOAD_LIMIT && p.request <= DEFAULT_PAYLOAD_LIMIT)).toBe(true);
    expect(read.slice(0, tables.length).map((s) => [s.name, s.values, s.numberFormats, s.merges])).toEqual(tables.map((s) => [s.name, s.values, s.numberFormats, s.merges]));
    const skipped = read.find((s) => s.name === "往来台账")!;
    expect(skipped.values.length).toBe(5);
    const analysis = analyze(read);
    expect(analysis.check.findings).toEqual(tablesOf(tables));
    expect(analysis.workbook.issues.map((i) => i.code)).toContain("sheet-unrecognised");
    expect(fake.syncCount).toBe(3);
  });

  it.each([
    ["a ledger that mentions 决算", { memo: "决算调整", apiVersion: "1.17" }],
    ["a host that cannot search (ExcelApi 1.8)", { memo: "报销差旅费", apiVersion: "1.8" }],
  ])("reads %s in chunks, none above the limit, values complete, with progress", async (_, { memo, apiVersion }) => {
    const tables = await sampleSheets();
    const big = ledger(50_000, memo);
    fake = installFakeExcel([...tables, big], { apiVersion });
    const progress: ReadProgress[] = [];
    const read = await readAllSheets({ onProgress: (p) => progress.push(p) });
    expect(fake.payloads.every((p) => p.response <= DEFAULT_PAYLOAD_LIMIT)).toBe(true);
    expect(read.find((s) => s.name === "往来台账")!.values).toEqual(big.values);
    expect(read.slice(0, tables.length).map((s) => s.values)).toEqual(tables.map((s) => s.values));
    // Sizes first, then values in chunks; the 500,000 cells need about a dozen.
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(progress[0]).toEqual({ cellsRead: 0, cellsTotal: expect.any(Number) as number });
    expect(progress.at(-1)!.cellsRead).toBe(progress.at(-1)!.cellsTotal);
    expect(progress.map((p) => p.cellsRead)).toEqual([...progress.map((p) => p.cellsRead)].sort((a, b) => a - b));
  }, 60_000);

  it("splits a chunk Excel refuses as too large and reads it again", async () => {
    const long = "这是一段很长的说明文字，用来把每个单元格撑大。".repeat(4);
    const rows = Array.from({ length: 3000 }, (_, r) => [r, `${long}${r}`, long, long]);
    const seed = buildSheet("说明", rows);
    fake = installFakeExcel([seed], { payloadLimit: 1_000_000 });
    const [read] = await readAllSheets();
    expect(read!.values).toEqual(seed.values);
    const refused = fake.payloads.filter((p) => p.response > 1_000_000);
    expect(refused.length).toBeGreaterThanOrEqual(1);
  });

  it("falls back to the header rows' merges on a sheet with more than 512 merged areas; the others keep theirs", async () => {
    const tables = await sampleSheets();
    const rows: RawValue[][] = Array.from({ length: 700 }, (_, r) => [`行${r}`, null, r]);
    const merges = Array.from({ length: 700 }, (_, r) => ({ top: r, left: 0, bottom: r, right: 1 }));
    fake = installFakeExcel([...tables, buildSheet("明细", rows, { merges })]);
    const read = await readAllSheets();
    expect(read.slice(0, tables.length).map((s) => s.merges)).toEqual(tables.map((s) => s.merges));
    const detail = read.find((s) => s.name === "明细")!;
    expect(detail.values).toEqual(rows);
    expect(detail.merges).toEqual(merges.slice(0, 40));
  });
});

describe("the adapter's one queue", () => {
  it("never runs a read beside a write: 校验, 标记 and 清除 pressed together run one after another", async () => {
    const sheets = await oneDefectSheets();
    const findings = analyze(sheets).check.findings;
    fake = installFakeExcel(sheets);
    const excel = (globalThis as unknown as { Excel: { run: (b: unknown) => Promise<unknown> } }).Excel;
    const run = excel.run;
    let active = 0;
    let most = 0;
    excel.run = async (batch) => {
      most = Math.max(most, ++active);
      try {
        return await run(batch);
      } finally {
        active--;
      }
    };
    await Promise.all([publishCheckResults({ findings, mark: true }), readAllSheets(), clearMarks(), readAllSheets()]);
    expect(most).toBe(1);
    expect(fake.runCount).toBe(4);
  });
});
