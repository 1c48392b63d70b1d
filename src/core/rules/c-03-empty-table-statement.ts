import type { AnyTable } from "../tables/model";
import { normaliseText } from "../tables/normalise";
import { tableLabel, tableName, type TableId } from "../tables/table-ids";
import { defineRule } from "./rule";

/** The fund a fund table's emptiness statement should name (a copied template names another). */
const FUND_WORDS: Partial<Record<TableId, { own: string; others: readonly string[] }>> = {
  T11: { own: "政府性基金", others: ["国有资本经营"] },
  T12: { own: "政府性基金", others: ["国有资本经营"] },
  T13: { own: "国有资本经营", others: ["政府性基金"] },
  T14: { own: "国有资本经营", others: ["政府性基金"] },
};

export default defineRule({
  id: "C-03",
  name: "c-03-empty-table-statement",
  title: { zh: "空表应保留表格式并注明无数据，说明应对应本单位、本资金", en: "An empty table keeps its format and states that it has no data, naming the right fund" },
  severity: "error",
  tables: [],
  check(ctx) {
    return (Object.values(ctx.tables) as AnyTable[]).flatMap((t) => {
      const empty = t.amounts.every((a) => a.micros === 0);
      if (!empty) return [];
      if (!t.emptyStatement) {
        return [
          ctx.report({
            table: t.id,
            cells: [t.titleRef],
            message: `${tableName(t.id)} 没有任何非零金额，但未注明空表。应保留表格式，并加说明，如“说明：本单位本年度没有此项收支，故本表无数据。”`,
          }),
        ];
      }
      const words = FUND_WORDS[t.id];
      const text = normaliseText(t.emptyStatement.text);
      const wrongFund = words?.others.find((w) => text.includes(w) && !text.includes(words.own));
      if (wrongFund) {
        return [
          ctx.report({
            table: t.id,
            cells: [t.emptyStatement.ref],
            message: `${tableLabel(t.id)} 的空表说明“${t.emptyStatement.text}”写的是${wrongFund}，本表是${words!.own}的表，疑似套用其他表的说明。`,
          }),
        ];
      }
      const unit = ctx.workbook.unitName ? normaliseText(ctx.workbook.unitName) : null;
      const named = /^(说明|注)[：:]?(.+?)(本年度|无|没有)/.exec(text)?.[2];
      if (unit && named && named.length >= 2 && !["本单位", "本部门", "我单位", "我部门"].includes(named) && !unit.includes(named) && !named.includes(unit)) {
        return [
          ctx.report({
            table: t.id,
            cells: [t.emptyStatement.ref],
            message: `${tableLabel(t.id)} 的空表说明写的单位是“${named}”，编制单位是“${ctx.workbook.unitName}”，疑似套用模板或其他单位的说明。`,
          }),
        ];
      }
      return [];
    });
  },
});
