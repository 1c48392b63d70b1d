import type { Inputs } from "../../inputs/model";
import type { Workbook } from "../../tables/model";
import type { NarrativeOptions } from "../options";
import { GOV_FUND } from "../sections/fund-section";
import type { Paragraph } from "../types";
import { shFundSection } from "./fund";

/** 八、政府性基金预算财政拨款收入支出决算情况说明 (T11). */
export function shGovFund(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  return shFundSection({ spec: GOV_FUND, section: "八", table: "T11", id: "sh08" }, workbook, inputs, options);
}
