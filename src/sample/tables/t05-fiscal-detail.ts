import { amount, type Block, type HeaderNode } from "../block";
import type { Cents, CodedTable, FundValues } from "../figures";
import { codedBlock } from "./coded";
import type { TableContext } from "./common";

const FUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] as const;

interface FundParts {
  readonly funds: FundValues;
  /** 基本支出 of gpb, gfb, socb; 项目支出 is the fund's figure minus it. */
  readonly basic: readonly [Cents, Cents, Cents];
}

/** A fund's 基本支出 for a code: from T06 (一般公共预算), T11 (政府性基金) or T13 (国有资本经营). */
function basicOf(table: CodedTable<{ readonly basic: Cents }>, code: string | null): Cents {
  if (code === null) return table.total.basic;
  return table.rows.find((r) => r.code === code)?.values.basic ?? 0;
}

/**
 * T05 财政拨款支出决算明细表, layout A of tables.md §3 T05 (no verified sample exists):
 * 功能分类 rows × 合计 and the three funds; `t05Columns: "fundParts"` splits each fund into
 * 小计 | 基本支出 | 项目支出, with 基本支出 taken from the fund's own table.
 */
export function buildT05(ctx: TableContext): Block {
  const note = "注：本表反映部门本年度财政拨款支出明细情况。";
  const f = ctx.figures;
  if (ctx.options.t05Columns === "fundParts") {
    const parts = (code: string | null, funds: FundValues): FundParts => ({ funds, basic: [basicOf(f.t06, code), basicOf(f.t11, code), basicOf(f.t13, code)] });
    const header: HeaderNode[] = [{ text: "合计" }, ...FUNDS.map((t) => ({ text: t, children: ["小计", "基本支出", "项目支出"].map((x) => ({ text: x })) }))];
    return codedBlock(ctx, {
      domain: "functional",
      amountHeader: header,
      cells: (v, total) => {
        const fund = [v.funds.gpb, v.funds.gfb, v.funds.socb];
        return [amount(v.funds.total, total), ...fund.flatMap((x, i) => [amount(x, total), amount(v.basic[i]!, total), amount(x - v.basic[i]!, total)])];
      },
      table: { total: parts(null, f.t05.total), rows: f.t05.rows.map((r) => ({ code: r.code, name: r.name, values: parts(r.code, r.values) })) },
      totalPosition: "first",
      note,
    });
  }
  return codedBlock(ctx, {
    domain: "functional",
    amountHeader: ["合计", ...FUNDS].map((t) => ({ text: t })),
    cells: (v, total) => [v.total, v.gpb, v.gfb, v.socb].map((c) => amount(c, total)),
    table: f.t05,
    totalPosition: "first",
    note,
  });
}
