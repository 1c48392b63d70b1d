import rule from "../../src/core/rules/x-20-empty-fund-tables";
import { sanGongTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { emptyT13, emptyT14, t04, t11, t13, t14 } from "./x-fixtures";

const noGfb = t04({
  "in:政府性基金预算财政拨款": "0.00",
  "ex:城乡社区支出": { gfb: "", total: "0.00" },
  "ex:本年支出合计": { gfb: "0.00" },
  "ex:总计": { gfb: "0.00" },
});

testRule(rule, {
  valid: [
    { name: "socb column 0 and T13/T14 empty; gfb non-zero is X-17's business", workbook: workbook([t04(), t11(), emptyT13(), emptyT14()]) },
    { name: "gfb column 0: a T12 with a 预算数 but no 决算数 is still empty", workbook: workbook([noGfb, sanGongTable("T12", { sgTotal: { budget: "1.00", actual: "0.00" } })]) },
  ],
  invalid: [
    {
      name: "socb column 0 but T13 and T14 filled",
      workbook: workbook([t04(), t13(), t14()]),
      findings: [
        {
          outcome: "inconsistent",
          severity: "error",
          table: "T13",
          cell: "公开13表!D5",
          cells: ["公开13表!E5", "公开04表!G5"],
          expected: 0,
          actual: 5,
          message: ["公开04表 国有资本经营预算财政拨款栏", "公开13表 应为空表，但 公开13表!D5 为 5.00 等"],
        },
        { table: "T14", cell: "公开14表!C5", cells: ["公开04表!G5"] },
      ],
    },
    {
      name: "gfb column 0 but T11 and T12 show amounts",
      workbook: workbook([noGfb, t11(), sanGongTable("T12", { sgTotal: { actual: "1.00" } })]),
      findings: [
        { table: "T11", cell: "公开11表!D5", message: "政府性基金预算财政拨款栏" },
        { table: "T12", cell: "公开12表!B5", actual: 1 },
      ],
    },
  ],
});
