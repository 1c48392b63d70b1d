/**
 * 应用舍位平衡 on the in-memory Excel: the published sample's two 0.01 尾差 tie exactly once the
 * suggested cents are written, 清除标记 puts the user's values back, and nothing is written to a
 * protected sheet or to a cell the user changed since the check.
 */
import { applyRounding, VALUE_NAME_PREFIX } from "../../src/adapters/office/apply-rounding";
import { clearMarks } from "../../src/adapters/office/clear-marks";
import { readAllSheets } from "../../src/adapters/office/read-workbook";
import { analyze } from "../../src/core/analyze";
import { toA1 } from "../../src/core/cells";
import type { RoundingAdjustment } from "../../src/core/causes/rounding-balance";
import { FIGURES_2021_PUBLISHED } from "../../src/sample";
import { type FakeExcel, installFakeExcel } from "../helpers/fake-excel";
import { sampleSheets } from "../helpers/sample-workbooks";
import { resetCounters, writesOf } from "./office-fixtures";

jest.setTimeout(120_000);

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const valueNames = (f: FakeExcel) => f.names().filter((n) => n.name.startsWith(VALUE_NAME_PREFIX));
const valueOf = (f: FakeExcel, a: RoundingAdjustment) => f.cell(a.ref.sheet, toA1(a.ref.row, a.ref.col))?.value;

async function publishedInExcel(): Promise<{ fake: FakeExcel; adjustments: RoundingAdjustment[] }> {
  const f = installFakeExcel(await sampleSheets({}, FIGURES_2021_PUBLISHED));
  const analysis = analyze(await readAllSheets());
  expect(analysis.check.findings.filter((x) => x.outcome === "rounding").length).toBeGreaterThan(0);
  const adjustments = analysis.roundingAdjustments!;
  expect(adjustments.length).toBeGreaterThan(0);
  resetCounters(f);
  return { fake: f, adjustments };
}

describe("应用舍位平衡", () => {
  it("writes exactly the suggested values in 3 syncs, re-checks without 尾差, and 清除标记 restores the originals", async () => {
    const setup = await publishedInExcel();
    fake = setup.fake;
    const { adjustments } = setup;
    const before = adjustments.map((a) => valueOf(setup.fake, a));
    expect(before).toEqual(adjustments.map((a) => a.from));

    const result = await applyRounding(adjustments);
    expect(result).toEqual({ applied: adjustments.length, skipped: [] });
    console.log(`应用舍位平衡: ${adjustments.length} cells, ${setup.fake.syncCount} syncs, ${setup.fake.runCount} run`);
    expect(setup.fake.syncCount).toBeLessThanOrEqual(3);
    expect(setup.fake.runCount).toBe(1);
    expect(adjustments.map((a) => valueOf(setup.fake, a))).toEqual(adjustments.map((a) => a.to));
    // Only the suggested cells changed (values), each with one hidden name keeping its original.
    const valueWrites = writesOf(setup.fake).filter((w) => w.kind === "values");
    expect(valueWrites).toHaveLength(adjustments.length);
    expect(valueNames(setup.fake)).toHaveLength(adjustments.length);
    expect(valueNames(setup.fake).every((n) => n.visible === false)).toBe(true);

    const again = analyze(await readAllSheets());
    expect(again.check.findings.filter((x) => x.outcome === "rounding")).toEqual([]);
    expect(again.check.findings).toEqual([]);

    resetCounters(setup.fake);
    const cleared = await clearMarks();
    expect(cleared).toEqual({ restored: 0, kept: 0, valuesRestored: adjustments.length, valuesKept: 0 });
    expect(setup.fake.syncCount).toBeLessThanOrEqual(3);
    expect(adjustments.map((a) => valueOf(setup.fake, a))).toEqual(before);
    expect(valueNames(setup.fake)).toHaveLength(0);
  });

  it("refuses a protected sheet with the Chinese message before writing anything", async () => {
    const setup = await publishedInExcel();
    fake = setup.fake;
    const sheet = setup.adjustments[0]!.ref.sheet;
    setup.fake.protect(sheet);
    await expect(applyRounding(setup.adjustments)).rejects.toThrow(`工作表“${sheet}”受保护，无法应用舍位平衡`);
    expect(writesOf(setup.fake)).toEqual([]);
  });

  it("refuses a read-only workbook before writing anything", async () => {
    const setup = await publishedInExcel();
    fake = setup.fake;
    setup.fake.setWorkbook({ readOnly: true });
    await expect(applyRounding(setup.adjustments)).rejects.toThrow("工作簿以只读方式打开，助手无法应用舍位平衡");
    expect(writesOf(setup.fake)).toEqual([]);
  });

  it("leaves a cell the user changed since the check alone and says so; 清除标记 keeps a value typed over ours", async () => {
    const setup = await publishedInExcel();
    fake = setup.fake;
    const [first, ...rest] = setup.adjustments;
    const a1 = toA1(first!.ref.row, first!.ref.col);
    const context = setup.fake.newContext();
    context.workbook.worksheets.getItem(first!.ref.sheet).getRange(a1).values = [[first!.from + 5]];
    await context.sync();

    const result = await applyRounding(setup.adjustments);
    expect(result.applied).toBe(rest.length);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toContain("校验后已被修改");
    expect(valueOf(setup.fake, first!)).toBeCloseTo(first!.from + 5, 6);
    for (const a of rest) expect(valueOf(setup.fake, a)).toBe(a.to);

    if (rest.length > 0) {
      // The user now types over one of ours: 清除标记 keeps the user's figure.
      const c2 = setup.fake.newContext();
      c2.workbook.worksheets.getItem(rest[0]!.ref.sheet).getRange(toA1(rest[0]!.ref.row, rest[0]!.ref.col)).values = [[1234.5]];
      await c2.sync();
      const cleared = await clearMarks();
      expect(cleared.valuesKept).toBe(1);
      expect(cleared.valuesRestored).toBe(rest.length - 1);
      expect(valueOf(setup.fake, rest[0]!)).toBe(1234.5);
    }
  });
  it("never writes over a formula: the cell keeps it and the pane is told why", async () => {
    const setup = await publishedInExcel();
    fake = setup.fake;
    const [first, ...rest] = setup.adjustments;
    const a1 = toA1(first!.ref.row, first!.ref.col);
    const context = setup.fake.newContext();
    context.workbook.worksheets.getItem(first!.ref.sheet).getRange(a1).formulas = [["=SUM(A1:A2)"]];
    await context.sync();

    const result = await applyRounding(setup.adjustments);
    expect(result.applied).toBe(rest.length);
    expect(result.skipped).toEqual([expect.stringContaining("是公式")]);
    expect(setup.fake.cell(first!.ref.sheet, a1)?.formula).toBe("=SUM(A1:A2)");
    expect(valueNames(setup.fake)).toHaveLength(rest.length);
  });

  it("清除标记 after a changed row was deleted drops its #REF! name and restores the rest", async () => {
    const setup = await publishedInExcel();
    fake = setup.fake;
    await applyRounding(setup.adjustments);
    const [first] = setup.adjustments;
    setup.fake.deleteRows(first!.ref.sheet, first!.ref.row + 1);
    const survivors = setup.adjustments.filter((a) => a.ref.sheet !== first!.ref.sheet || a.ref.row !== first!.ref.row);
    expect(valueNames(setup.fake).length).toBe(setup.adjustments.length);

    const cleared = await clearMarks();
    expect(cleared.valuesRestored).toBe(survivors.length);
    expect(valueNames(setup.fake)).toHaveLength(0);
    // Rows below the deleted one moved up by one; their names followed them.
    for (const a of survivors) {
      const row = a.ref.sheet === first!.ref.sheet && a.ref.row > first!.ref.row ? a.ref.row - 1 : a.ref.row;
      expect(setup.fake.cell(a.ref.sheet, toA1(row, a.ref.col))?.value).toBe(a.from);
    }
  });

  it("a second 应用 on a cell already changed keeps the user's first value for 清除标记", async () => {
    const setup = await publishedInExcel();
    fake = setup.fake;
    const first = setup.adjustments[0]!;
    await applyRounding([first]);
    const step = first.to - first.from;
    await applyRounding([{ ref: first.ref, from: first.to, to: Math.round((first.to + step) * 100) / 100 }]);
    expect(valueNames(setup.fake)).toHaveLength(1);
    expect(await clearMarks()).toMatchObject({ valuesRestored: 1, valuesKept: 0 });
    expect(valueOf(setup.fake, first)).toBe(first.from);
  });
});
