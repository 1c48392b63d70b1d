import { absentFigure, codeFigureOrZero, crossAtMost, dataRows, DOMAIN_ZH, isEmptyTable, notAssessed, SANGONG_ECON_LINKS, withSeverity } from "./cross-helpers";
import { breakdownFigure } from "./breakdown-figures";
import { codeRowFigure, sanGongFigure } from "./figures";
import type { Finding } from "./findings";
import { defineRule } from "./rule";

export default defineRule({
  id: "X-21",
  name: "x-21-t10-items-vs-t07",
  title: { zh: "“三公”经费各项决算数不应大于一般公共预算财政拨款支出决算明细表对应经济分类科目", en: "Each T10 item actual ≤ the matching T07 economic item (basic + project)" },
  severity: "error",
  tables: ["T07", "T10"],
  check(ctx) {
    const t07 = ctx.tables.T07;
    const t10 = ctx.tables.T10;
    // An empty T07 is X-11's finding (its 合计 against T06); X-16 bounds the 三公 total.
    if (isEmptyTable(t07)) return [];
    // A 功能 × 经济 matrix: its 合计 row holds each economic column's total, usable when the
    // columns go down to the 款 the 三公 items map to (30212, 30217, 30231, 31013).
    const matrixColumns = t07.domain === "functional" ? (t07.breakdowns ?? []).filter((b) => b.kind === "economic") : [];
    const matrixItems = matrixColumns.filter((b) => b.key.length === "econ:".length + 5);
    if (t07.domain !== "economic" && (matrixItems.length === 0 || !t07.total)) {
      const why =
        matrixColumns.length > 0 ? "为功能分类×经济分类矩阵，经济分类只列到类" : t07.domain === "unknown" ? "的行未能识别为经济分类" : `按${DOMAIN_ZH[t07.domain]}列示（非按经济分类）`;
      return [notAssessed(ctx, t07, why, "“三公”经费各项与经济分类科目的对应关系（X-21）")];
    }
    const allFiscal = ctx.workbook.sanGongScope === "allFiscal";
    const out: Finding[] = [];
    for (const link of SANGONG_ECON_LINKS) {
      const sub = sanGongFigure(t10, link.item, "actual");
      if (!sub || sub.amount.micros === 0) continue;
      const row = dataRows(t07).find((r) => r.code === link.code);
      const column = matrixItems.find((b) => b.key === `econ:${link.code}`);
      let found: Finding[];
      if (t07.domain !== "economic") {
        const col = column && t07.total ? breakdownFigure(t07, t07.total, column) : null;
        // The column's 合计 adds up many rows: an interval bound, not a leaf.
        found = crossAtMost(ctx, sub, col ?? absentFigure("T07", `${link.code} ${link.name}`));
      } else if (!row) {
        found = crossAtMost(ctx, sub, absentFigure("T07", `${link.code} ${link.name}`), { leaf: true });
      } else if (row.values.total) {
        // A 三公 item's 决算数 and an economic 款 item are leaves: the inequality must hold exactly.
        found = crossAtMost(ctx, sub, codeRowFigure(t07, row, "total"), { leaf: true });
      } else {
        // No 合计 column: basic + project is a sum of two rounded figures, so interval bound.
        found = crossAtMost(ctx, sub, [codeFigureOrZero(t07, link.code, row, "basic"), codeFigureOrZero(t07, link.code, row, "project")]);
      }
      // A T10 covering all 财政拨款 may include 政府性基金 money that T07 (一般公共预算 only) lacks.
      out.push(
        ...(allFiscal
          ? withSeverity(
              found.map((f) => ({ ...f, message: `${f.message.replace(/。$/, "")}。公开10表 口径为全部财政拨款，可能含政府性基金预算安排的“三公”经费，请核实。` })),
              "warning",
            )
          : found),
      );
    }
    return out;
  },
});
