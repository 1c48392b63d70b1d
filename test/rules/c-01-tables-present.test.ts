import rule from "../../src/core/rules/c-01-tables-present";
import type { CodeTable } from "../../src/core/tables/model";
import { TABLE_IDS, TABLES, type TableId } from "../../src/core/tables/table-ids";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

/** Any table will do for presence: a one-row coded table on the table's own sheet. */
const t = (id: TableId): CodeTable => ({ ...codeTable("T02", [["合计", { total: "1.00" }]], { sheet: TABLES[id].label }), id });
const all14 = TABLE_IDS.map(t);

testRule(rule, {
  valid: [
    { name: "all 14 present", workbook: workbook(all14) },
    {
      name: "central 9: absent-by-format tables are not reported",
      workbook: workbook((["T01", "T02", "T03", "T04", "T06", "T08", "T10", "T11", "T13"] as const).map(t), { family: "central9", absentByFormat: ["T05", "T07", "T09", "T12", "T14"] }),
    },
  ],
  invalid: [
    {
      name: "T12 missing from the 14-table family",
      workbook: workbook(all14.filter((x) => x.id !== "T12")),
      findings: [{ severity: "error", table: "T12", cell: "公开01表!A1", message: "缺少公开12表" }],
    },
  ],
});
