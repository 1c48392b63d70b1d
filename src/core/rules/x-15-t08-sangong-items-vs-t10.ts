import { crossAtMost, notAssessed, SANGONG_ECON_LINKS } from "./cross-helpers";
import { SANGONG_ZH } from "./describe";
import { sanGongFigure, t08CodeFigure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-15",
  name: "x-15-t08-sangong-items-vs-t10",
  title: { zh: "基本支出决算表中因公出国（境）费用、公务用车购置、公务用车运行维护费、公务接待费不应大于“三公”经费支出决算表对应决算数", en: "T08 items 30212/31013/30231/30217 ≤ the matching T10 actual" },
  severity: "error",
  tables: ["T08", "T10"],
  check(ctx) {
    const t08 = ctx.tables.T08;
    const t10 = ctx.tables.T10;
    const out: Finding[] = [];
    for (const link of SANGONG_ECON_LINKS) {
      const sub = t08CodeFigure(t08, link.code);
      if (!sub || sub.amount.micros === 0) continue; // 0 ≤ anything
      const sup = sanGongFigure(t10, link.item, "actual");
      if (!sup) {
        out.push(notAssessed(ctx, t10, `未列示${SANGONG_ZH[link.item]}决算数`, `公开08表 ${link.code} ${link.name} 是否在其范围内（X-15）`));
        continue;
      }
      // The 基本支出 part of an economic item is part of the 三公 item's 决算数 (basic + project).
      // Both are leaves, and rounding preserves order: the inequality must hold exactly.
      out.push(...crossAtMost(ctx, sub, sup, { leaf: true }));
    }
    return out;
  },
});
