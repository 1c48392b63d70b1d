import { tableLabel } from "../tables/table-ids";
import { codeRowLabel } from "./describe";
import { codeRowFigure, negate } from "./figures";
import { defineRule } from "./rule";
import { allRows } from "./shared";

export default defineRule({
  id: "I-18",
  name: "i-18-fund-carry-over-rows",
  title: { zh: "政府性基金、国有资本经营预算收支表每行：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余", en: "T11/T13 each row: opening + income − expenditure = closing" },
  severity: "error",
  tables: [],
  check(ctx) {
    return [ctx.tables.T11, ctx.tables.T13].flatMap((t) =>
      t
        ? allRows(t).flatMap((row) => {
            const closing = codeRowFigure(t, row, "closing");
            const spend = codeRowFigure(t, row, "expTotal");
            // A row whose 本年支出 cell holds no amount (sub-headings printed in the 合计 row) cannot be checked.
            if (!closing || !spend) return [];
            return ctx.compare.sums([codeRowFigure(t, row, "opening"), codeRowFigure(t, row, "income"), spend && negate(spend)], [closing], {
              subject: `${tableLabel(t.id)} ${codeRowLabel(row)}：年初结转和结余 + 本年收入 − 本年支出应等于年末结转和结余`,
            });
          })
        : [],
    );
  },
});
