import { columnIndex, columnLetters, formatRef, fromA1, parseRef, toA1 } from "../../src/core/cells";

describe("cell references", () => {
  it("converts columns both ways", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });
  it("formats and parses A1 addresses", () => {
    expect(toA1(9, 3)).toBe("D10");
    expect(fromA1("$D$10")).toEqual({ row: 9, col: 3 });
    expect(fromA1("10D")).toBeNull();
  });
  it("quotes sheet names only where Excel needs it", () => {
    expect(formatRef({ sheet: "公开01表", row: 9, col: 3 })).toBe("公开01表!D10");
    expect(formatRef({ sheet: "My sheet", row: 0, col: 0 })).toBe("'My sheet'!A1");
    expect(formatRef({ sheet: "张三's 表", row: 0, col: 0 })).toBe("'张三''s 表'!A1");
  });
  it("parses what it formats", () => {
    for (const ref of [{ sheet: "公开01表", row: 9, col: 3 }, { sheet: "张三's 表", row: 2, col: 27 }]) {
      expect(parseRef(formatRef(ref))).toEqual(ref);
    }
    expect(parseRef("no-bang")).toBeNull();
  });
});
