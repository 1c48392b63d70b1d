import rule from "../../src/core/rules/c-04-empty-statement-with-data";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t11 = (income: string, statement: string | null) =>
  codeTable("T11", [["合计", { opening: "", income, expTotal: income, closing: "" }]], { emptyStatement: statement });

testRule(rule, {
  valid: [
    { name: "empty with a statement", workbook: workbook([t11("", "故本表无数据。")]) },
    { name: "data without a statement", workbook: workbook([t11("82.16", null)]) },
  ],
  invalid: [
    {
      name: "a statement on a table with data",
      workbook: workbook([t11("82.16", "说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。")]),
      findings: [{ severity: "error", cell: "公开11表!D5", cells: ["公开11表!A6", "公开11表!E5"], message: "2 个非零金额" }],
    },
  ],
});
