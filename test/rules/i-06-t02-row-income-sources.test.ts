import rule from "../../src/core/rules/i-06-t02-row-income-sources";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t02 = (total: string) =>
  workbook([
    codeTable("T02", [
      ["合计", { total, fiscal: "3786.99", superior: "", business: "", operating: "", affiliated: "", other: "2.01" }],
      ["201", { total: "100.00", fiscal: "100.00", other: "" }],
    ]),
  ]);

testRule(rule, {
  valid: [{ name: "every row sums", workbook: t02("3789.00") }],
  invalid: [
    { name: "0.01 off (3 values): 尾差", workbook: t02("3789.01"), findings: [{ outcome: "rounding", cell: "公开02表!C5" }] },
    { name: "0.02 off: 不一致", workbook: t02("3789.02"), findings: [{ outcome: "inconsistent", cells: ["公开02表!D5", "公开02表!I5"], message: "公开02表 合计行" }] },
  ],
});
