import rule from "../../src/core/rules/x-08-t04-gpb-vs-t06";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t04, t06 } from "./x-fixtures";

testRule(rule, {
  valid: [{ name: "T04 gpb 3747.70 = T06 合计; classes tie; 212 is gfb only and T06 omits it", workbook: workbook([t04(), t06()]) }],
  invalid: [
    {
      name: "合计 off by 0.01: 尾差 boundary",
      workbook: workbook([t04(), t06({ 合计: { total: "3747.71" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开04表!E9", cells: ["公开06表!C5"], difference: -0.01 }],
    },
    {
      name: "class 221 off by 0.02: error",
      workbook: workbook([t04({ "ex:住房保障支出": { gpb: "747.72" } }), t06()]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开04表!E8", cells: ["公开06表!C10"], actual: 747.72, expected: 747.7, message: ["221 类", "公开04表 住房保障支出 一般公共预算财政拨款 747.72 与 公开06表 221 住房保障支出 合计 747.70 不一致"] }],
    },
    {
      name: "a T06 class that T04 lacks reads 0 in T04",
      workbook: workbook([t04(), t06({}, [], [["205", { total: "10.00", basic: "10.00", project: "" }, "教育支出"]])]),
      findings: [{ outcome: "inconsistent", cell: "公开06表!C11", actual: 0, expected: 10, table: "T04", message: ["205 类", "本表无此行"] }],
    },
  ],
});
