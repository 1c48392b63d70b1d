import { tableLabel } from "../tables/table-ids";
import { BREAKDOWN_TABLES, breakdownFigure } from "./breakdown-figures";
import { codeRowLabel } from "./describe";
import type { Finding } from "./findings";
import { defineRule } from "./rule";
import { codeChildren } from "./shared";

const LEVEL_ZH: Record<string, string> = { total: "合计", class: "类", section: "款", item: "项" };

/**
 * I-07's roll-up for the breakdown columns of a 功能分类 table [D; issue 13]: in every 经济分类
 * column of T09 or of a 功能 × 经济 T07, and in every per-fund 基本/项目 column of T05,
 * 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项.
 */
export default defineRule({
  id: "I-22",
  name: "i-22-breakdown-roll-up",
  title: {
    zh: "按经济分类分列或按资金分基本、项目支出列示的表：各分列的合计、类、款应等于其下级科目之和（派生）",
    en: "Split columns (economic classes, per-fund basic/project): total = Σ classes, class = Σ sections, section = Σ items (derived)",
  },
  severity: "error",
  tables: [],
  check(ctx) {
    const out: Finding[] = [];
    for (const id of BREAKDOWN_TABLES) {
      const t = ctx.tables[id];
      if (!t || t.domain !== "functional" || !t.breakdowns) continue;
      const children = codeChildren(t);
      for (const column of t.breakdowns) {
        const parents = [...(t.total ? [t.total] : []), ...t.rows.filter((r) => r.code)];
        for (const parent of parents) {
          const kids = children.get(parent.code ?? "") ?? [];
          if (kids.length === 0) continue;
          const who = parent.level === "total" ? "合计行" : `${codeRowLabel(parent)}（${LEVEL_ZH[parent.level]}）`;
          out.push(
            ...ctx.compare.sum(
              breakdownFigure(t, parent, column),
              kids.map((k) => breakdownFigure(t, k, column)),
              { subject: `${tableLabel(t.id)} ${who}“${column.label}”列应等于其下各${LEVEL_ZH[kids[0]!.level]}之和`, roundingGroup: `I-22:${t.id}:rounding` },
            ),
          );
        }
      }
    }
    return out;
  },
});
