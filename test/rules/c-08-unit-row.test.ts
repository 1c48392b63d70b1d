import rule from "../../src/core/rules/c-08-unit-row";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

testRule(rule, {
  valid: [{ name: "unit stated", workbook: workbook([codeTable("T06", [["合计", { total: "1.00" }]])]) }],
  invalid: [
    {
      name: "no unit row",
      workbook: workbook([codeTable("T06", [["合计", { total: "1.00" }]], { unit: null })]),
      findings: [{ severity: "error", table: "T06", cell: "公开06表!A1", message: "没有可识别的“金额单位" }],
    },
  ],
});
