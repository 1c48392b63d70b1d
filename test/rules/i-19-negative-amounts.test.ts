import rule from "../../src/core/rules/i-19-negative-amounts";
import { codeTable, sanGongTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

testRule(rule, {
  valid: [{ name: "no negative amount", workbook: workbook([codeTable("T03", [["合计", { total: "1.00", basic: "1.00" }]]), sanGongTable("T10", { sgTotal: { actual: "0" } })]) }],
  invalid: [
    {
      name: "two negatives in T03 become one warning listing both cells",
      workbook: workbook([codeTable("T03", [["合计", { total: "-3.00", basic: "-3.00" }], ["201", { total: "1.00", basic: "1.00" }]])]),
      findings: [{ severity: "warning", table: "T03", cell: "公开03表!C5", cells: ["公开03表!D5"], message: "公开03表!C5 -3.00" }],
    },
  ],
});
