import rule from "../../src/core/rules/x-16-sangong-total-within-spending";
import { codeTable, sanGongTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { emptyT13, t04, t06, t10, t11 } from "./x-fixtures";

const emptyT11 = codeTable("T11", [["合计", { opening: "", income: "", expTotal: "", basic: "", project: "", closing: "" }]], { domain: "unknown" });

testRule(rule, {
  valid: [
    { name: "50.69 ≤ T06 合计 3747.70", workbook: workbook([t10(), t06()]) },
    { name: "all-财政拨款 scope compares with T04 本年支出合计", workbook: workbook([t10(), t06({ 合计: { total: "10.00" } }), t04()], { sanGongScope: "allFiscal" }) },
    { name: "T12 empty, T11 empty", workbook: workbook([t10(), t06(), emptyT11, sanGongTable("T12", { sgTotal: { budget: "0.00", actual: "0.00" } })]) },
    { name: "T12 within T11", workbook: workbook([t10(), t06(), t11(), sanGongTable("T12", { sgTotal: { actual: "1.00" } }), emptyT13()]) },
  ],
  invalid: [
    {
      name: "0.01 above T06 合计 (totals): 尾差 boundary",
      workbook: workbook([t10(), t06({ 合计: { total: "50.68" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开10表!B5", cells: ["公开06表!C5"], actual: 50.69, expected: 50.68, table: "T10" }],
    },
    {
      name: "0.09 above: error",
      workbook: workbook([t10(), t06({ 合计: { total: "50.60" } })]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开10表!B5", message: "“三公”经费合计 决算数 50.69 应不大于 公开06表 合计行 合计 50.60" }],
    },
    {
      name: "all-财政拨款 scope: above T04 本年支出合计",
      workbook: workbook([t10({ sgTotal: "3829.90" }), t04()], { sanGongScope: "allFiscal" }),
      findings: [{ outcome: "inconsistent", cell: "公开10表!B5", cells: ["公开04表!D9"] }],
    },
    {
      name: "no 合计 cell: the items are summed",
      workbook: workbook([sanGongTable("T10", { abroad: { actual: "30.00" }, vehicle: { actual: "20.00" }, reception: { actual: "1.00" } }), t06({ 合计: { total: "50.00" } })]),
      findings: [{ outcome: "inconsistent", actual: 51, expected: 50 }],
    },
    {
      name: "T12 has 三公 spending while T11 is empty",
      workbook: workbook([t10(), t06(), emptyT11, sanGongTable("T12", { sgTotal: { actual: "1.00" } })]),
      findings: [{ outcome: "inconsistent", table: "T12", cell: "公开12表!B5", cells: ["公开11表!E5"], actual: 1, expected: 0 }],
    },
  ],
});
