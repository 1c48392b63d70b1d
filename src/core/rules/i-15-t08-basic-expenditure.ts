import type { CodeRow } from "../tables/model";
import { codeRowLabel } from "./describe";
import { figure, t08BasicTotalFigure, t08PanelTotalFigure, T08_PANEL_TOTAL, type Figure, type T08Panel } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

function rowFigure(row: CodeRow): Figure | null {
  const a = row.values.amount;
  return a ? { ...figure("T08", codeRowLabel(row), a), ref: a.ref ?? row.ref } : null;
}

export default defineRule({
  id: "I-15",
  name: "i-15-t08-basic-expenditure",
  title: { zh: "基本支出决算表：类等于其下各款之和，人员经费、公用经费合计及基本支出合计", en: "T08: class = Σ its items; personnel and public-funds totals; basic total = personnel + public" },
  severity: "error",
  tables: ["T08"],
  check(ctx) {
    const t = ctx.tables.T08;
    const out: Finding[] = [];
    for (const panel of ["personnel", "publicFunds"] as T08Panel[]) {
      const rows = t[panel].rows.filter((r) => r.code !== null);
      const classes = rows.filter((r) => r.code!.length === 3);
      const classCodes = new Set(classes.map((r) => r.code!));
      for (const cls of classes) {
        const items = rows.filter((r) => r.code!.length === 5 && r.code!.startsWith(cls.code!));
        if (items.length === 0) continue;
        out.push(...ctx.compare.sum(rowFigure(cls), items.map(rowFigure), { subject: `${codeRowLabel(cls)}（类）应等于其下各款之和` }));
      }
      // The panel total sums its classes, and any item whose class row the table leaves out.
      const top = rows.filter((r) => r.code!.length === 3 || !classCodes.has(r.code!.slice(0, 3)));
      const name = T08_PANEL_TOTAL[panel];
      out.push(
        ...ctx.compare.sum(t08PanelTotalFigure(t, panel), top.map(rowFigure), {
          subject: `${name}应等于${panel === "personnel" ? "工资福利支出（301）与对个人和家庭的补助（303）" : "商品和服务支出（302）、资本性支出（310）等公用经费科目"}之和`,
        }),
      );
    }
    out.push(
      ...ctx.compare.sum(t08BasicTotalFigure(t), [t08PanelTotalFigure(t, "personnel"), t08PanelTotalFigure(t, "publicFunds")], {
        subject: "基本支出合计应等于人员经费合计 + 公用经费合计",
      }),
    );
    return out;
  },
});
