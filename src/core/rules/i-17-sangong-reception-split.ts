import { ROLE_ZH } from "./describe";
import { sanGongFigure } from "./figures";
import { defineRule } from "./rule";

export default defineRule({
  id: "I-17",
  name: "i-17-sangong-reception-split",
  title: { zh: "公务接待费应等于国内公务接待费 + 外事接待费（有分项时）", en: "Reception = domestic + foreign reception, where split" },
  severity: "error",
  tables: [],
  check(ctx) {
    return [ctx.tables.T10, ctx.tables.T12].flatMap((t) => {
      if (!t || (!t.items.receptionDomestic && !t.items.receptionForeign)) return [];
      // A column is split only if it fills a sub-item cell: 预算数 is often not split 国内/外事.
      const splitIn = (col: "budget" | "actual"): boolean =>
        [t.items.receptionDomestic?.[col], t.items.receptionForeign?.[col]].some((a) => a !== undefined && !a.blank);
      return (["budget", "actual"] as const).filter(splitIn).flatMap((col) =>
        ctx.compare.sum(sanGongFigure(t, "reception", col), [sanGongFigure(t, "receptionDomestic", col), sanGongFigure(t, "receptionForeign", col)], {
          subject: `${ROLE_ZH[col]}：公务接待费应等于国内公务接待费 + 外事接待费`,
        }),
      );
    });
  },
});
