import { mayHoldTables, SCREEN_MIN_CELLS, TABLE_TITLE_WORD } from "../../src/core/tables/sheet-screen";
import { TABLE_IDS, TABLES } from "../../src/core/tables/table-ids";

describe("mayHoldTables", () => {
  it("rests on a word that every table title and alias contains", () => {
    for (const id of TABLE_IDS) {
      for (const title of [TABLES[id].title, ...TABLES[id].aliases]) expect(title).toContain(TABLE_TITLE_WORD);
    }
  });

  it("skips only large sheets known to hold no title, whose name is neither a title nor 补充信息", () => {
    const big = SCREEN_MIN_CELLS * 25;
    expect(mayHoldTables({ name: "往来台账", cells: big, titleWordCells: 0 })).toBe(false);
    expect(mayHoldTables({ name: "往来台账", cells: big, titleWordCells: 1 })).toBe(true);
    expect(mayHoldTables({ name: "往来台账", cells: big, titleWordCells: null })).toBe(true);
    expect(mayHoldTables({ name: "往来台账", cells: SCREEN_MIN_CELLS - 1, titleWordCells: 0 })).toBe(true);
    expect(mayHoldTables({ name: "1收入支出决算总表", cells: big, titleWordCells: 0 })).toBe(true);
    expect(mayHoldTables({ name: "补充信息（2024）", cells: big, titleWordCells: 0 })).toBe(true);
  });
});
