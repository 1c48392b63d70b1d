import type { SanGongTable } from "../tables/model";
import { ROLE_ZH } from "./describe";
import { sanGongFigure } from "./figures";
import type { Finding } from "./findings";
import type { RuleContext } from "./rule";
import { defineRule } from "./rule";

function check(ctx: RuleContext<never>, t: SanGongTable): Finding[] {
  return (["budget", "actual"] as const).flatMap((col) => {
    const fig = (item: Parameters<typeof sanGongFigure>[1]) => sanGongFigure(t, item, col);
    const vehicle = fig("vehicle");
    // Sub-item cells all left blank mean "not split in this column", not zero.
    const split = [fig("vehiclePurchase"), fig("vehicleOperation")].some((f) => f !== null && !f.amount.blank);
    // Without a 小计 cell the vehicle sub-items stand in for it in the total.
    const vehicleParts = vehicle ? [vehicle] : [fig("vehiclePurchase"), fig("vehicleOperation")];
    return [
      ...ctx.compare.sum(fig("sgTotal"), [fig("abroad"), ...vehicleParts, fig("reception")], {
        subject: `${ROLE_ZH[col]}：“三公”经费合计应等于因公出国（境）费 + 公务用车购置及运行费 + 公务接待费`,
      }),
      ...ctx.compare.sum(split ? vehicle : null, [fig("vehiclePurchase"), fig("vehicleOperation")], {
        subject: `${ROLE_ZH[col]}：公务用车购置及运行费应等于公务用车购置费 + 公务用车运行费`,
      }),
    ];
  });
}

export default defineRule({
  id: "I-16",
  name: "i-16-sangong-totals",
  title: { zh: "“三公”经费合计及公务用车小计应等于其构成之和（预算数、决算数分别）", en: "三公 total and vehicle subtotal equal their parts, for budget and actual separately" },
  severity: "error",
  tables: [],
  check(ctx) {
    return [ctx.tables.T10, ctx.tables.T12].flatMap((t) => (t ? check(ctx, t) : []));
  },
});
