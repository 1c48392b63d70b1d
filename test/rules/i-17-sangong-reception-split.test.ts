import rule from "../../src/core/rules/i-17-sangong-reception-split";
import { sanGongTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t10 = (reception: string) =>
  workbook([sanGongTable("T10", { reception: { actual: reception }, receptionDomestic: { actual: "0.55" }, receptionForeign: { actual: "" } }, { variant: "vertical" })]);

testRule(rule, {
  valid: [
    { name: "0.55 = 0.55 + 0", workbook: t10("0.55") },
    {
      name: "预算数 not split (sub-item budget cells blank)",
      workbook: workbook([sanGongTable("T10", { reception: { budget: "10.00", actual: "0.55" }, receptionDomestic: { budget: "", actual: "0.55" }, receptionForeign: { budget: "", actual: "" } }, { variant: "vertical" })]),
    },
    { name: "not split: nothing to check", workbook: workbook([sanGongTable("T10", { reception: { actual: "0.55" } })]) },
  ],
  invalid: [
    { name: "1:1 with one non-zero part: 0.01 is the boundary", workbook: t10("0.56"), findings: [{ outcome: "rounding", boundary: true }] },
    { name: "0.02 off: 不一致", workbook: t10("0.57"), findings: [{ outcome: "inconsistent", message: "公务接待费应等于国内公务接待费 + 外事接待费" }] },
  ],
});
