import type { CodeTable } from "../tables/model";
import { defineRule } from "./rule";
import { hasRole, rowIdentity } from "./shared";

/** Tables with basic/project columns; T11/T13 hold them in their 本年支出 block (expTotal). */
const TOTAL_ROLE = { T05: "total", T06: "total", T07: "total", T09: "total", T11: "expTotal", T13: "expTotal", T14: "total" } as const;

export default defineRule({
  id: "I-14",
  name: "i-14-row-basic-project",
  title: { zh: "每行支出合计应等于基本支出 + 项目支出", en: "Each row: expenditure total = basic + project" },
  severity: "error",
  tables: [],
  check(ctx) {
    return (Object.keys(TOTAL_ROLE) as (keyof typeof TOTAL_ROLE)[]).flatMap((id) => {
      const t: CodeTable | undefined = ctx.tables[id];
      // Only tables that print both columns: a lone 基本支出 column is not a split of the total.
      if (!t || !hasRole(t, "basic") || !hasRole(t, "project")) return [];
      const total = TOTAL_ROLE[id];
      return rowIdentity(ctx, t, total, ["basic", "project"], `${total === "expTotal" ? "本年支出合计" : "合计"}应等于基本支出 + 项目支出`);
    });
  },
});
