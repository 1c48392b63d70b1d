import { formatRef } from "../cells";
import { tableLabel } from "../tables/table-ids";
import { defineRule } from "./rule";

/**
 * The table part of C-07: a 三公 cell left blank reads as "not reported" rather than 0; the
 * disclosure describes zero items ("支出0万元"), so the cell should say 0 (补0). The narrative
 * part (a zero item still described in the text) belongs to the narrative checker.
 */
export default defineRule({
  id: "C-07",
  name: "c-07-sangong-blank-cells",
  title: { zh: "“三公”经费表空白单元格应补0", en: "Blank 三公 cells should be filled with 0" },
  severity: "info",
  tables: [],
  check(ctx) {
    return [ctx.tables.T10, ctx.tables.T12].flatMap((t) => {
      if (!t || t.emptyStatement) return [];
      const blanks = Object.values(t.items).flatMap((v) => [v?.budget, v?.actual]).filter((a) => a && a.blank && a.ref);
      if (blanks.length === 0) return [];
      return [
        ctx.report({
          table: t.id,
          cells: blanks.map((a) => a!.ref!),
          message: `${tableLabel(t.id)} 有 ${blanks.length} 个金额单元格为空白（${blanks.slice(0, 6).map((a) => formatRef(a!.ref!)).join("、")}），情况说明对为0的项目仍需说明“支出0万元”，建议表中补0。`,
          note: "补0",
        }),
      ];
    });
  },
});
