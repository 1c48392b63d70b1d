/**
 * A coded row missing from one table (Excel's 删除行 on the generated sample, read back from a
 * real .xlsx): the cause names the row, the table that lists it and where it belongs, and
 * inserting it as told clears every finding it lists.
 */
import { findCauses } from "../../src/core/causes/find-causes";
import { isBroken } from "../../src/core/causes/verify";
import type { RawSheet } from "../../src/core/raw-sheet";
import { deleteRow, shiftAmount, type AmountCell } from "../../src/sample/mutate";
import { check, insertMissingRow, sampleWithCells } from "./helpers";

jest.setTimeout(60_000);

describe("findCauses: a row missing from one table", () => {
  let base: Awaited<ReturnType<typeof sampleWithCells>>;
  /** The catalogue's cells of one code in one table, and that row's sheet row. */
  const rowOf = (table: string, code: string): { cells: AmountCell[]; row: number; sheet: string } => {
    const cells = base.cells.filter((c) => c.table === table && c.code === code);
    expect(cells.length).toBeGreaterThan(0);
    return { cells, row: cells[0]!.row, sheet: cells[0]!.sheet };
  };
  const without = (table: string, code: string): RawSheet[] => {
    const r = rowOf(table, code);
    return deleteRow(base.sheets, r.sheet, r.row, []).sheets;
  };
  const brokenOf = (findings: Parameters<typeof findCauses>[1]): number[] => findings.map((f, i) => (isBroken(f) ? i : -1)).filter((i) => i >= 0);

  beforeAll(async () => {
    base = await sampleWithCells();
  });

  it("names a 项 deleted from 公开06表 as a row to add, with the amounts it had, pointing at a table that lists it", () => {
    const sheets = without("T06", "2080501");
    const { workbook, findings } = check(sheets);
    const broken = brokenOf(findings);
    expect(broken.length).toBeGreaterThanOrEqual(2);
    const [first] = findCauses(workbook, findings);
    const deleted = rowOf("T06", "2080501");
    const total = deleted.cells.find((c) => c.header.includes("合计"))!;
    expect(first).toMatchObject({ kind: "missingRow", findings: broken, current: 0, suggestedValue: total.cents / 100, missingRow: { table: "T06", code: "2080501", name: "行政单位离退休" } });
    // Where it belongs: the sheet row it was deleted from.
    expect(first!.missingRow!.atRef.row).toBe(deleted.row);
    // Every column it had, at the column it had it in.
    for (const c of deleted.cells) expect(first!.missingRow!.values).toContainEqual(expect.objectContaining({ col: c.col, value: c.cents / 100 }));
    // The cell to jump to is on the row of another table that lists the code.
    const listed = base.cells.filter((c) => c.table !== "T06" && c.code === "2080501").map((c) => c.ref);
    expect(listed).toContain(first!.cell);
    expect(first!.message).toContain("公开06表缺少 2080501 行政单位离退休 这一行");
    expect(first!.message).toContain(`${broken.length} 条不一致即全部成立`);
    // Inserting the row as the cause says leaves nothing broken.
    expect(check(insertMissingRow(sheets, workbook, first!)).findings.filter(isBroken)).toEqual([]);
  });

  it("infers the row from its 款 when it was the 款's only 项 (no 款 ≠ Σ项 gap, only the tie to another table)", () => {
    // 20808 has one 项 in 公开03表: deleting it leaves the table's own sums true; X-22 sees it.
    const only = base.cells.filter((c) => c.table === "T03" && c.code?.startsWith("20808") && c.code.length === 7);
    expect(new Set(only.map((c) => c.code))).toEqual(new Set(["2080802"]));
    const sheets = without("T03", "2080802");
    const { workbook, findings } = check(sheets);
    expect(new Set(brokenOf(findings).map((i) => findings[i]!.ruleId))).toEqual(new Set(["X-22"]));
    const [first] = findCauses(workbook, findings);
    expect(first).toMatchObject({ kind: "missingRow", missingRow: { table: "T03", code: "2080802" }, findings: brokenOf(findings) });
    expect(check(insertMissingRow(sheets, workbook, first!)).findings.filter(isBroken)).toEqual([]);
  });

  it("names an 经济分类 line missing from 公开07表, from 公开08表's line and 公开07表's class row", () => {
    const sheets = without("T07", "30101");
    const { workbook, findings } = check(sheets);
    const broken = brokenOf(findings);
    expect(broken.length).toBeGreaterThan(0);
    const [first] = findCauses(workbook, findings);
    const t08 = rowOf("T08", "30101");
    expect(first).toMatchObject({ kind: "missingRow", missingRow: { table: "T07", code: "30101", name: "基本工资" }, findings: broken, suggestedValue: t08.cells[0]!.cents / 100 });
    expect(first!.cell).toBe(t08.cells[0]!.ref);
    expect(check(insertMissingRow(sheets, workbook, first!)).findings.filter(isBroken)).toEqual([]);
  });

  it("names each of the two 公开08表 lines a deleted sheet row took (one per panel), each repairing its own findings", () => {
    // A sheet row of 公开08表 holds a 人员经费 line and a 公用经费 line side by side.
    const personnel = rowOf("T08", "30101");
    const onRow = [...new Set(base.cells.filter((c) => c.table === "T08" && c.row === personnel.row).map((c) => c.code))];
    expect(onRow).toHaveLength(2);
    const sheets = without("T08", "30101");
    const { workbook, findings } = check(sheets);
    const causes = findCauses(workbook, findings);
    expect(causes.map((c) => [c.kind, c.missingRow?.table, c.missingRow?.code]).sort()).toEqual(onRow.map((code) => ["missingRow", "T08", code]).sort());
    expect(causes.flatMap((c) => c.findings).sort((a, b) => a - b)).toEqual(brokenOf(findings));
    // Each row, inserted alone, clears the findings it lists and leaves only the other line's.
    for (const cause of causes) {
      const other = causes.find((c) => c !== cause)!;
      const after = check(insertMissingRow(sheets, workbook, cause)).findings.filter(isBroken);
      expect(after.map((f) => f.message).sort()).toEqual(other.findings.map((i) => findings[i]!.message).sort());
    }
  });

  it("names no row when no table lists the code (deleted from every table)", () => {
    const holders = [...new Set(base.cells.filter((c) => c.code === "2080501").map((c) => c.sheet))];
    expect(holders.length).toBeGreaterThanOrEqual(3);
    let sheets = base.sheets;
    for (const sheet of holders) {
      const row = base.cells.find((c) => c.sheet === sheet && c.code === "2080501")!.row;
      sheets = deleteRow(sheets, sheet, row, []).sheets;
    }
    const { workbook, findings } = check(sheets);
    // The 款 rows still hold the lost amounts: there is something to explain, but no row to copy.
    expect(brokenOf(findings).length).toBeGreaterThan(0);
    expect(findCauses(workbook, findings).filter((c) => c.kind === "missingRow")).toEqual([]);
  });

  it("still names the cell, not a row, when a 款 total is off by 100 万元", () => {
    const section = base.cells.find((c) => c.table === "T06" && c.code === "20805" && c.header.includes("合计"))!;
    const { workbook, findings } = check(shiftAmount(base.sheets, section, 10_000).sheets);
    const [first] = findCauses(workbook, findings);
    expect(first).toMatchObject({ kind: "value", cell: section.ref, suggestedValue: section.cents / 100 });
  });
});
