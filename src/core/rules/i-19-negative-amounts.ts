import { formatWan } from "../amounts";
import { formatRef } from "../cells";
import type { AnyTable } from "../tables/model";
import { tableLabel } from "../tables/table-ids";
import { defineRule } from "./rule";

/** At most this many cells are spelled out in one message. */
const SHOWN = 8;

export default defineRule({
  id: "I-19",
  name: "i-19-negative-amounts",
  title: { zh: "金额不应为负数", en: "No negative amounts" },
  severity: "warning",
  tables: [],
  check(ctx) {
    return (Object.values(ctx.tables) as AnyTable[]).flatMap((t) => {
      const negatives = t.amounts.filter((a) => a.micros < 0 && a.ref);
      if (negatives.length === 0) return [];
      const list = negatives.slice(0, SHOWN).map((a) => `${formatRef(a.ref!)} ${formatWan(a.micros)}`).join("、");
      const more = negatives.length > SHOWN ? ` 等 ${negatives.length} 处` : "";
      return [
        ctx.report({
          table: t.id,
          cells: negatives.map((a) => a.ref!),
          message: `${tableLabel(t.id)} 有负数金额：${list}${more}。决算公开表的金额应为非负数，请核对是否录入错误或符号颠倒。`,
          actual: negatives[0]!.micros / 1_000_000,
        }),
      ];
    });
  },
});
