import rule from "../../src/core/rules/x-18-t13-vs-t04-socb";
import { workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { emptyT13, t04, t04WithSocb, t13 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "no 国有资本经营 money and an empty T13", workbook: workbook([t04(), emptyT13()]) },
    { name: "T13 合计 and class 223 tie with T04's socb column", workbook: workbook([t04WithSocb(), t13()]) },
  ],
  invalid: [
    {
      name: "本年收入 off by 0.01: 尾差 boundary",
      workbook: workbook([t04WithSocb(), t13({ 合计: { income: "5.01" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开13表!D5", cells: ["公开04表!B7"], table: "T13" }],
    },
    {
      name: "class 223 本年支出 off by 0.02",
      workbook: workbook([t04WithSocb(), t13({ 223: { expTotal: "5.02" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开13表!E6", cells: ["公开04表!G9"], message: "223 类" }],
    },
    {
      name: "T13 filled while T04's socb column is 0",
      workbook: workbook([t04(), t13()]),
      findings: [
        { outcome: "inconsistent", cell: "公开13表!D5", cells: ["公开04表!B7"], actual: 5, expected: 0 },
        { outcome: "inconsistent", cell: "公开13表!E5", cells: ["公开04表!G9"] },
        { outcome: "inconsistent", cell: "公开13表!E6", message: ["223 类", "本表无此行"] },
      ],
    },
  ],
});
