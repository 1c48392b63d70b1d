import { tableLabel } from "../tables/table-ids";
import { BREAKDOWN_TABLES, breakdownFigure, breakdownGroups } from "./breakdown-figures";
import { codeRowLabel, ROLE_ZH } from "./describe";
import { codeRowFigure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";
import { allRows } from "./shared";

/**
 * Layouts that split a row further than 合计 | 基本 | 项目 [D; issue 13]: T09 printed by 经济分类
 * class columns, T07 as a 功能 × 经济 matrix (each row's 合计 = Σ its economic classes), and T05
 * with every fund split into 基本支出 / 项目支出 (each fund's 小计 = 基本 + 项目). A wrong cell in
 * those columns breaks its own row, so this is what finds it.
 */
export default defineRule({
  id: "I-21",
  name: "i-21-row-breakdown",
  title: {
    zh: "按经济分类分列或按资金分基本、项目支出列示的表：每行合计（或各资金小计）应等于其分列数之和（派生）",
    en: "Tables split by economic-class columns or per-fund basic/project: each row's total (or fund subtotal) equals the sum of its split columns (derived)",
  },
  severity: "error",
  tables: [],
  check(ctx) {
    const out: Finding[] = [];
    for (const id of BREAKDOWN_TABLES) {
      const t = ctx.tables[id];
      if (!t) continue;
      for (const [of, all] of breakdownGroups(t)) {
        // An economic 款 column whose 类 column is printed too is part of it, not another addend.
        const keys = new Set(all.map((c) => c.key));
        const columns = all.filter((c) => !(c.kind === "economic" && c.key.length === "econ:".length + 5 && keys.has(c.key.slice(0, "econ:".length + 3))));
        const kind = columns[0]!.kind === "economic" ? "各经济分类之和" : "基本支出 + 项目支出";
        for (const row of allRows(t)) {
          out.push(
            ...ctx.compare.sum(
              codeRowFigure(t, row, of),
              columns.map((c) => breakdownFigure(t, row, c)),
              { subject: `${tableLabel(t.id)} ${codeRowLabel(row)}：${ROLE_ZH[of]}应等于${kind}` },
            ),
          );
        }
      }
    }
    return out;
  },
});
