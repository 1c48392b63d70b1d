import type { AnyTable } from "../tables/model";
import { tableName } from "../tables/table-ids";
import { defineRule } from "./rule";

export default defineRule({
  id: "C-08",
  name: "c-08-unit-row",
  title: { zh: "每张表应有可识别的金额单位（元/万元/亿元）", en: "Every table has a parseable unit row" },
  severity: "error",
  tables: [],
  check(ctx) {
    return (Object.values(ctx.tables) as AnyTable[])
      .filter((t) => t.unit === null)
      .map((t) =>
        ctx.report({
          table: t.id,
          cells: [t.titleRef],
          message: `${tableName(t.id)} 没有可识别的“金额单位：万元/元/亿元”行。金额单位不明时表中金额无法可靠比对，请在表名下一行注明单位。`,
        }),
      );
  },
});
