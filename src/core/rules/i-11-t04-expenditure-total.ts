import { T04_EXPENDITURE } from "../tables/labels";
import { classRows } from "../tables/lookup";
import { ROLE_ZH } from "./describe";
import { expenditureFigure, labelRowFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-11",
  name: "i-11-t04-expenditure-total",
  title: { zh: "财政拨款收入支出决算总表本年支出合计应等于各功能分类支出之和（每列）", en: "T04 current-year expenditure equals the sum of class rows, per column" },
  severity: "error",
  tables: ["T04"],
  check(ctx) {
    const t = ctx.tables.T04;
    const classes = classRows(t);
    return (["total", "gpb", "gfb", "socb"] as const).flatMap((role) =>
      ctx.compare.sum(
        expenditureFigure(t, T04_EXPENDITURE.currentTotal, role),
        classes.map((r) => labelRowFigure(t, r, role)),
        { subject: `本年支出合计“${ROLE_ZH[role]}”列应等于各功能分类（类）支出之和` },
      ),
    );
  },
});
