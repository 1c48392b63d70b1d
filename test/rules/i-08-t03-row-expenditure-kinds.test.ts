import rule from "../../src/core/rules/i-08-t03-row-expenditure-kinds";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t03 = (total: string, toSuperior = "") =>
  workbook([codeTable("T03", [["合计", { total, basic: "3187.51", project: "644.36", toSuperior, operatingExp: "", toAffiliated: "" }]])]);

testRule(rule, {
  valid: [
    { name: "3187.51 + 644.36 (+ 0 + 0 + 0) = 3831.87 (§6.2)", workbook: t03("3831.87") },
    { name: "with 上缴上级支出", workbook: t03("3832.87", "1.00") },
  ],
  invalid: [
    { name: "0.01 off (bound 0.015): 尾差", workbook: t03("3831.88"), findings: [{ outcome: "rounding", cell: "公开03表!C5" }] },
    { name: "0.02 off: 不一致", workbook: t03("3831.89"), findings: [{ outcome: "inconsistent", cells: ["公开03表!D5", "公开03表!E5"] }] },
    { name: "the last three columns count (GBC checks only basic + project)", workbook: t03("3831.87", "5.00"), findings: [{ outcome: "inconsistent", difference: -5 }] },
  ],
});
