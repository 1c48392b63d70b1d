import { shBasicExpenditure } from "../shanghai/sh06-basic-expenditure";
import { shExpenditure } from "../shanghai/sh03-expenditure";
import { shFiscalTotals } from "../shanghai/sh04-fiscal-totals";
import { shGeneralBudget } from "../shanghai/sh05-general-budget";
import { shGovFund } from "../shanghai/sh08-gov-fund";
import { shStateCapital } from "../shanghai/sh09-state-capital";
import { shIncome } from "../shanghai/sh02-income";
import { shOtherMatters } from "../shanghai/sh11-other-matters";
import { shPartHeading } from "../shanghai/headings";
import { shPerformance } from "../shanghai/sh10-performance";
import { shSanGong } from "../shanghai/sh07-san-gong";
import { shTotals } from "../shanghai/sh01-totals";
import type { NarrativeTemplate } from "./types";

/**
 * The Shanghai 2024 部门决算 template for the 9-table set (shared/real/shanghai-template-2024.txt):
 * 第三部分, eleven sections. Its published texts write amounts and rates with two decimals
 * ("52.00万元", "100.00%") and a zero amount as "0" ("工程采购金额0万元").
 */
export const SHANGHAI_TEMPLATE: NarrativeTemplate = {
  id: "shanghai",
  name: "上海（9张表，第三部分十一项）",
  defaults: { keepTrailingZeros: true, plainZero: true },
  partHeading: shPartHeading,
  sections: [
    { number: "一", write: shTotals },
    { number: "二", write: shIncome },
    { number: "三", write: shExpenditure },
    { number: "四", write: shFiscalTotals },
    { number: "五", write: shGeneralBudget },
    { number: "六", write: shBasicExpenditure },
    { number: "七", write: shSanGong },
    { number: "八", write: shGovFund },
    { number: "九", write: shStateCapital },
    { number: "十", write: shPerformance },
    { number: "十一", write: shOtherMatters },
  ],
};
