import rule from "../../src/core/rules/i-14-row-basic-project";
import { codeTable, workbook } from "../helpers/model-builders";
import { runRule, testRule } from "../helpers/rule-tester";

const t06 = (total: string) => codeTable("T06", [["合计", { total, basic: "3187.51", project: "560.19" }]]);
const t11 = (expTotal: string) => codeTable("T11", [["合计", { opening: "", income: "82.16", expTotal, basic: "", project: "82.16", closing: "" }]]);

testRule(rule, {
  valid: [
    { name: "T06 and T11 rows hold", workbook: workbook([t06("3747.70"), t11("82.16")]) },
    { name: "a table with only a 基本支出 column is not a split", workbook: workbook([codeTable("T09", [["合计", { total: "5.00", basic: "1.00" }]])]) },
  ],
  invalid: [
    { name: "T06 0.01 off (bound 0.015): 尾差", workbook: workbook([t06("3747.71")]), findings: [{ outcome: "rounding", table: "T06", cell: "公开06表!C5" }] },
    { name: "T06 0.02 off: 不一致", workbook: workbook([t06("3747.72")]), findings: [{ outcome: "inconsistent", cells: ["公开06表!D5", "公开06表!E5"] }] },
    {
      name: "a cleared 项目支出 is named: the row's total has no other part to blame",
      workbook: workbook([codeTable("T07", [["30399", { total: "1.00", basic: "", project: "" }]])]),
      findings: [{ outcome: "inconsistent", table: "T07", cell: "公开07表!C5", cells: ["公开07表!D5", "公开07表!E5"], difference: 1 }],
    },
    {
      name: "a 0.01 gap against a blank 基本支出 is a boundary 尾差 and names the total only",
      workbook: workbook([codeTable("T06", [["2010301", { total: "10.01", basic: "", project: "10.00" }]])]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开06表!C5", cells: ["公开06表!E5"] }],
    },
    { name: "T11 本年支出合计 uses expTotal: 1:1 boundary", workbook: workbook([t11("82.17")]), findings: [{ outcome: "rounding", boundary: true, table: "T11", message: "本年支出合计应等于基本支出 + 项目支出" }] },
  ],
});

describe("I-14 names a blank part only for 不一致", () => {
  const cellsOf = (total: string) => runRule(rule, { name: "", workbook: workbook([codeTable("T06", [["2010301", { total, basic: "", project: "10.00" }]])]) })[0]!.cells;
  it("0.01 over 10.00 (bound 0.01): 尾差, the blank 基本支出 is not named", () => {
    expect(cellsOf("10.01")).toEqual(["公开06表!C5", "公开06表!E5"]);
  });
  it("0.02 over 10.00: 不一致, the blank 基本支出 is named last", () => {
    expect(cellsOf("10.02")).toEqual(["公开06表!C5", "公开06表!E5", "公开06表!D5"]);
  });
});
