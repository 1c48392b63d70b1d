import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import type { NarrativeOptions } from "../options";
import type { Paragraph } from "../types";
import { fundSection, GOV_FUND } from "./fund-section";

/** 八、政府性基金预算支出决算情况说明 (§3.8): T11.合计.expTotal, or the absence sentence. */
export function sectionGovFund(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  return fundSection(GOV_FUND, workbook, inputs, options);
}
