import type { AnyTable, FormatFamily } from "../tables/model";
import { normaliseText, normaliseTitle } from "../tables/normalise";
import { TABLES, tableLabel, type TableId } from "../tables/table-ids";
import { defineRule } from "./rule";

/** 公开NN表 numbers per family (tables.md §4.1); the central 9-table family prints none. */
const SICHUAN13_NUMBER: Partial<Record<TableId, number>> = { T01: 1, T02: 2, T03: 3, T04: 4, T05: 5, T06: 6, T07: 7, T08: 8, T09: 9, T11: 10, T13: 11, T14: 12, T10: 13 };

function expectedLabel(id: TableId, family: FormatFamily): string | null {
  if (family === "sichuan14") return TABLES[id].label;
  const n = family === "sichuan13" ? SICHUAN13_NUMBER[id] : undefined;
  return n === undefined ? null : `公开${String(n).padStart(2, "0")}表`;
}

/** Publication order of each family (tables.md §4): the 13-table set puts 三公 last. */
const ORDER: Record<Exclude<FormatFamily, "unknown">, readonly TableId[]> = {
  sichuan14: ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T12", "T13", "T14"],
  sichuan13: ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T11", "T13", "T14", "T10"],
  central9: ["T01", "T02", "T03", "T04", "T06", "T08", "T10", "T11", "T13", "T14"],
};

/** The first table that stands before one the family publishes earlier, and that earlier one. */
function firstOutOfOrder(tables: readonly AnyTable[], sheetOrder: readonly string[], family: FormatFamily): { table: AnyTable; after: AnyTable } | null {
  if (family === "unknown") return null;
  const rank = new Map(ORDER[family].map((id, i) => [id, i]));
  const position = (t: AnyTable): [number, number] => [sheetOrder.indexOf(t.sheet), t.titleRef.row];
  const inWorkbook = [...tables].sort((a, b) => {
    const [sa, ra] = position(a);
    const [sb, rb] = position(b);
    return sa - sb || ra - rb;
  });
  let latest: AnyTable | null = null;
  for (const t of inWorkbook) {
    if (latest && (rank.get(t.id) ?? 0) < (rank.get(latest.id) ?? 0)) return { table: t, after: latest };
    if (!latest || (rank.get(t.id) ?? 0) > (rank.get(latest.id) ?? 0)) latest = t;
  }
  return null;
}

export default defineRule({
  id: "C-02",
  name: "c-02-table-numbering",
  title: { zh: "附表编号与标题符合本格式的顺序和名称", en: "Tables carry the family's numbers and titles" },
  severity: "warning",
  tables: [],
  check(ctx) {
    const family = ctx.workbook.family;
    const tables = Object.values(ctx.tables) as AnyTable[];
    const order = firstOutOfOrder(tables, ctx.workbook.sheetOrder, family);
    const orderFindings = order
      ? [
          ctx.report({
            table: order.table.id,
            cells: [order.table.titleRef, order.after.titleRef],
            message: `${tableLabel(order.table.id)}（工作表“${order.table.sheet}”）排在${tableLabel(order.after.id)}（工作表“${order.after.sheet}”）之后，与本格式的附表顺序不符。请按公开顺序排列工作表。`,
          }),
        ]
      : [];
    return orderFindings.concat(tables.flatMap((t) => {
      const want = expectedLabel(t.id, family);
      const out = [];
      if (want && t.numberLabel && /^公开\d{2}表$/.test(t.numberLabel) && t.numberLabel !== want) {
        out.push(
          ctx.report({
            table: t.id,
            cells: [t.titleRef],
            message: `“${TABLES[t.id].title}”标注为${t.numberLabel}，按本格式应为${want}。请核对附表顺序和编号。`,
          }),
        );
      }
      // The reader accepts aliases; the family's own title is the one to publish.
      // endsWith: a year or unit-name prefix the normaliser could not strip is not a wrong title.
      if (family === "sichuan14" && !normaliseTitle(t.title, t.unitName ?? ctx.workbook.unitName).endsWith(normaliseText(TABLES[t.id].title))) {
        out.push(
          ctx.report({
            table: t.id,
            cells: [t.titleRef],
            message: `${tableLabel(t.id)} 的标题为“${t.title}”，本格式的标准标题是“${TABLES[t.id].title.replace("三公经费", "“三公”经费")}”。`,
          }),
        );
      }
      return out;
    }));
  },
});
