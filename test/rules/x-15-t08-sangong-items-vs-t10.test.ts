import rule from "../../src/core/rules/x-15-t08-sangong-items-vs-t10";
import { basicTable, sanGongTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t08, t10 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "T08 30217 0.55 ≤ T10 公务接待费 0.55", workbook: workbook([t08(), t10()]) },
    { name: "T08 item below the 三公 item (project money makes up the rest)", workbook: workbook([t08({}, { 30217: "0.30" }), t10()]) },
  ],
  invalid: [
    {
      name: "T08 30217 0.55 > T10 0.54: leaves, so a 0.01 excess is an error",
      workbook: workbook([t08(), t10({ reception: "0.54" })]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          cell: "公开08表!F7",
          cells: ["公开10表!L5"],
          actual: 0.55,
          expected: 0.54,
          difference: 0.01,
          message: ["公开08表 30217 公务接待费 0.55 应不大于 公开10表 公务接待费 决算数 0.54", "四舍五入不改变大小顺序"],
        },
      ],
    },
    {
      name: "T08 has 30231 but T10 shows no 公务用车运行费: not assessed",
      workbook: workbook([
        basicTable([["301", "1.00"]], [["302", "2.00"], ["30231", "2.00"]], { personnel: "1.00", publicFunds: "2.00" }),
        sanGongTable("T10", { sgTotal: { actual: "2.00" }, reception: { actual: "0.00" } }),
      ]),
      findings: [{ severity: "info", cell: "公开10表!A1", message: ["公务用车运行费", "30231", "X-15"] }],
    },
  ],
});
