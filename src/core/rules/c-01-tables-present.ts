import { FAMILY_NAMES, tableName } from "../tables/table-ids";
import { defineRule } from "./rule";

/** 不得少公开 (SC-RULES art. 3): every table of the family, including empty ones. */
export default defineRule({
  id: "C-01",
  name: "c-01-tables-present",
  title: { zh: "应公开的附表齐全（含空表）", en: "Every table of the format family is present, including empty ones" },
  severity: "error",
  tables: [],
  check(ctx) {
    const wb = ctx.workbook;
    if (wb.family === "unknown") return [];
    const firstSheet = Object.values(ctx.tables).find((t) => t)?.titleRef;
    return wb.expected
      .filter((id) => !ctx.tables[id] && !wb.absentByFormat.includes(id))
      .map((id) =>
        ctx.report({
          table: id,
          cells: firstSheet ? [firstSheet] : [],
          message: `缺少${tableName(id)}。按${FAMILY_NAMES[wb.family]}格式应公开该表；没有数据时也应保留表格式并注明“本表无数据”。`,
        }),
      );
  },
});
