import { formatWan, type Amount } from "../amounts";
import { formatRef } from "../cells";
import { T04_INCOME } from "../tables/labels";
import type { AnyTable, SummaryTable } from "../tables/model";
import { tableLabel } from "../tables/table-ids";
import { ROLE_ZH } from "./describe";
import type { Finding } from "./findings";
import { defineRule, type RuleContext } from "./rule";

/** Every cell of T04's column for one fund: income row, 年初 sub-row, and the whole 支出 panel. */
function fundColumn(t04: SummaryTable, fund: "gfb" | "socb"): Amount[] {
  const label = T04_INCOME[fund];
  const income = t04.income.filter((r) => r.label === label).flatMap((r) => (r.values.amount ? [r.values.amount] : []));
  const spending = t04.expenditure.flatMap((r) => (r.values[fund] ? [r.values[fund]] : []));
  // Without any 支出 cell in the fund's column the column was not recognised: nothing to infer.
  return spending.length === 0 ? [] : [...income, ...spending];
}

/** The figures that make a table non-empty. A 三公 table counts its 决算数 only. */
function reportedAmounts(t: AnyTable): Amount[] {
  if (t.kind === "sangong") return Object.values(t.items).flatMap((i) => (i?.actual ? [i.actual] : []));
  return [...t.amounts];
}

const MAX_CELLS = 5;

function check(ctx: RuleContext<never>, t04: SummaryTable, fund: "gfb" | "socb", dependents: readonly (AnyTable | undefined)[]): Finding[] {
  const column = fundColumn(t04, fund);
  if (column.length === 0 || column.some((a) => a.micros !== 0)) return [];
  const anchor = t04.expenditure.find((r) => r.values[fund])?.values[fund]?.ref ?? t04.titleRef;
  const out: Finding[] = [];
  for (const t of dependents) {
    if (!t) continue;
    const nonZero = reportedAmounts(t).filter((a) => a.micros !== 0 && a.ref);
    const first = nonZero[0];
    if (!first) continue;
    const more = nonZero.length > 1 ? ` 等 ${nonZero.length} 个非零金额` : "";
    out.push(
      ctx.report({
        message: `公开04表 ${ROLE_ZH[fund]}栏（本年收入、年初结转和结余、本年支出、年末结转和结余）均为0，${tableLabel(t.id)} 应为空表，但 ${formatRef(first.ref!)} 为 ${formatWan(first.micros)}${more}：请核对公开04表该栏是否漏填，或${tableLabel(t.id)}是否误填。`,
        cells: [...nonZero.slice(0, MAX_CELLS).map((a) => a.ref!), anchor],
        table: t.id,
        expected: 0,
        actual: first.micros / 1_000_000,
        difference: first.micros / 1_000_000,
      }),
    );
  }
  return out;
}

export default defineRule({
  id: "X-20",
  name: "x-20-empty-fund-tables",
  title: { zh: "财政拨款收入支出决算总表某类资金栏全为0时，对应的收支表和“三公”表应为空表", en: "T04 gfb column all 0 ⇒ T11 and T12 empty; socb column all 0 ⇒ T13 and T14 empty" },
  severity: "error",
  tables: ["T04"],
  check(ctx) {
    const t04 = ctx.tables.T04;
    return [...check(ctx, t04, "gfb", [ctx.tables.T11, ctx.tables.T12]), ...check(ctx, t04, "socb", [ctx.tables.T13, ctx.tables.T14])];
  },
});
