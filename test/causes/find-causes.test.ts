/** Root causes on one-defect workbooks built from the generated sample (real .xlsx read back). */
import { findCauses } from "../../src/core/causes/find-causes";
import { isBroken } from "../../src/core/causes/verify";
import { clearCell, flipSign, moveToNeighbour, shiftAmount, transposeDigits, type AmountCell } from "../../src/sample/mutate";
import { check, sampleWithCells, typeValue } from "./helpers";

jest.setTimeout(60_000);

describe("findCauses", () => {
  let base: Awaited<ReturnType<typeof sampleWithCells>>;
  let basic: AmountCell;
  beforeAll(async () => {
    base = await sampleWithCells();
    basic = base.cells.find((c) => c.table === "T06" && c.code === "2080501" && c.header.includes("基本支出"))!;
  });

  it("finds nothing on the consistent sample", () => {
    const { workbook, findings } = check(base.sheets);
    expect(findCauses(workbook, findings)).toEqual([]);
  });

  it("names the one cell that 100 万元 too much breaks, with its original value, covering every error", () => {
    const { workbook, findings } = check(shiftAmount(base.sheets, basic, 10_000).sheets);
    const errors = findings.map((f, i) => (isBroken(f) ? i : -1)).filter((i) => i >= 0);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    const [first, ...rest] = findCauses(workbook, findings);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ cell: basic.ref, kind: "value", suggestedValue: basic.cents / 100, current: (basic.cents + 10_000) / 100, findings: errors });
    expect(first!.message).toContain("改为 414.16");
  });

  it("says so when two digits are swapped", () => {
    const cell = base.cells.find((c) => c.table === "T06" && c.code === "2080501" && c.header.includes("基本支出"))!;
    const { workbook, findings } = check(transposeDigits(base.sheets, cell, 0).sheets);
    const [first] = findCauses(workbook, findings);
    expect(first).toMatchObject({ cell: cell.ref, kind: "transposed", suggestedValue: cell.cents / 100 });
    expect(first!.message).toContain("疑似两位数字颠倒");
  });

  it("names a cleared cell as blank, and a flipped sign as such", () => {
    const cleared = check(clearCell(base.sheets, basic).sheets);
    expect(findCauses(cleared.workbook, cleared.findings)[0]).toMatchObject({ cell: basic.ref, kind: "blank", current: 0, suggestedValue: basic.cents / 100 });
    const flipped = check(flipSign(base.sheets, basic).sheets);
    expect(findCauses(flipped.workbook, flipped.findings)[0]).toMatchObject({ cell: basic.ref, kind: "sign", suggestedValue: basic.cents / 100 });
  });

  it("pairs a value typed into the neighbouring column with the cell left empty", () => {
    const project = base.cells.find((c) => c.table === "T06" && c.row === basic.row && c.header.includes("项目支出"))!;
    const { workbook, findings } = check(moveToNeighbour(base.sheets, basic, project.col).sheets);
    const [first] = findCauses(workbook, findings);
    expect(first).toMatchObject({ kind: "column", cell: basic.ref, suggestedValue: basic.cents / 100, also: { cell: project.ref, suggestedValue: project.cents / 100 } });
  });

  it("never lists a finding its change does not repair: typing the suggestion into the sheet clears them", () => {
    const { workbook, findings } = check(shiftAmount(base.sheets, basic, -123).sheets);
    const [cause] = findCauses(workbook, findings);
    const after = check(typeValue(base.sheets, cause!.ref, cause!.suggestedValue)).findings;
    expect(after.filter(isBroken)).toEqual([]);
  });
});
