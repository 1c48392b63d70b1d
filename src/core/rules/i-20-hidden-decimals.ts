import type { LoadIssue } from "../tables/model";
import { tableLabel, type TableId } from "../tables/table-ids";
import { defineRule } from "./rule";

/**
 * The reader sees the stored value and the number format of each cell and reports a stored value
 * with more decimals than displayed as a "hidden-decimals" load issue; this rule turns those into
 * findings, one per table (the Excel analogue of XBRL Calc 1.1 excessDigits).
 */
export default defineRule({
  id: "I-20",
  name: "i-20-hidden-decimals",
  title: { zh: "单元格存储值的小数位多于显示位数（隐藏小数）", en: "Hidden decimals: stored value has more decimals than displayed" },
  severity: "warning",
  tables: [],
  check(ctx) {
    const byTable = new Map<TableId, LoadIssue[]>();
    for (const issue of ctx.workbook.issues) {
      if (issue.code !== "hidden-decimals" || !issue.table) continue;
      byTable.set(issue.table, [...(byTable.get(issue.table) ?? []), issue]);
    }
    return [...byTable].map(([table, issues]) =>
      ctx.report({
        table,
        cells: issues.flatMap((i) => i.cells),
        message: `${tableLabel(table)} 有 ${issues.length} 个单元格存在隐藏小数（显示值与存储值不同），按显示值校验；公式引用这些单元格时会得出与显示不同的结果，建议将存储值四舍五入到显示位数。${issues
          .slice(0, 3)
          .map((i) => i.message)
          .join("")}`,
      }),
    );
  },
});
