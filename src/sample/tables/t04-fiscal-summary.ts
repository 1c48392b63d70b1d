import { amount, type Block } from "../block";
import type { FundValues } from "../figures";
import { ordinalLabel, type TableContext } from "./common";
import { summaryBlock, type PanelLine } from "./summary-panels";

const FUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] as const;

/**
 * T04 财政拨款收入支出决算总表 (tables.md §3 T04). The 年初财政拨款结转和结余 row is followed
 * by three sub-rows that reuse the fund labels; only their position tells them from the income rows.
 */
export function buildT04(ctx: TableContext): Block {
  const { income: i, expenditure: e } = ctx.figures.t04;
  const one = (label: string, cents: number, total = false): PanelLine => ({ label, amounts: [amount(cents, total)], ...(total ? { total } : {}) });
  const funds = (label: string, v: FundValues, total = false): PanelLine => ({
    label,
    amounts: [v.total, v.gpb, v.gfb, v.socb].map((c) => amount(c, total)),
    ...(total ? { total } : {}),
  });
  return summaryBlock(ctx, {
    expenditureAmounts: ["合计", ...FUNDS],
    income: [i.gpb, i.gfb, i.socb].map((v, n) => one(ordinalLabel(n, FUNDS[n]!), v)),
    expenditure: e.classes.map((c, n) => funds(ordinalLabel(n, c.label), c.values)),
    incomeTotals: [
      one("本年收入合计", i.total, true),
      one("年初财政拨款结转和结余", i.opening.total),
      one(FUNDS[0], i.opening.gpb),
      one(FUNDS[1], i.opening.gfb),
      one(FUNDS[2], i.opening.socb),
      one("总计", i.grandTotal, true),
    ],
    expenditureTotals: [funds("本年支出合计", e.total, true), funds("年末财政拨款结转和结余", e.closing), null, null, null, funds("总计", e.grandTotal, true)],
    note: "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
  });
}
