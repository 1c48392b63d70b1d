import { amountRule } from "./amount";
import { changeRule } from "./change";
import { codedNamesRule } from "./coded-names";
import { comparisonRule } from "./comparison";
import { copiedPurposeRule } from "./copied-purpose";
import { completionRule } from "./completion";
import type { ClaimRule } from "./context";
import { enumerationRule } from "./enumeration";
import { fundItemsRule } from "./fund-items";
import { levelWithPriorRule } from "./level-with-prior";
import { procurementRule } from "./procurement";
import { rateUnitRule } from "./rate-unit";
import { reportYearRule } from "./report-year";
import { shareRule } from "./share";
import { unitNameRule } from "./unit-name";

export type { ClaimContext, ClaimRule } from "./context";

/** The claim rules of 表文一致, run by verify-text on every claim of the 情况说明. */
export const CLAIM_RULES: readonly ClaimRule[] = [amountRule, shareRule, changeRule, completionRule, comparisonRule, levelWithPriorRule, enumerationRule, codedNamesRule, fundItemsRule, copiedPurposeRule, procurementRule, rateUnitRule, reportYearRule, unitNameRule];
