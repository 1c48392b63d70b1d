import rule from "../../src/core/rules/x-14-t07-basic-vs-t08";
import { basicTable, codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t07, t08 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "every economic row's basic equals T08", workbook: workbook([t07(), t08()]) },
    { name: "T08 lists 款 rows only: T07 class rows compare with their sum", workbook: workbook([t07(), t08({}, {}, false)]) },
    { name: "an empty T07 is X-11's finding", workbook: workbook([codeTable("T07", [], { domain: "unknown" }), t08()]) },
  ],
  invalid: [
    {
      name: "a 款 item (leaf) off by 0.01: 不一致",
      workbook: workbook([t07(), t08({}, { 30101: "2670.45" })]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          cell: "公开07表!D7",
          cells: ["公开08表!C6"],
          actual: 2670.44,
          expected: 2670.45,
          message: ["公开07表 30101 基本工资 基本支出 2,670.44 与 公开08表 30101 基本工资 2,670.45 不一致", "同一末级数据在两处列示"],
        },
      ],
    },
    {
      name: "a class (total) off by 0.01: 尾差 boundary",
      workbook: workbook([t07(), t08({}, { 302: "517.08" })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开07表!D8", cells: ["公开08表!F5"], message: "302 类" }],
    },
    {
      name: "a T07 basic item blank in T08",
      workbook: workbook([t07(), t08({}, { 30217: "" })]),
      findings: [{ outcome: "inconsistent", cell: "公开07表!D10", cells: ["公开07表!D10"], actual: 0.55, expected: 0 }],
    },
    {
      name: "a T07 basic item T08 does not list, and a T08 item T07 does not list",
      workbook: workbook([
        t07(),
        basicTable([["301", "2670.44"], ["30101", "2670.44"]], [["302", "517.07"], ["30201", "516.52"], ["30299", "0.55", "其他商品和服务支出"]], { personnel: "2670.44", publicFunds: "517.07" }),
      ]),
      findings: [
        { outcome: "inconsistent", cell: "公开07表!D10", actual: 0.55, expected: 0, message: ["30217 公务接待费", "本表无此行"] },
        { outcome: "inconsistent", cell: "公开08表!F7", actual: 0, expected: 0.55, message: "30299 其他商品和服务支出" },
      ],
    },
    {
      name: "T07 by 功能分类: not assessed",
      workbook: workbook([codeTable("T07", [["合计", { total: "1.00", basic: "1.00" }], ["201", { total: "1.00", basic: "1.00" }]]), t08()]),
      findings: [{ severity: "info", message: "X-14" }],
    },
  ],
});
