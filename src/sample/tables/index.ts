/** One builder per canonical table; T12 reuses the “三公” layout of T10 and T13 that of T11. */
import type { TableId } from "../../core/tables/table-ids";
import type { Block } from "../block";
import type { TableContext } from "./common";
import { buildT01 } from "./t01-summary";
import { buildT02 } from "./t02-income";
import { buildT03 } from "./t03-expenditure";
import { buildT04 } from "./t04-fiscal-summary";
import { buildT05 } from "./t05-fiscal-detail";
import { buildT06 } from "./t06-gpb-expenditure";
import { buildT07 } from "./t07-gpb-economic";
import { buildT08 } from "./t08-basic";
import { buildT09 } from "./t09-gpb-project";
import { buildSanGong } from "./t10-san-gong";
import { buildT11, buildT13 } from "./t11-fund-flow";
import { buildT14 } from "./t14-socb-expenditure";

export const TABLE_BUILDERS: Readonly<Record<TableId, (ctx: TableContext) => Block>> = {
  T01: buildT01,
  T02: buildT02,
  T03: buildT03,
  T04: buildT04,
  T05: buildT05,
  T06: buildT06,
  T07: buildT07,
  T08: buildT08,
  T09: buildT09,
  T10: (ctx) => buildSanGong(ctx, ctx.figures.t10),
  T11: buildT11,
  T12: (ctx) => buildSanGong(ctx, ctx.figures.t12),
  T13: buildT13,
  T14: buildT14,
};

export { buildSupplementary } from "./supplementary";
export type { TableContext } from "./common";
