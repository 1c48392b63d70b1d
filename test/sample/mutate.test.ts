/**
 * The benchmark's fixtures must be what they claim: each mutation helper changes exactly the
 * cells it reports (and the change survives a real .xlsx round trip), and a noise workbook's
 * identities hold exactly in 元 before its cells are rounded.
 */
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { writeRawSheets } from "../../src/adapters/xlsx/write-raw-sheets";
import { cellRef, formatRef } from "../../src/core/cells";
import type { RawSheet } from "../../src/core/raw-sheet";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT, layoutSampleSheets, resolveOptions, type SampleFigures } from "../../src/sample";
import {
  amountCells,
  centsAt,
  clearCell,
  deleteRow,
  flipSign,
  hideDecimals,
  insertRow,
  moveToNeighbour,
  Rng,
  shiftAmount,
  transposablePairs,
  transposeDigits,
  valueAt,
  type AmountCell,
  type Mutation,
} from "../../src/sample/mutate";
import { exactIdentityGaps, FEN_PER_CENT, noiseFigures, roundFenToCents, roundFigures } from "../../src/sample/mutate-noise";

const options = resolveOptions({});
const cells = amountCells(layoutSampleSheets(FIGURES_2021_CONSISTENT, options), options);
let base: RawSheet[];

beforeAll(async () => {
  base = await readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, options)));
});

function cell(ref: string): AmountCell {
  const c = cells.find((x) => x.ref === ref);
  if (!c) throw new Error(`no amount cell ${ref}`);
  return c;
}

/** Every position whose value or number format differs between two sheet sets with the same rows. */
function differences(a: readonly RawSheet[], b: readonly RawSheet[]): string[] {
  const out: string[] = [];
  a.forEach((sa, i) => {
    const sb = b[i]!;
    const rows = Math.max(sa.values.length, sb.values.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(sa.values[r]?.length ?? 0, sb.values[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const same = (sa.values[r]?.[c] ?? null) === (sb.values[r]?.[c] ?? null);
        if (!same) out.push(formatRef(cellRef(sa.name, sa.origin.row + r, sa.origin.col + c)));
      }
    }
  });
  return out;
}

describe("the amount-cell catalogue", () => {
  test("every catalogued cell holds its figure in the generated file", () => {
    for (const c of cells) expect([c.ref, centsAt(base, c.sheet, c.row, c.col)]).toEqual([c.ref, c.cents]);
  });

  test("roles and codes: 项 rows and economic items are leaves; 类, 款, 合计 and T01/T04 rows are totals", () => {
    // T06: 2010301 行政运行 in row 10 (合计 last); T08 30217 公务接待费 in the public panel.
    expect(cell("公开06表!E10")).toMatchObject({ table: "T06", code: "2010301", role: "leaf", header: ["合计"] });
    expect(cell("公开06表!E8")).toMatchObject({ code: "201", role: "total" });
    expect(cell("公开06表!E40")).toMatchObject({ code: null, label: "合计", role: "total" });
    expect(cells.find((c) => c.table === "T08" && c.code === "30217")).toMatchObject({ role: "leaf", cents: 55 });
    expect(cells.filter((c) => c.table === "T01").every((c) => c.role === "total")).toBe(true);
    expect(cells.find((c) => c.table === "T10" && c.header.includes("公务接待费") && c.header.includes("决算数"))).toMatchObject({ role: "leaf", cents: 55 });
    expect(cells.find((c) => c.table === "T10" && c.header.includes("小计") && c.header.includes("决算数"))).toMatchObject({ role: "total", cents: 5014 });
  });

  test("covers all 14 tables", () => {
    expect(new Set(cells.map((c) => c.table)).size).toBe(14);
  });
});

describe("mutation helpers change exactly the cells they report", () => {
  const target = "公开06表!E10"; // 2142.76

  const cases: [string, () => Mutation, number][] = [
    ["+0.01", () => shiftAmount(base, cell(target), 1), 214277],
    ["−100", () => shiftAmount(base, cell(target), -10_000), 204276],
    ["sign flipped", () => flipSign(base, cell(target)), -214276],
    ["digits transposed", () => transposeDigits(base, cell(target), 4), 214267],
  ];
  test.each(cases)("%s", (_name, mutate, expected) => {
    const m = mutate();
    expect(m.changed).toEqual([target]);
    expect(differences(base, m.sheets)).toEqual([target]);
    const c = cell(target);
    expect(centsAt(m.sheets, c.sheet, c.row, c.col)).toBe(expected);
    expect(m.delta).toBe(expected - 214276);
  });

  test("cleared: the cell is blank", () => {
    const m = clearCell(base, cell(target));
    expect(differences(base, m.sheets)).toEqual([target]);
    expect(valueAt(m.sheets, "公开06表", 9, 4)).toBeNull();
  });

  test("moved to the neighbouring column: the source is blank and the neighbour holds the value", () => {
    // 项目支出 (G10) of 行政运行 is blank; 基本支出 F10 holds 2142.76.
    const m = moveToNeighbour(base, cell("公开06表!F10"), 6);
    expect(m.changed).toEqual(["公开06表!F10", "公开06表!G10"]);
    expect(differences(base, m.sheets).sort()).toEqual(["公开06表!F10", "公开06表!G10"]);
    expect(valueAt(m.sheets, "公开06表", 9, 5)).toBeNull();
    expect(valueAt(m.sheets, "公开06表", 9, 6)).toBe(2142.76);
  });

  test("hidden decimals: the stored value changes, the 2-decimal format stays", () => {
    const m = hideDecimals(base, cell(target), 4);
    expect(differences(base, m.sheets)).toEqual([target]);
    expect(valueAt(m.sheets, "公开06表", 9, 4)).toBe(2142.764);
    expect(m.sheets.find((s) => s.name === "公开06表")!.numberFormats![9]![4]).toBe("#,##0.00");
  });

  test("transposition needs two different adjacent digits", () => {
    expect(transposablePairs(214276)).toEqual([0, 1, 2, 3, 4]);
    expect(transposablePairs(4000)).toEqual([0]);
    expect(() => transposeDigits(base, cell(target), 9)).toThrow();
  });

  test("a deleted row: the rows below move up, the reported cells follow them", () => {
    // Delete 2010301 (row 10) from T06; its 款 20103 (row 9) stays, the 合计 (row 40) moves to 39.
    const affected = [cell("公开06表!E9"), cell("公开06表!E40")];
    const m = deleteRow(base, "公开06表", 9, affected);
    expect(m.changed).toEqual(["公开06表!E9", "公开06表!E39"]);
    const before = base.find((s) => s.name === "公开06表")!;
    const after = m.sheets.find((s) => s.name === "公开06表")!;
    expect(after.values.length).toBe(before.values.length - 1);
    expect(after.values[9]).toEqual(before.values[10]);
    expect(valueAt(m.sheets, "公开06表", 38, 4)).toBe(3747.7);
    // Merges below the row move up with it (the note row's merge).
    const noteMerge = (s: RawSheet, row: number) => (s.merges ?? []).some((g) => g.top === row && g.bottom === row);
    expect(noteMerge(before, 40)).toBe(true);
    expect(noteMerge(after, 39)).toBe(true);
  });

  test("an inserted row: the rows below move down, merges follow, and deleting it gives the sheet back", () => {
    const before = base.find((s) => s.name === "公开06表")!;
    const sheets = insertRow(base, "公开06表", 9, [
      { col: 0, value: "201", format: "@" },
      { col: 4, value: 12.34, format: "#,##0.00" },
    ]);
    const after = sheets.find((s) => s.name === "公开06表")!;
    expect(after.values.length).toBe(before.values.length + 1);
    expect(after.values[10]).toEqual(before.values[9]);
    expect(valueAt(sheets, "公开06表", 9, 0)).toBe("201");
    expect(valueAt(sheets, "公开06表", 9, 4)).toBe(12.34);
    const noteMerge = (s: RawSheet, row: number) => (s.merges ?? []).some((g) => g.top === row && g.bottom === row);
    expect(noteMerge(before, 40)).toBe(true);
    expect(noteMerge(after, 41)).toBe(true);
    expect(deleteRow(sheets, "公开06表", 9, []).sheets).toEqual(base);
    // Hidden rows move with their contents, both ways; a deleted hidden row is gone.
    const hidden = sheets.map((s) => (s.name === "公开06表" ? { ...s, hiddenRows: [5, 9, 12] } : s));
    expect(insertRow(hidden, "公开06表", 9, []).find((s) => s.name === "公开06表")!.hiddenRows).toEqual([5, 10, 13]);
    expect(deleteRow(hidden, "公开06表", 9, []).sheets.find((s) => s.name === "公开06表")!.hiddenRows).toEqual([5, 11]);
  });

  test("a mutation survives writing and reading the .xlsx file", async () => {
    const m = hideDecimals(shiftAmount(base, cell(target), 2).sheets, cell("公开06表!F10"), -3);
    const back = await readXlsx(await writeRawSheets(m.sheets));
    expect(valueAt(back, "公开06表", 9, 4)).toBe(2142.78);
    expect(valueAt(back, "公开06表", 9, 5)).toBe(2142.757);
    expect(differences(base, back).sort()).toEqual(["公开06表!E10", "公开06表!F10"]);
  });
});

describe("honest rounding noise", () => {
  test("half-up rounding of 分 to 0.01 万元", () => {
    expect(roundFenToCents(4_999)).toBe(0);
    expect(roundFenToCents(5_000)).toBe(1);
    expect(roundFenToCents(15_000)).toBe(2);
    expect(roundFenToCents(21_427_649_999)).toBe(2_142_765);
    expect(roundFenToCents(-5_000)).toBe(-1);
  });

  test("the consistent sample satisfies every identity; a 0.01 change does not", () => {
    expect(exactIdentityGaps(FIGURES_2021_CONSISTENT)).toEqual([]);
    const f = FIGURES_2021_CONSISTENT;
    const broken: SampleFigures = { ...f, t06: { ...f.t06, total: { ...f.t06.total, basic: f.t06.total.basic + 1 } } };
    expect(exactIdentityGaps(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/^I-07 T06\.basic/), expect.stringMatching(/^X-12/)]));
  });

  test.each([1, 2, 3, 42, 2021])("seed %i: every identity holds exactly in 元 before rounding, each cell is rounded on its own", (seed) => {
    const { exact, rounded } = noiseFigures(FIGURES_2021_CONSISTENT, new Rng(seed));
    expect(exactIdentityGaps(exact)).toEqual([]);
    expect(rounded).toEqual(roundFigures(exact));
    expect(rounded.t06.rows[0]!.values.total).toBe(roundFenToCents(exact.t06.rows[0]!.values.total));
    expect(rounded.t01.income.grandTotal).toBe(roundFenToCents(exact.t01.income.grandTotal));
    // Counts are not amounts.
    expect(rounded.t10.stats).toEqual(FIGURES_2021_CONSISTENT.t10.stats);
    // Leaves were drawn in whole 元 or 分 and are not all multiples of 0.01 万元.
    expect(exact.t06.rows.some((r) => r.values.total % FEN_PER_CENT !== 0)).toBe(true);
  });

  test("noise keeps the sample's structure: the same cells, non-zero where the sample's are", () => {
    const { rounded } = noiseFigures(FIGURES_2021_CONSISTENT, new Rng(7));
    const noiseCells = amountCells(layoutSampleSheets(rounded, options), options);
    expect(noiseCells.map((c) => `${c.ref} ${c.cents !== 0}`)).toEqual(cells.map((c) => `${c.ref} ${c.cents !== 0}`));
    expect(noiseCells.some((c, i) => c.cents !== cells[i]!.cents)).toBe(true);
  });

  test("rounding leaves some 尾差: over a few seeds, rounded figures break some identity", () => {
    const rng = new Rng(11);
    const broken = Array.from({ length: 5 }, () => exactIdentityGaps(noiseFigures(FIGURES_2021_CONSISTENT, rng).rounded).length);
    expect(broken.some((n) => n > 0)).toBe(true);
  });

  test("the same seed gives the same figures", () => {
    expect(noiseFigures(FIGURES_2021_CONSISTENT, new Rng(5)).exact).toEqual(noiseFigures(FIGURES_2021_CONSISTENT, new Rng(5)).exact);
  });
});
