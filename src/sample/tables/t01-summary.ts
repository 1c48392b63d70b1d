import { amount, type Block } from "../block";
import { ordinalLabel, type TableContext } from "./common";
import { summaryBlock, type PanelLine } from "./summary-panels";

/** T01 收入支出决算总表 (tables.md §3 T01): income rows 一…八, the full class list, carry-overs. */
export function buildT01(ctx: TableContext): Block {
  const { income: i, expenditure: e } = ctx.figures.t01;
  const line = (label: string, cents: number, total = false): PanelLine => ({ label, amounts: [amount(cents, total)], ...(total ? { total } : {}) });
  const incomeItems: [string, number][] = [
    ["一般公共预算财政拨款收入", i.gpb],
    ["政府性基金预算财政拨款收入", i.gfb],
    ["国有资本经营预算财政拨款收入", i.socb],
    ["上级补助收入", i.superior],
    ["事业收入", i.business],
    ["经营收入", i.operating],
    ["附属单位上缴收入", i.affiliated],
    ["其他收入", i.other],
  ];
  return summaryBlock(ctx, {
    expenditureAmounts: ["金额"],
    income: incomeItems.map(([label, v], n) => line(ordinalLabel(n, label), v)),
    expenditure: e.classes.map((c, n) => line(ordinalLabel(n, c.label), c.values)),
    incomeTotals: [
      line("本年收入合计", i.total, true),
      line("使用非财政拨款结余", i.usedNonFiscalBalance),
      line("年初结转和结余", i.opening),
      line("总计", i.grandTotal, true),
    ],
    expenditureTotals: [
      line("本年支出合计", e.total, true),
      line("结余分配", e.surplusAllocation),
      line("年末结转和结余", e.closing),
      line("总计", e.grandTotal, true),
    ],
    note: "注：本表反映部门本年度的总收支和年末结转结余情况。",
  });
}
