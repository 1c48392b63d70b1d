import { planChunks, splitChunk } from "../../src/adapters/office/read-plan";

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
  });
});
