/** The rule registry, sorted by id. Every rule file must be listed here (the registry test checks). */
import type { Workbook } from "../tables/model";
import { runRules as run, type RunOptions as Options, type RunResult as Result } from "./engine";
import type { AnyRule } from "./rule";
import c01TablesPresent from "./c-01-tables-present";
import c02TableNumbering from "./c-02-table-numbering";
import c03EmptyTableStatement from "./c-03-empty-table-statement";
import c04EmptyStatementWithData from "./c-04-empty-statement-with-data";
import c07SangongBlankCells from "./c-07-sangong-blank-cells";
import c08UnitRow from "./c-08-unit-row";
import c09UnitName from "./c-09-unit-name";
import c10TemplateInstruction from "./c-10-template-instruction";
import i01T01IncomeTotal from "./i-01-t01-income-total";
import i02T01ExpenditureTotal from "./i-02-t01-expenditure-total";
import i03T01IncomeGrandTotal from "./i-03-t01-income-grand-total";
import i04T01ExpenditureGrandTotal from "./i-04-t01-expenditure-grand-total";
import i05T01Balance from "./i-05-t01-balance";
import i06T02RowIncomeSources from "./i-06-t02-row-income-sources";
import i07CodeRollUp from "./i-07-code-roll-up";
import i08T03RowExpenditureKinds from "./i-08-t03-row-expenditure-kinds";
import i09T04IncomeTotal from "./i-09-t04-income-total";
import i10T04RowFunds from "./i-10-t04-row-funds";
import i11T04ExpenditureTotal from "./i-11-t04-expenditure-total";
import i12T04GrandTotals from "./i-12-t04-grand-totals";
import i13T04FundCarryOver from "./i-13-t04-fund-carry-over";
import i14RowBasicProject from "./i-14-row-basic-project";
import i15T08BasicExpenditure from "./i-15-t08-basic-expenditure";
import i16SangongTotals from "./i-16-sangong-totals";
import i17SangongReceptionSplit from "./i-17-sangong-reception-split";
import i18FundCarryOverRows from "./i-18-fund-carry-over-rows";
import i19NegativeAmounts from "./i-19-negative-amounts";
import i20HiddenDecimals from "./i-20-hidden-decimals";
import i21RowBreakdown from "./i-21-row-breakdown";
import i22BreakdownRollUp from "./i-22-breakdown-roll-up";
import x01T01IncomeVsT02 from "./x-01-t01-income-vs-t02";
import x02T01IncomeCategoriesVsT02 from "./x-02-t01-income-categories-vs-t02";
import x03T01ExpenditureVsT03 from "./x-03-t01-expenditure-vs-t03";
import x04T01ClassesVsT03 from "./x-04-t01-classes-vs-t03";
import x05T02FiscalVsT04 from "./x-05-t02-fiscal-vs-t04";
import x06T01FundIncomeVsT04 from "./x-06-t01-fund-income-vs-t04";
import x07T04WithinT01 from "./x-07-t04-within-t01";
import x08T04GpbVsT06 from "./x-08-t04-gpb-vs-t06";
import x09T05VsT04 from "./x-09-t05-vs-t04";
import x10T05GpbVsT06 from "./x-10-t05-gpb-vs-t06";
import x11T07VsT06 from "./x-11-t07-vs-t06";
import x12T06BasicVsT08 from "./x-12-t06-basic-vs-t08";
import x13T06ProjectVsT09 from "./x-13-t06-project-vs-t09";
import x14T07BasicVsT08 from "./x-14-t07-basic-vs-t08";
import x15T08SangongItemsVsT10 from "./x-15-t08-sangong-items-vs-t10";
import x16SangongTotalWithinSpending from "./x-16-sangong-total-within-spending";
import x17T11VsT04Gfb from "./x-17-t11-vs-t04-gfb";
import x18T13VsT04Socb from "./x-18-t13-vs-t04-socb";
import x19T14VsT13 from "./x-19-t14-vs-t13";
import x20EmptyFundTables from "./x-20-empty-fund-tables";
import x21T10ItemsVsT07 from "./x-21-t10-items-vs-t07";
import x22T05WithinT03 from "./x-22-t05-within-t03";
import x23FundTablesVsT05 from "./x-23-fund-tables-vs-t05";

const RULES: readonly AnyRule[] = [
  c01TablesPresent,
  c02TableNumbering,
  c03EmptyTableStatement,
  c04EmptyStatementWithData,
  c07SangongBlankCells,
  c08UnitRow,
  c09UnitName,
  c10TemplateInstruction,
  i01T01IncomeTotal,
  i02T01ExpenditureTotal,
  i03T01IncomeGrandTotal,
  i04T01ExpenditureGrandTotal,
  i05T01Balance,
  i06T02RowIncomeSources,
  i07CodeRollUp,
  i08T03RowExpenditureKinds,
  i09T04IncomeTotal,
  i10T04RowFunds,
  i11T04ExpenditureTotal,
  i12T04GrandTotals,
  i13T04FundCarryOver,
  i14RowBasicProject,
  i15T08BasicExpenditure,
  i16SangongTotals,
  i17SangongReceptionSplit,
  i18FundCarryOverRows,
  i19NegativeAmounts,
  i20HiddenDecimals,
  i21RowBreakdown,
  i22BreakdownRollUp,
  x01T01IncomeVsT02,
  x02T01IncomeCategoriesVsT02,
  x03T01ExpenditureVsT03,
  x04T01ClassesVsT03,
  x05T02FiscalVsT04,
  x06T01FundIncomeVsT04,
  x07T04WithinT01,
  x08T04GpbVsT06,
  x09T05VsT04,
  x10T05GpbVsT06,
  x11T07VsT06,
  x12T06BasicVsT08,
  x13T06ProjectVsT09,
  x14T07BasicVsT08,
  x15T08SangongItemsVsT10,
  x16SangongTotalWithinSpending,
  x17T11VsT04Gfb,
  x18T13VsT04Socb,
  x19T14VsT13,
  x20EmptyFundTables,
  x21T10ItemsVsT07,
  x22T05WithinT03,
  x23FundTablesVsT05,
];

export const ALL_RULES: readonly AnyRule[] = [...RULES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function ruleById(id: string): AnyRule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

export { runRules, type RunOptions, type RunResult, type RuleNote } from "./engine";
export { defineRule, type Rule, type RuleContext, type AnyRule, type NarrativeInput, type FindingInit } from "./rule";
export type { Finding, Severity, FindingOutcome } from "./findings";
export { sortFindings, countBySeverity, clusterFindings, type FindingCluster } from "./findings";

/** Runs the whole registry (or `opts.rules`) over a workbook. */
export function checkWorkbook(workbook: Workbook, opts: Options = {}): Result {
  return run(workbook, opts.rules ?? ALL_RULES, opts);
}
