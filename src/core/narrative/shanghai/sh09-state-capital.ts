import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import type { NarrativeOptions } from "../options";
import { STATE_CAPITAL } from "../sections/fund-section";
import type { Paragraph } from "../types";
import { shFundSection } from "./fund";

/** 九、国有资本经营预算财政拨款收入支出决算情况说明 (T13). */
export function shStateCapital(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  return shFundSection({ spec: STATE_CAPITAL, section: "九", table: "T13", id: "sh09" }, workbook, inputs, options);
}
