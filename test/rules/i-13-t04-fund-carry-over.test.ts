import rule from "../../src/core/rules/i-13-t04-fund-carry-over";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t04 = (gpbClosing: string, gfbSpend = "82.16") =>
  workbook([
    summaryTable("T04", {
      income: [
        ["一般公共预算财政拨款", "3704.83"],
        ["政府性基金预算财政拨款", "82.16"],
        ["国有资本经营预算财政拨款", ""],
        ["本年收入合计", "3786.99"],
        ["年初财政拨款结转和结余", "61.88"],
        ["一般公共预算财政拨款", "61.88", { section: "opening" }],
        ["政府性基金预算财政拨款", "", { section: "opening" }],
        ["国有资本经营预算财政拨款", "", { section: "opening" }],
      ],
      expenditure: [
        ["本年支出合计", { total: "3829.86", gpb: "3747.70", gfb: gfbSpend, socb: "" }],
        ["年末财政拨款结转和结余", { total: "19.01", gpb: gpbClosing, gfb: "", socb: "" }],
      ],
    }),
  ]);

testRule(rule, {
  valid: [{ name: "61.88 + 3704.83 − 3747.70 = 19.01; gfb 0 + 82.16 − 82.16 = 0", workbook: t04("19.01") }],
  invalid: [
    { name: "gpb 0.02 off with 4 values (bound 0.02): boundary 尾差", workbook: t04("19.03"), findings: [{ outcome: "rounding", boundary: true, message: "一般公共预算财政拨款：年初结转和结余" }] },
    { name: "gpb 0.03 off: 不一致", workbook: t04("19.04"), findings: [{ outcome: "inconsistent", cells: ["公开04表!B10", "公开04表!B5", "公开04表!E5", "公开04表!E6"] }] },
    { name: "年末 gpb cleared: the blank cell is named", workbook: t04(""), findings: [{ outcome: "inconsistent", cells: ["公开04表!E6"], difference: 19.01 }] },
    { name: "gfb spending 1 off: 不一致", workbook: t04("19.01", "83.16"), findings: [{ outcome: "inconsistent", difference: -1 }] },
  ],
});
