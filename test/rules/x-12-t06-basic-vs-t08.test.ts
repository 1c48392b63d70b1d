import rule from "../../src/core/rules/x-12-t06-basic-vs-t08";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t06, t08 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "3187.51 = 2670.44 + 517.07", workbook: workbook([t06(), t08()]) },
    { name: "footers missing: class rows stand in", workbook: workbook([t06(), t08({ personnel: null, publicFunds: null })]) },
    { name: "only a 基本支出合计 row", workbook: workbook([t06(), t08({ personnel: null, publicFunds: null, basic: "3187.51" })]) },
  ],
  invalid: [
    {
      name: "off by 0.03: error, message as the issue's example",
      workbook: workbook([t06(), t08({ publicFunds: "517.10" })]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          cell: "公开06表!D5",
          cells: ["公开08表!C8", "公开08表!F8"],
          actual: 3187.51,
          expected: 3187.54,
          difference: -0.03,
          message: "公开06表 合计行 基本支出 3,187.51 与 公开08表 人员经费合计 2,670.44 + 公用经费合计 517.10 = 3,187.54 不一致，相差 0.03",
        },
      ],
    },
    {
      name: "off by 0.01 with three figures (bound 0.015): 尾差, not at the boundary",
      workbook: workbook([t06(), t08({ personnel: "2670.45" })]),
      findings: [{ outcome: "rounding", severity: "info", boundary: false, cell: "公开06表!D5" }],
    },
    {
      name: "off by 0.02 with three figures: error",
      workbook: workbook([t06(), t08({ personnel: "2670.46" })]),
      findings: [{ outcome: "inconsistent", difference: -0.02 }],
    },
  ],
});
