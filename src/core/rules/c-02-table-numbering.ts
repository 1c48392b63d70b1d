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

export default defineRule({
  id: "C-02",
  name: "c-02-table-numbering",
  title: { zh: "附表编号与标题符合本格式的顺序和名称", en: "Tables carry the family's numbers and titles" },
  severity: "warning",
  tables: [],
  check(ctx) {
    const family = ctx.workbook.family;
    return (Object.values(ctx.tables) as AnyTable[]).flatMap((t) => {
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
    });
  },
});
