import rule from "../../src/core/rules/c-09-unit-name";
import { codeTable, summaryTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const t01 = summaryTable("T01", { income: [], expenditure: [] }, { unitName: "攀枝花市人民政府办公室" });
const t06 = (unitName: string | null) => codeTable("T06", [["合计", { total: "1.00" }]], { unitName });

testRule(rule, {
  valid: [
    { name: "same name (spaces ignored)", workbook: workbook([t01, t06("攀枝花市 人民政府办公室")], { unitName: "攀枝花市人民政府办公室" }) },
    { name: "a table without 编制单位", workbook: workbook([t01, t06(null)], { unitName: "攀枝花市人民政府办公室" }) },
  ],
  invalid: [
    {
      name: "another name on T06",
      workbook: workbook([t01, t06("XX局")], { unitName: "攀枝花市人民政府办公室" }),
      findings: [{ severity: "warning", table: "T06", cell: "公开06表!F2", message: "“XX局”，与公开01表的“攀枝花市人民政府办公室”不一致" }],
    },
  ],
});
