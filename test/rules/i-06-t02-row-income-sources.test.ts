import rule from "../../src/core/rules/i-06-t02-row-income-sources";
import { codeTable, workbook } from "../helpers/model-builders";
import { runRule, testRule } from "../helpers/rule-tester";

const t02 = (total: string) =>
  workbook([
    codeTable("T02", [
      ["合计", { total, fiscal: "3786.99", superior: "", business: "", operating: "", affiliated: "", other: "2.01" }],
      ["201", { total: "100.00", fiscal: "100.00", other: "" }],
    ]),
  ]);

testRule(rule, {
  valid: [{ name: "every row sums", workbook: t02("3789.00") }],
  invalid: [
    { name: "0.01 off (3 values): 尾差", workbook: t02("3789.01"), findings: [{ outcome: "rounding", cell: "公开02表!C5" }] },
    { name: "0.02 off: 不一致", workbook: t02("3789.02"), findings: [{ outcome: "inconsistent", cells: ["公开02表!D5", "公开02表!I5"], message: "公开02表 合计行" }] },
    {
      name: "a cleared 财政拨款收入 among columns typed 0.00 is named after the total",
      workbook: workbook([
        codeTable("T02", [["2013299", { total: "9.32", fiscal: "", superior: "0.00", business: "0.00", operating: "0.00", affiliated: "0.00", other: "0.00" }]]),
      ]),
      findings: [{ outcome: "inconsistent", cell: "公开02表!C5", cells: ["公开02表!D5"], difference: 9.32 }],
    },
    {
      // Six blank income columns: the row cannot say which one lost its figure (I-07's 款 = Σ 项 can).
      name: "a cleared 财政拨款收入 among six blank columns: only the total is named",
      workbook: workbook([codeTable("T02", [["2013299", { total: "9.32", fiscal: "", superior: "", business: "", operating: "", affiliated: "", other: "" }]])]),
      findings: [{ outcome: "inconsistent", cell: "公开02表!C5", difference: 9.32 }],
    },
  ],
});

describe("I-06 names a cleared cell only when the row narrows it down", () => {
  const cellsOf = (values: Record<string, string>) => runRule(rule, { name: "", workbook: workbook([codeTable("T02", [["2013299", { total: "9.32", ...values }]])]) })[0]!.cells;
  it("blank 财政拨款收入, other columns 0.00: total, then the blank cell", () => {
    expect(cellsOf({ fiscal: "", superior: "0.00", business: "0.00", operating: "0.00", affiliated: "0.00", other: "0.00" })).toEqual(["公开02表!C5", "公开02表!D5"]);
  });
  it("six blank columns: the total alone", () => {
    expect(cellsOf({ fiscal: "", superior: "", business: "", operating: "", affiliated: "", other: "" })).toEqual(["公开02表!C5"]);
  });
})
