import rule from "../../src/core/rules/x-01-t01-income-vs-t02";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t01, t02 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "T01 本年收入合计 3789.00 = T02 合计 3789.00", workbook: workbook([t01(), t02()]) },
    { name: "3789 written without decimals still ties", workbook: workbook([t01({ "in:本年收入合计": "3789" }), t02()]) },
  ],
  invalid: [
    {
      name: "1:1 total tie off by 0.01: 尾差 at the boundary (m = 2, bound 0.01)",
      workbook: workbook([t01(), t02({ 合计: { total: "3789.01" } })]),
      findings: [
        {
          outcome: "rounding",
          severity: "info",
          boundary: true,
          cell: "公开01表!B13",
          cells: ["公开02表!C5"],
          actual: 3789,
          expected: 3789.01,
          difference: -0.01,
          table: "T01",
          message: ["公开01表 本年收入合计 3,789.00 与 公开02表 合计行 合计 3,789.01 有尾差", "容差 0.010 万元", "端点"],
        },
      ],
    },
    {
      name: "off by 0.02: 不一致",
      workbook: workbook([t01(), t02({ 合计: { total: "3789.02" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开01表!B13", cells: ["公开02表!C5"], difference: -0.02, message: "相差 0.02 万元" }],
    },
    {
      name: "exact policy: 0.01 is an error",
      workbook: workbook([t01(), t02({ 合计: { total: "3789.01" } })]),
      tolerance: { kind: "exact" },
      findings: [{ outcome: "inconsistent", severity: "error", difference: -0.01 }],
    },
    {
      name: "T02 合计 blank while T01 has income",
      workbook: workbook([t01(), t02({ 合计: { total: "" } })]),
      findings: [{ outcome: "inconsistent", cell: "公开01表!B13", expected: 0, actual: 3789 }],
    },
  ],
});
