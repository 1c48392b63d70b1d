import { amount, text, type Block, type HeaderNode } from "../block";
import type { FundFlowValues, OptionalTable } from "../figures";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

const SPENDING = ["合计", "基本支出", "项目支出"];

function header(inTotalRow: boolean): HeaderNode[] {
  return [
    { text: "年初结转和结余" },
    { text: "本年收入" },
    inTotalRow ? { text: "本年支出", span: 3 } : { text: "本年支出", children: SPENDING.map((t) => ({ text: t })) },
    { text: "年末结转和结余" },
  ];
}

function fundFlowBlock(ctx: TableContext, table: OptionalTable<FundFlowValues>, note: string): Block {
  const inTotalRow = ctx.options.fundSubHeaders === "totalRow";
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: header(inTotalRow),
    cells: (v, total) => {
      const cells = [v.opening, v.income, v.expTotal, v.basic, v.project, v.closing].map((c) => amount(c, total));
      // The Shanghai 2024 template prints the 本年支出 sub-headings where the 合计 amounts would be.
      return total && inTotalRow ? [cells[0]!, cells[1]!, ...SPENDING.map((t) => text(t, "center")), cells[5]!] : cells;
    },
    table,
    totalPosition: "first",
    note,
  });
}

/** T11 政府性基金预算财政拨款收入支出决算表 (tables.md §3 T11). */
export function buildT11(ctx: TableContext): Block {
  return fundFlowBlock(ctx, ctx.figures.t11, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
}

/** T13 国有资本经营预算财政拨款收入支出决算表: T11's layout. */
export function buildT13(ctx: TableContext): Block {
  return fundFlowBlock(ctx, ctx.figures.t13, "注：本表反映部门本年度国有资本经营预算财政拨款收入、支出及结转和结余情况。");
}
