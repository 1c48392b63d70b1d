import rule from "../../src/core/rules/c-07-sangong-blank-cells";
import { sanGongTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

testRule(rule, {
  valid: [
    { name: "zeros written as 0", workbook: workbook([sanGongTable("T10", { sgTotal: { actual: "0.55" }, abroad: { actual: "0.00" }, reception: { actual: "0.55" } })]) },
    { name: "an empty table with its statement", workbook: workbook([sanGongTable("T12", { sgTotal: { actual: "" } }, { emptyStatement: "故本表无数据。" })]) },
  ],
  invalid: [
    {
      name: "a blank item cell: 补0 hint (info)",
      workbook: workbook([sanGongTable("T10", { sgTotal: { actual: "0.55" }, abroad: { actual: "" }, reception: { actual: "0.55" } })]),
      findings: [{ severity: "info", cell: "公开10表!D5", message: "建议表中补0" }],
    },
  ],
});
