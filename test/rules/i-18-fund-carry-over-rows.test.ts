import rule from "../../src/core/rules/i-18-fund-carry-over-rows";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t11 = (closing: string) =>
  codeTable("T11", [
    ["合计", { opening: "10.00", income: "82.16", expTotal: "82.16", basic: "", project: "82.16", closing }],
    ["229", { opening: "10.00", income: "82.16", expTotal: "82.16", basic: "", project: "82.16", closing: "10.00" }],
  ]);

testRule(rule, {
  valid: [
    { name: "10 + 82.16 − 82.16 = 10 on every row", workbook: workbook([t11("10.00")]) },
    {
      name: "a 合计 row without 本年支出 amounts (sub-headings printed there) is not checked",
      workbook: workbook([codeTable("T11", [["合计", { opening: "10.00", income: "82.16", closing: "" }]])]),
    },
    { name: "an empty T13", workbook: workbook([codeTable("T13", [["合计", { opening: "", income: "", expTotal: "", closing: "" }]])]) },
  ],
  invalid: [
    { name: "0.02 off with 4 values (bound 0.02): boundary 尾差", workbook: workbook([t11("10.02")]), findings: [{ outcome: "rounding", boundary: true, cell: "公开11表!C5" }] },
    { name: "0.03 off: 不一致", workbook: workbook([t11("9.97")]), findings: [{ outcome: "inconsistent", message: "公开11表 合计行：年初结转和结余 + 本年收入 − 本年支出应等于年末结转和结余" }] },
    {
      name: "T13 checked too",
      workbook: workbook([codeTable("T13", [["合计", { opening: "", income: "5.00", expTotal: "3.00", closing: "" }]])]),
      findings: [{ outcome: "inconsistent", table: "T13", difference: 2 }],
    },
  ],
});
