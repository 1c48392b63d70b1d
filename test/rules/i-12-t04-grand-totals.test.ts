import rule from "../../src/core/rules/i-12-t04-grand-totals";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t04 = (o: { incomeTotal?: string; spendTotal?: string; closing?: string } = {}) =>
  workbook([
    summaryTable("T04", {
      income: [
        ["本年收入合计", "3786.99"],
        ["年初财政拨款结转和结余", "61.88"],
        ["总计", o.incomeTotal ?? "3848.87"],
      ],
      expenditure: [
        ["本年支出合计", { total: "3829.86", gpb: "3747.70", gfb: "82.16", socb: "" }],
        ["年末财政拨款结转和结余", { total: o.closing ?? "19.01", gpb: "19.01", gfb: "", socb: "" }],
        ["总计", { total: o.spendTotal ?? "3848.87", gpb: "3766.71", gfb: "82.16", socb: "" }],
      ],
    }),
  ]);

testRule(rule, {
  valid: [{ name: "(a), (b) per column and (c) hold", workbook: t04() }],
  invalid: [
    {
      name: "(c) 收入总计 ≠ 支出总计 by 0.01: 不一致 (exact), and (b) 尾差",
      workbook: t04({ spendTotal: "3848.86" }),
      findings: [
        { outcome: "rounding", cell: "公开04表!D7" },
        { outcome: "inconsistent", cell: "公开04表!B7", cells: ["公开04表!D7"], message: "同一平衡数" },
      ],
    },
    {
      name: "(a) 0.02 off (3 values, bound 0.015): 不一致, and (c) breaks",
      workbook: t04({ incomeTotal: "3848.89" }),
      findings: [{ outcome: "inconsistent", cell: "公开04表!B7" }, { outcome: "inconsistent", message: "同一平衡数" }],
    },
    {
      name: "(b) total column 0.02 off: 不一致",
      workbook: t04({ closing: "19.03" }),
      findings: [{ outcome: "inconsistent", cell: "公开04表!D7", cells: ["公开04表!D5", "公开04表!D6"] }],
    },
  ],
});
