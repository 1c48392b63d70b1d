import type { AnyTable } from "../tables/model";
import { tableName } from "../tables/table-ids";
import { defineRule } from "./rule";

/**
 * A template's instruction to the preparer printed as if it were a note (the real Shanghai 2024
 * disclosure, README S3: "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述
 * 说明：" above the 说明 it announces). rules.md C-03 asks for an emptiness statement "not a
 * copied template"; this is the other half of that [D; issue 13]: the instruction itself must go.
 */
export default defineRule({
  id: "C-10",
  name: "c-10-template-instruction",
  title: { zh: "表下不应保留模板中给编制人的提示语（如“仍保留该表格式，并在本表下方作下述说明：”）", en: "No template instruction to the preparer is left under a table" },
  severity: "warning",
  tables: [],
  check(ctx) {
    return (Object.values(ctx.tables) as AnyTable[]).flatMap((t) =>
      t.notes
        .filter((n) => n.instruction)
        .map((n) =>
          ctx.report({
            table: t.id,
            cells: [n.ref],
            message: `${tableName(t.id)} 表下“${n.text.trim()}”是模板给编制人的提示语，不是说明，公开时应删除（只保留它所要求的说明，如“说明：…故本表无数据。”）。`,
          }),
        ),
    );
  },
});
