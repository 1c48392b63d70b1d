import { findCauses, type Cause } from "./causes/find-causes";
import { balanceRounding, type RoundingAdjustment } from "./causes/rounding-balance";
import { buildCharts, type ChartInputs, type ChartOptions, type ChartSpec } from "./charts";
import { inputAmount, inputYear, mergeInputs, priorFromWorkbook, readInputs, workbookYear, type Inputs } from "./inputs";
import { generateNarrative, type Narrative, type NarrativeOptions } from "./narrative";
import type { RawSheet } from "./raw-sheet";
import { INTERVAL_POLICY, type TolerancePolicy } from "./rounding";
import { checkWorkbook, type RunResult } from "./rules";
import { readWorkbook, type Workbook } from "./tables";

export interface AnalyzeOptions {
  readonly tolerance?: TolerancePolicy;
  readonly charts?: Partial<ChartOptions>;
  readonly narrative?: NarrativeOptions;
  /** Last year's workbook: prior-year figures where 补充信息 does not give them. */
  readonly priorSheets?: readonly RawSheet[];
}

/** Everything the hosts show: the tables as read, the findings, the inputs, the narrative and the charts. */
export interface Analysis {
  readonly workbook: Workbook;
  readonly inputs: Inputs;
  readonly check: RunResult;
  /** 最可能的出错位置 of `check.findings` (indices into them). */
  readonly causes: Cause[];
  /** 舍位平衡: the cents that make every 尾差 tie exactly; null when there is none or no such set. */
  readonly roundingAdjustments: RoundingAdjustment[] | null;
  readonly charts: ChartSpec[];
  readonly narrative: Narrative;
}

export function chartInputsOf(inputs: Inputs, workbook: Workbook): ChartInputs {
  return {
    year: inputYear(inputs) ?? workbookYear(workbook),
    priorT01Total: inputAmount(inputs, "prior.t01Total")?.value ?? null,
    priorT04Total: inputAmount(inputs, "prior.t04Total")?.value ?? null,
    priorT06Total: inputAmount(inputs, "prior.t06Total")?.value ?? null,
  };
}

/** The single entry point of the core: raw sheets in, analysis out. Pure; never throws on bad input. */
export function analyze(sheets: readonly RawSheet[], opts: AnalyzeOptions = {}): Analysis {
  const workbook = readWorkbook(sheets);
  let inputs = readInputs(sheets);
  if (opts.priorSheets) inputs = mergeInputs(inputs, priorFromWorkbook(readWorkbook(opts.priorSheets), workbook));
  const tolerance = opts.tolerance ?? INTERVAL_POLICY;
  const check = checkWorkbook(workbook, { tolerance });
  const causes = findCauses(workbook, check.findings, { tolerance });
  const roundingAdjustments = balanceRounding(workbook, check.findings, { tolerance });
  const charts = buildCharts(workbook, chartInputsOf(inputs, workbook), opts.charts);
  const narrative = generateNarrative(workbook, inputs, opts.narrative);
  return { workbook, inputs, check, causes, roundingAdjustments, charts, narrative };
}
