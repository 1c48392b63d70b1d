import rule from "../../src/core/rules/c-03-empty-table-statement";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const empty = (id: "T11" | "T13", emptyStatement: string | null) =>
  codeTable(id, [["合计", { opening: "", income: "", expTotal: "", closing: "" }]], { emptyStatement });

testRule(rule, {
  valid: [
    { name: "a table with data needs no statement", workbook: workbook([codeTable("T06", [["合计", { total: "1.00" }]])]) },
    { name: "empty T11 with its statement", workbook: workbook([empty("T11", "说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。")]) },
    { name: "the statement names this unit", workbook: workbook([empty("T13", "注：示例单位无国有资本经营预算财政拨款支出，故本表无数据。")]) },
  ],
  invalid: [
    { name: "empty without a statement", workbook: workbook([empty("T11", null)]), findings: [{ severity: "error", cell: "公开11表!A1", message: "未注明空表" }] },
    { name: "a table with only headers", workbook: workbook([codeTable("T14", [])]), findings: [{ table: "T14" }] },
    {
      name: "T13 statement copied from the fund table",
      workbook: workbook([empty("T13", "说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。")]),
      findings: [{ cell: "公开13表!A6", message: "疑似套用其他表的说明" }],
    },
    {
      name: "statement names another unit",
      workbook: workbook([empty("T11", "说明：XX局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。")]),
      findings: [{ message: "“XX局”" }],
    },
  ],
});
