import { labelRowFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-10",
  name: "i-10-t04-row-funds",
  title: { zh: "财政拨款收入支出决算总表支出每行合计应等于三类财政拨款之和", en: "T04 expenditure rows: total = gpb + gfb + socb" },
  severity: "error",
  tables: ["T04"],
  check(ctx) {
    const t = ctx.tables.T04;
    return t.expenditure.flatMap((row) =>
      ctx.compare.sum(
        labelRowFigure(t, row, "total"),
        (["gpb", "gfb", "socb"] as const).map((f) => labelRowFigure(t, row, f)),
        { subject: `支出“${row.label}”行：合计应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和` },
      ),
    );
  },
});
