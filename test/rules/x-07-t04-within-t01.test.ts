import rule from "../../src/core/rules/x-07-t04-within-t01";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t01, t03, t04 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "fiscal carry-overs, 总计, 支出 and classes within the whole", workbook: workbook([t01(), t04(), t03()]) },
    { name: "without T03 the class part is not run", workbook: workbook([t01(), t04()]) },
  ],
  invalid: [
    {
      name: "rules.md §6.1: T04 年初 61.88 vs T01 61.87 and 年末 19.01 vs 19.00 are boundary 尾差",
      workbook: workbook([
        t01(),
        t04({ "in:年初财政拨款结转和结余": "61.88", "ex:年末财政拨款结转和结余": { total: "19.01" } }),
        t03(),
      ]),
      findings: [
        {
          outcome: "rounding",
          severity: "info",
          boundary: true,
          cell: "公开04表!B9",
          cells: ["公开01表!B15"],
          actual: 61.88,
          expected: 61.87,
          difference: 0.01,
          message: ["年初财政拨款结转和结余 61.88 应不大于 公开01表 年初结转和结余 61.87", "[61.875, 61.885]", "[61.865, 61.875]", "端点", "非财政拨款年初结转和结余 = 61.87 − 61.88 = -0.01"],
        },
        { outcome: "rounding", boundary: true, cell: "公开04表!D10", cells: ["公开01表!D11"], actual: 19.01, expected: 19, message: ["[19.005, 19.015]", "[18.995, 19.005]"] },
      ],
    },
    {
      name: "年初 0.02 above: error",
      workbook: workbook([t01(), t04({ "in:年初财政拨款结转和结余": "61.89" })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开04表!B9", difference: 0.02 }],
    },
    {
      name: "总计 and 本年支出 above T01's",
      workbook: workbook([t01(), t04({ "in:总计": "3851.00", "ex:本年支出合计": { total: "3832.00" } })]),
      findings: [
        { outcome: "inconsistent", cell: "公开04表!B13", cells: ["公开01表!B16"], difference: 0.13 },
        { outcome: "inconsistent", cell: "公开04表!D9", cells: ["公开01表!D9"], difference: 0.13 },
      ],
    },
    {
      name: "a T04 class row above T03's, and one T03 lacks",
      workbook: workbook([t01(), t04({ "ex:社会保障和就业支出": { total: "1000.50" } }), t03({}, ["212"])]),
      findings: [
        { outcome: "inconsistent", cell: "公开04表!D6", cells: ["公开03表!C7"], actual: 1000.5, expected: 1000, message: "208 类" },
        { outcome: "inconsistent", cell: "公开04表!D7", actual: 82.16, expected: 0, message: ["212 类", "本表无此行"] },
      ],
    },
  ],
});
