import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import type { NarrativeOptions } from "../options";
import type { Paragraph } from "../types";
import { fundSection, STATE_CAPITAL } from "./fund-section";

/** 九、国有资本经营预算支出决算情况说明 (§3.9): T13.合计.expTotal (or T14), or the absence sentence. */
export function sectionStateCapital(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  return fundSection(STATE_CAPITAL, workbook, inputs, options);
}
