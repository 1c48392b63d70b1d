import type { Amount } from "../amounts";
import { spec, point, yearLabel, type ChartContext, type ChartDefinition, type ChartSpec } from "./chart-spec";

/** The three year-over-year column charts (图1, 图4, 图5) share one shape: last year vs this year. */
export function yoyChart(
  def: ChartDefinition,
  ctx: ChartContext,
  subject: { prior: string; current: string },
  prior: { amount: Amount | null; input: string },
  current: Amount | null,
  unavailable: string | null,
): ChartSpec {
  const y = ctx.inputs.year;
  const missing = prior.amount ? [] : [prior.input];
  return spec(
    def,
    ctx,
    [point(`${yearLabel(y, -1)}${subject.prior}`, prior.amount, prior.input), point(`${yearLabel(y, 0)}${subject.current}`, current)],
    missing,
    unavailable,
  );
}
