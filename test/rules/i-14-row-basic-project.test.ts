import rule from "../../src/core/rules/i-14-row-basic-project";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t06 = (total: string) => codeTable("T06", [["合计", { total, basic: "3187.51", project: "560.19" }]]);
const t11 = (expTotal: string) => codeTable("T11", [["合计", { opening: "", income: "82.16", expTotal, basic: "", project: "82.16", closing: "" }]]);

testRule(rule, {
  valid: [
    { name: "T06 and T11 rows hold", workbook: workbook([t06("3747.70"), t11("82.16")]) },
    { name: "a table with only a 基本支出 column is not a split", workbook: workbook([codeTable("T09", [["合计", { total: "5.00", basic: "1.00" }]])]) },
  ],
  invalid: [
    { name: "T06 0.01 off (bound 0.015): 尾差", workbook: workbook([t06("3747.71")]), findings: [{ outcome: "rounding", table: "T06", cell: "公开06表!C5" }] },
    { name: "T06 0.02 off: 不一致", workbook: workbook([t06("3747.72")]), findings: [{ outcome: "inconsistent", cells: ["公开06表!D5", "公开06表!E5"] }] },
    { name: "T11 本年支出合计 uses expTotal: 1:1 boundary", workbook: workbook([t11("82.17")]), findings: [{ outcome: "rounding", boundary: true, table: "T11", message: "本年支出合计应等于基本支出 + 项目支出" }] },
  ],
});
