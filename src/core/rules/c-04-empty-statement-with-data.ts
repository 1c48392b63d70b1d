import { formatWan } from "../amounts";
import type { AnyTable } from "../tables/model";
import { tableLabel } from "../tables/table-ids";
import { defineRule } from "./rule";

export default defineRule({
  id: "C-04",
  name: "c-04-empty-statement-with-data",
  title: { zh: "注明空表的表不应有非零金额", en: "A table stating it has no data has no non-zero amount" },
  severity: "error",
  tables: [],
  check(ctx) {
    return (Object.values(ctx.tables) as AnyTable[]).flatMap((t) => {
      if (!t.emptyStatement) return [];
      const nonZero = t.amounts.filter((a) => a.micros !== 0 && a.ref);
      if (nonZero.length === 0) return [];
      return [
        ctx.report({
          table: t.id,
          cells: [nonZero[0]!.ref!, t.emptyStatement.ref, ...nonZero.slice(1).map((a) => a.ref!)],
          message: `${tableLabel(t.id)} 注明“${t.emptyStatement.text}”，但表中有 ${nonZero.length} 个非零金额（如 ${formatWan(nonZero[0]!.micros)}）。空表说明与数据矛盾：有数据则删去说明，无数据则核对金额。`,
          actual: nonZero[0]!.micros / 1_000_000,
        }),
      ];
    });
  },
});
