import type { AnyTable } from "../tables/model";
import { normaliseText } from "../tables/normalise";
import { tableLabel } from "../tables/table-ids";
import { defineRule } from "./rule";

export default defineRule({
  id: "C-09",
  name: "c-09-unit-name",
  title: { zh: "各表编制单位应一致", en: "编制单位 is the same on every table" },
  severity: "warning",
  tables: [],
  check(ctx) {
    const reference = ctx.workbook.unitName;
    if (!reference) return [];
    const want = normaliseText(reference);
    const refTable = ctx.tables.T01?.unitName ? "公开01表" : "首张表";
    return (Object.values(ctx.tables) as AnyTable[])
      .filter((t) => t.unitName !== null && normaliseText(t.unitName) !== want)
      .map((t) =>
        ctx.report({
          table: t.id,
          cells: [t.unitRef ?? t.titleRef],
          message: `${tableLabel(t.id)} 的编制单位为“${t.unitName}”，与${refTable}的“${reference}”不一致。`,
        }),
      );
  },
});
