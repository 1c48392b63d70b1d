import { cellRef } from "../../src/core/cells";
import rule from "../../src/core/rules/i-20-hidden-decimals";
import type { LoadIssue } from "../../src/core/tables/model";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const hidden = (row: number): LoadIssue => ({
  code: "hidden-decimals",
  severity: "warning",
  table: "T06",
  message: `公开06表 公开06表!C${row + 1} 显示 2 位小数，实际存储值为 2142.7649（有隐藏小数），按显示值计算。`,
  cells: [cellRef("公开06表", row, 2)],
});
const t06 = codeTable("T06", [["合计", { total: "2142.76" }]]);

testRule(rule, {
  valid: [
    { name: "no hidden-decimals issue", workbook: workbook([t06]) },
    { name: "other load issues are not this rule's", workbook: workbook([t06], { issues: [{ ...hidden(4), code: "text-in-number" }] }) },
  ],
  invalid: [
    {
      name: "hidden decimals in two cells: one warning per table",
      workbook: workbook([t06], { issues: [hidden(4), hidden(5)] }),
      findings: [{ severity: "warning", table: "T06", cell: "公开06表!C5", cells: ["公开06表!C6"], message: "2 个单元格存在隐藏小数" }],
    },
  ],
});
