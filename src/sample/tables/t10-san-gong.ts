import { amount, BlockBuilder, count, text, type Block, type CellSpec, type HeaderNode } from "../block";
import type { SanGongFigures, SanGongValues } from "../figures";
import { columnNo, columnNoLabel, hasColumnNumbers, notes, preamble, WIDTH, type TableContext } from "./common";

const NOTE =
  "注：本表反映部门本年度“三公”经费支出预算和决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。";

const pair: readonly HeaderNode[] = [{ text: "预算数" }, { text: "决算数" }];

/** The “三公” table for T10 (and T12, same layout), in the layout the options ask for. */
export function buildSanGong(ctx: TableContext, figures: SanGongFigures): Block {
  return ctx.options.sanGongLayout === "vertical" ? vertical(ctx, figures) : horizontal(ctx, figures);
}

/** Variant A (SH-TPL): the items in the header, 预算数 | 决算数 under each, one data row. */
function horizontal(ctx: TableContext, f: SanGongFigures): Block {
  const b = new BlockBuilder(12, Array<number>(12).fill(WIDTH.amount - 3));
  preamble(b, ctx);
  b.header([
    {
      text: "财政拨款“三公”经费",
      children: [
        { text: "合计", children: pair },
        { text: "因公出国（境）费", children: pair },
        {
          text: "公务用车购置及运行维护费",
          children: [
            { text: "小计", children: pair },
            { text: "公务用车购置费", children: pair },
            { text: "公务用车运行维护费", children: pair },
          ],
        },
        { text: "公务接待费", children: pair },
      ],
    },
  ]);
  // A published empty table (T12) leaves its cells blank; otherwise every item shows 0.00 (C-07).
  const keep = !f.emptyNote;
  const items = (v: SanGongValues): number[] => [v.total, v.abroad, v.vehicle, v.vehiclePurchase, v.vehicleOperation, v.reception];
  const budget = items(f.budget);
  const actual = items(f.actual);
  b.row("data", budget.flatMap((bv, i) => [amount(bv, keep), amount(actual[i]!, keep)]));
  notes(b, [NOTE, f.emptyNote]);
  return b.build();
}

/** Variant B (older/local): items down the rows with 预算数 | 决算数, then 二、相关统计数. */
function vertical(ctx: TableContext, f: SanGongFigures): Block {
  const b = new BlockBuilder(3, [WIDTH.label + 6, WIDTH.amount, WIDTH.amount]);
  preamble(b, ctx);
  b.header([{ text: "项目" }, ...pair]);
  if (hasColumnNumbers(ctx)) b.row("columnNo", [columnNoLabel(ctx), columnNo(ctx, 1), columnNo(ctx, 2)]);
  const keep = !f.emptyNote;
  const money = (label: string, budget: number, actual: number, total = false): void => {
    b.row(total ? "total" : "data", [text(label, "left"), amount(budget, keep), amount(actual, keep)]);
  };
  const { budget: bu, actual: ac } = f;
  money("一、支出合计", bu.total, ac.total, true);
  money("1.因公出国（境）费", bu.abroad, ac.abroad);
  money("2.公务用车购置及运行费", bu.vehicle, ac.vehicle);
  money("（1）公务用车运行维护费", bu.vehicleOperation, ac.vehicleOperation);
  money("（2）公务用车购置", bu.vehiclePurchase, ac.vehiclePurchase);
  money("3.公务接待费", bu.reception, ac.reception);
  // The budget is not split 国内/外事, so only the 决算数 column is filled on these rows.
  b.row("data", [text("（1）国内公务接待费", "left"), null, amount(f.receptionDomestic, keep)]);
  b.row("data", [text("（2）外事接待费", "left"), null, amount(f.receptionForeign, keep)]);
  b.row("data", [text("二、相关统计数", "left"), null, null]);
  const stat = (label: string, n: number): (CellSpec | null)[] => [text(label, "left"), null, count(n)];
  const s = f.stats;
  const stats: [string, number][] = [
    ["1.因公出国（境）团组数（个）", s.abroadGroups],
    ["2.因公出国（境）人次数（人）", s.abroadPersons],
    ["3.公务用车购置数（辆）", s.vehiclesBought],
    ["4.公务用车保有量（辆）", s.vehicleFleet],
    ["5.国内公务接待批次（个）", s.domesticReceptionBatches],
    ["6.国内公务接待人次（人）", s.domesticReceptionPersons],
    ["7.国（境）外公务接待批次（个）", s.foreignReceptionBatches],
    ["8.国（境）外公务接待人次（人）", s.foreignReceptionPersons],
  ];
  for (const [label, n] of stats) b.row("data", stat(label, n));
  notes(b, [NOTE, f.emptyNote]);
  return b.build();
}
