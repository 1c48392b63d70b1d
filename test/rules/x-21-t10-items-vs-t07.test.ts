import rule from "../../src/core/rules/x-21-t10-items-vs-t07";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t07, t10 } from "./x-fixtures";

/** T10 with only 公务接待费 0.55 (T07's 30217). */
const receptionOnly = (reception = "0.55") => t10({ sgTotal: reception, vehicle: "0.00", vehicleOperation: "0.00", reception });

testRule(rule, {
  valid: [
    { name: "公务接待费 0.55 ≤ T07 30217 0.55", workbook: workbook([t07(), receptionOnly()]) },
    { name: "an empty T07 is X-11's finding", workbook: workbook([codeTable("T07", [], { domain: "unknown" }), receptionOnly()]) },
  ],
  invalid: [
    {
      name: "0.56 > 0.55: leaves, so an error",
      workbook: workbook([t07(), receptionOnly("0.56")]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          table: "T10",
          cell: "公开10表!L5",
          cells: ["公开07表!C10"],
          actual: 0.56,
          expected: 0.55,
          message: "公开10表 公务接待费 决算数 0.56 应不大于 公开07表 30217 公务接待费 合计 0.55",
        },
      ],
    },
    {
      name: "公务用车运行费 without a T07 30231 row",
      workbook: workbook([t07(), t10()]),
      findings: [{ outcome: "inconsistent", cell: "公开10表!J5", actual: 50.14, expected: 0, message: ["30231 公务用车运行维护费", "本表无此行"] }],
    },
    {
      name: "T10 covering all 财政拨款: a warning with the reason",
      workbook: workbook([t07(), receptionOnly("0.60")], { sanGongScope: "allFiscal" }),
      findings: [{ outcome: "inconsistent", severity: "warning", message: "口径为全部财政拨款" }],
    },
    {
      name: "T07 without a 合计 column: basic + project is a sum, 0.01 over is 尾差",
      workbook: workbook([codeTable("T07", [["合计", { basic: "0.30", project: "0.25" }], ["302", { basic: "0.30", project: "0.25" }], ["30217", { basic: "0.30", project: "0.25" }]]), receptionOnly("0.56")]),
      findings: [{ outcome: "rounding", severity: "info", cell: "公开10表!L5", cells: ["公开07表!C7", "公开07表!D7"] }],
    },
    {
      name: "T07 by 功能分类: not assessed",
      workbook: workbook([codeTable("T07", [["合计", { total: "1.00" }], ["201", { total: "1.00" }]]), receptionOnly()]),
      findings: [{ severity: "info", cell: "公开07表!A1", message: "X-21" }],
    },
  ],
});
