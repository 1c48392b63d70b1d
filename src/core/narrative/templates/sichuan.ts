import { partHeading } from "../headings";
import { sectionTotals } from "../sections/s01-totals";
import { sectionIncome } from "../sections/s02-income";
import { sectionExpenditure } from "../sections/s03-expenditure";
import { sectionFiscalTotals } from "../sections/s04-fiscal-totals";
import { sectionGeneralBudget } from "../sections/s05-general-budget";
import { sectionBasicExpenditure } from "../sections/s06-basic-expenditure";
import { sectionSanGong } from "../sections/s07-san-gong";
import { sectionGovFund } from "../sections/s08-gov-fund";
import { sectionStateCapital } from "../sections/s09-state-capital";
import { sectionOtherMatters } from "../sections/s10-other-matters";
import type { NarrativeTemplate } from "./types";

/** 四川 14/13-table disclosures: 第二部分, ten sections (narrative.md). */
export const SICHUAN_TEMPLATE: NarrativeTemplate = {
  id: "sichuan",
  name: "四川（14/13张表，第二部分十项）",
  defaults: {},
  partHeading,
  sections: [
    { number: "一", write: sectionTotals },
    { number: "二", write: sectionIncome },
    { number: "三", write: sectionExpenditure },
    { number: "四", write: sectionFiscalTotals },
    { number: "五", write: sectionGeneralBudget },
    { number: "六", write: sectionBasicExpenditure },
    { number: "七", write: sectionSanGong },
    { number: "八", write: sectionGovFund },
    { number: "九", write: sectionStateCapital },
    { number: "十", write: sectionOtherMatters },
  ],
};
