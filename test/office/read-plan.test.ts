import { BYTES_PER_LINE_FLAG, planChunks, splitChunk } from "../../src/adapters/office/read-plan";

const piece = (sheet: string, rows: number, cols: number, top = 0) => ({ sheet, top, left: 0, rows, cols });

describe("planChunks", () => {
  it("packs small sheets into one chunk and cuts a large one into row bands within the budget", () => {
    const chunks = planChunks([piece("A", 40, 10), piece("B", 60, 10), piece("Big", 1000, 10)], 48 * 1000, 48);
    // 1000 cells a chunk: A and B (1000 cells) fill the first; Big needs ten more.
    expect(chunks.map((c) => c.map((p) => `${p.sheet}:${p.top}+${p.rows}`))).toEqual([
      ["A:0+40", "B:0+60"],
      ...Array.from({ length: 10 }, (_, i) => [`Big:${i * 100}+100`]),
    ]);
    expect(chunks.every((c) => c.reduce((n, p) => n + p.rows * p.cols, 0) <= 1000)).toBe(true);
  });

  it("counts hidden flags asked for: one per row of every band, one per column with the first band only", () => {
    // 1000 cells' worth a chunk; with its row flag a 9-column row costs 10, the first band 9 more.
    expect(BYTES_PER_LINE_FLAG).toBe(48);
    const chunks = planChunks([{ ...piece("H", 250, 9), rowFlags: true, colFlags: true }], 48 * 1000, 48);
    expect(chunks.map((c) => c.map((p) => `${p.top}+${p.rows}${p.colFlags ? " cols" : ""}`))).toEqual([["0+99 cols"], ["99+100"], ["199+51"]]);
    expect(chunks.flat().every((p) => p.rowFlags === true)).toBe(true);
    // Without flags the same sheet packs 111 rows a chunk.
    expect(planChunks([piece("H", 250, 9)], 48 * 1000, 48).map((c) => c[0]!.rows)).toEqual([111, 111, 28]);
  });

  it("gives a row wider than the budget a chunk of its own", () => {
    const chunks = planChunks([piece("A", 1, 5), piece("Wide", 2, 5000)], 48 * 1000, 48);
    expect(chunks.map((c) => c.map((p) => `${p.sheet}:${p.top}+${p.rows}`))).toEqual([["A:0+1"], ["Wide:0+1"], ["Wide:1+1"]]);
  });
});

describe("splitChunk", () => {
  it("splits by pieces, then a piece by rows, and gives up on a single row", () => {
    expect(splitChunk([piece("A", 4, 2), piece("B", 4, 2)])).toEqual([[piece("A", 4, 2)], [piece("B", 4, 2)]]);
    expect(splitChunk([piece("A", 5, 2, 10)])).toEqual([[piece("A", 3, 2, 10)], [piece("A", 2, 2, 13)]]);
    expect(splitChunk([piece("A", 1, 2)])).toBeNull();
    // A first band's column flags stay with its upper half: the columns are read once.
    expect(splitChunk([{ ...piece("A", 4, 2), rowFlags: true, colFlags: true }])).toEqual([
      [{ ...piece("A", 2, 2), rowFlags: true, colFlags: true }],
      [{ ...piece("A", 2, 2, 2), rowFlags: true }],
    ]);
  });
});
