import type { AmountRole } from "../tables/model";
import { T01_INCOME } from "../tables/labels";
import { codedTotalFigure, crossEqual } from "./cross-helpers";
import { incomeFigure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

/** T01 income rows that T02 shows as one column each. */
const SINGLE: readonly (readonly [keyof typeof T01_INCOME, AmountRole])[] = [
  ["superior", "superior"],
  ["business", "business"],
  ["operating", "operating"],
  ["affiliated", "affiliated"],
  ["other", "other"],
];

export default defineRule({
  id: "X-02",
  name: "x-02-t01-income-categories-vs-t02",
  title: { zh: "收入支出决算总表各项收入应等于收入决算表合计行对应栏", en: "T01 income categories equal the matching T02 total columns" },
  severity: "error",
  tables: ["T01", "T02"],
  check(ctx) {
    const t01 = ctx.tables.T01;
    const t02 = ctx.tables.T02;
    const out: Finding[] = [];
    // T02 does not split 财政拨款 by fund: 一 + 二 + 三 of T01 against one total column.
    out.push(
      ...crossEqual(
        ctx,
        "sum",
        [incomeFigure(t01, T01_INCOME.gpb), incomeFigure(t01, T01_INCOME.gfb), incomeFigure(t01, T01_INCOME.socb)],
        codedTotalFigure(t02, "fiscal"),
        { subject: "公开01表 三项财政拨款收入之和应等于公开02表 合计行 财政拨款收入" },
      ),
    );
    for (const [label, role] of SINGLE) {
      // T02's 合计 cell sums its rows, so it is a total: interval bound.
      out.push(
        ...crossEqual(ctx, "sum", incomeFigure(t01, T01_INCOME[label]), codedTotalFigure(t02, role)),
      );
    }
    return out;
  },
});
