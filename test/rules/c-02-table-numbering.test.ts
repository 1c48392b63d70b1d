import rule from "../../src/core/rules/c-02-table-numbering";
import type { CodeTable } from "../../src/core/tables/model";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t11 = (label: string, title?: string) => ({ ...codeTable("T11", [["合计", { total: "1.00" }]], title ? { title } : {}), numberLabel: label });

testRule(rule, {
  valid: [
    { name: "14-table numbering", workbook: workbook([t11("公开11表")]) },
    { name: "13-table family numbers T11 as 公开10表", workbook: workbook([t11("公开10表")], { family: "sichuan13" }) },
  ],
  invalid: [
    { name: "wrong number", workbook: workbook([t11("公开10表")]), findings: [{ severity: "warning", cell: "公开11表!A1", message: "应为公开11表" }] },
    {
      name: "an alias title in the 14-table family",
      workbook: workbook([{ ...codeTable("T02", [["合计", { total: "1.00" }]], { title: "财政拨款收支决算总表", sheet: "公开04表" }), id: "T04" as const, numberLabel: "公开04表" } as CodeTable]),
      findings: [{ message: "标准标题是“财政拨款收入支出决算总表”" }],
    },
  ],
});

testRule(rule, {
  valid: [
    {
      name: "quoted 三公 title, with year and unit prefix",
      workbook: workbook([{ ...codeTable("T02", [], { title: "2021年度示例单位一般公共预算财政拨款“三公”经费支出决算表", sheet: "公开10表" }), id: "T10" as const, numberLabel: "公开10表" } as CodeTable]),
    },
  ],
  invalid: [
    {
      name: "13-table title (财政拨款“三公”) in the 14-table family",
      workbook: workbook([{ ...codeTable("T02", [], { title: "财政拨款“三公”经费支出决算表", sheet: "公开10表" }), id: "T10" as const, numberLabel: "公开10表" } as CodeTable]),
      findings: [{ message: "标准标题是“一般公共预算财政拨款“三公”经费支出决算表”" }],
    },
  ],
});

const numbered = (id: "T02" | "T03" | "T05", sheet: string) => ({ ...codeTable(id, [["合计", { total: "1.00" }]], { sheet }), numberLabel: `公开0${id.slice(2)}表` });

testRule(rule, {
  valid: [
    { name: "tables in publication order", workbook: workbook([numbered("T02", "表2"), numbered("T03", "表3"), numbered("T05", "表5")], { sheetOrder: ["表2", "表3", "表5"] }) },
  ],
  invalid: [
    {
      name: "公开03表 placed before 公开02表",
      workbook: workbook([numbered("T02", "表2"), numbered("T03", "表3"), numbered("T05", "表5")], { sheetOrder: ["表3", "表2", "表5"] }),
      findings: [{ severity: "warning", cell: "表2!A1", message: "排在公开03表（工作表“表3”）之后" }],
    },
  ],
});
