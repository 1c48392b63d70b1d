import rule from "../../src/core/rules/i-05-t01-balance";
import { summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t01 = (income: string, spending: string) =>
  workbook([summaryTable("T01", { income: [["总计", income]], expenditure: [["总计", spending]] })]);

testRule(rule, {
  valid: [{ name: "3850.87 = 3850.87", workbook: t01("3850.87", "3850.87") }],
  invalid: [
    {
      name: "0.01 apart is 不一致, no 尾差 (§6.4)",
      workbook: t01("3850.87", "3850.86"),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开01表!B5", cells: ["公开01表!D5"], difference: 0.01, message: ["收入总计 3,850.87", "支出总计 3,850.86", "不允许任何差额"] }],
    },
    { name: "exact even under fixed:0.5", workbook: t01("3850.87", "3850.86"), tolerance: { kind: "fixed", micros: 500_000 }, findings: [{ outcome: "inconsistent" }] },
  ],
});
