import rule from "../../src/core/rules/x-04-t01-classes-vs-t03";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";
import { t01, t03 } from "./x-fixtures";

testRule(rule, {
  valid: [
    { name: "every class row ties by code", workbook: workbook([t01(), t03()]) },
    { name: "a header-only T03 is X-03's finding, not one per class", workbook: workbook([t01(), codeTable("T03", [], { domain: "unknown" })]) },
    { name: "a zero T01 class row that T03 omits", workbook: workbook([t01({ "ex:城乡社区支出": "0.00" }), t03({}, ["212"])]) },
  ],
  invalid: [
    {
      name: "208 off by 0.01: 尾差 (class rows are totals)",
      workbook: workbook([t01(), t03({ 208: { total: "1000.01" } })]),
      findings: [{ outcome: "rounding", boundary: true, cell: "公开01表!D6", cells: ["公开03表!C7"], difference: -0.01, message: "208 类" }],
    },
    {
      name: "201 off by 1.00: error",
      workbook: workbook([t01({ "ex:一般公共服务支出": "2003.01" }), t03()]),
      findings: [{ outcome: "inconsistent", severity: "error", cell: "公开01表!D5", cells: ["公开03表!C6"], actual: 2003.01, expected: 2002.01, difference: 1 }],
    },
    {
      name: "a T03 class row missing: T01's amount against 0",
      workbook: workbook([t01(), t03({}, ["212"])]),
      findings: [{ outcome: "inconsistent", cell: "公开01表!D7", actual: 82.16, expected: 0, message: "本表无此行" }],
    },
  ],
});
