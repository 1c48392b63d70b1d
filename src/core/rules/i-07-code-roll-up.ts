import type { CodeTable } from "../tables/model";
import { amountRolesOf } from "./figures";
import { defineRule } from "./rule";
import { rollUp } from "./shared";

/** Tables whose rows are 功能分类 类/款/项; T05, T09 and T07 (a 功能 × 经济 matrix) only when their rows are functional. */
const ALWAYS = ["T02", "T03", "T06", "T11", "T13", "T14"] as const;
const IF_FUNCTIONAL = ["T05", "T07", "T09"] as const;

export default defineRule({
  id: "I-07",
  name: "i-07-code-roll-up",
  title: { zh: "功能分类合计、类、款应分别等于其下级科目之和（每个金额列）", en: "Functional-code roll-up: total = Σ classes, class = Σ sections, section = Σ items, every amount column" },
  severity: "error",
  // Runs on whichever coded tables are present; each is checked on its own.
  tables: [],
  check(ctx) {
    const tables: CodeTable[] = [];
    for (const id of ALWAYS) {
      const t = ctx.tables[id];
      if (t && t.domain !== "economic") tables.push(t);
    }
    for (const id of IF_FUNCTIONAL) {
      const t = ctx.tables[id];
      if (t && t.domain === "functional") tables.push(t);
    }
    return tables.flatMap((t) => amountRolesOf(t).flatMap((role) => rollUp(ctx, t, role)));
  },
});
