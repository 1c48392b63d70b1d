import rule from "../../src/core/rules/i-09-t04-income-total";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t04 = (current: string, opening: string) =>
  workbook([
    summaryTable("T04", {
      income: [
        ["一般公共预算财政拨款", "3704.83"],
        ["政府性基金预算财政拨款", "82.16"],
        ["国有资本经营预算财政拨款", ""],
        ["本年收入合计", current],
        ["年初财政拨款结转和结余", opening],
        ["一般公共预算财政拨款", "61.88", { section: "opening" }],
        ["政府性基金预算财政拨款", "", { section: "opening" }],
        ["国有资本经营预算财政拨款", "", { section: "opening" }],
      ],
      expenditure: [],
    }),
  ]);

testRule(rule, {
  valid: [{ name: "3704.83 + 82.16 = 3786.99; 年初 = its sub-rows", workbook: t04("3786.99", "61.88") }],
  invalid: [
    { name: "本年收入合计 0.01 off (3 values): 尾差", workbook: t04("3787.00", "61.88"), findings: [{ outcome: "rounding", cell: "公开04表!B8" }] },
    { name: "本年收入合计 0.02 off: 不一致", workbook: t04("3787.01", "61.88"), findings: [{ outcome: "inconsistent" }] },
    { name: "年初 vs one sub-row (n = 1): 0.01 is the boundary", workbook: t04("3786.99", "61.87"), findings: [{ outcome: "rounding", boundary: true, cell: "公开04表!B9", cells: ["公开04表!B10"] }] },
    { name: "年初 0.02 off: 不一致", workbook: t04("3786.99", "61.86"), findings: [{ outcome: "inconsistent", message: "年初财政拨款结转和结余应等于其下三项资金之和" }] },
  ],
});
