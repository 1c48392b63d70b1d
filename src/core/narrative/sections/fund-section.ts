import type { Amount } from "../../amounts";
import type { Inputs } from "../../inputs/model";
import { T04_INCOME } from "../../tables/labels";
import { expenditureRow } from "../../tables/lookup";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { allZero, codedTotal } from "../figures";
import { sectionHeading, type SectionNumber } from "../headings";
import type { NarrativeOptions } from "../options";
import { cellSlot, firstKnown, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

/** What distinguishes 八 (政府性基金) from 九 (国有资本经营): their tables and T04 column. */
export interface FundSpec {
  readonly section: SectionNumber;
  readonly id: string;
  /** "政府性基金预算财政拨款" */
  readonly fund: string;
  readonly t04Role: "gfb" | "socb";
  readonly t04IncomeLabel: string;
  /** The amount, in order of preference (T11.合计.expTotal; T13.合计.expTotal, T14.合计.total). */
  readonly amount: (wb: Workbook) => Slot<number>[];
  readonly tables: (wb: Workbook) => (readonly Amount[] | undefined)[];
}

/** T04's column of this fund: every income row of the fund and every expenditure cell. */
function t04FundAmounts(wb: Workbook, spec: FundSpec): Amount[] | undefined {
  const t04 = wb.tables.T04;
  if (!t04) return undefined;
  const income = t04.income.filter((r) => r.label === spec.t04IncomeLabel).flatMap((r) => (r.values.amount ? [r.values.amount] : []));
  const exp = t04.expenditure.flatMap((r) => (r.values[spec.t04Role] ? [r.values[spec.t04Role]!] : []));
  return [...income, ...exp];
}

/**
 * The fund is empty when its tables and its T04 column hold no non-zero amount. Unknown
 * (no table at all) is not empty: the generator then writes the amount sentence with a placeholder.
 */
export function fundIsEmpty(wb: Workbook, spec: FundSpec): boolean {
  const sources = [...spec.tables(wb), t04FundAmounts(wb, spec)].filter((a): a is readonly Amount[] => a !== undefined);
  return sources.length > 0 && sources.every((a) => allZero(a));
}

export function fundSection(spec: FundSpec, workbook: Workbook, inputs: Inputs, options: NarrativeOptions): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const w = new ParagraphWriter(ctx);
  if (fundIsEmpty(workbook, spec) && ctx.options.zeroFundStyle === "absence") {
    w.unit().year().t(`年度无${spec.fund}收入和支出。`);
  } else {
    const t04 = workbook.tables.T04;
    const fromT04 = cellSlot(t04 && expenditureRow(t04, "本年支出合计")?.values[spec.t04Role], `T04.本年支出合计.${spec.t04Role}`, "公开04表 本年支出合计");
    w.year().t(`年${spec.fund}支出`).amount(firstKnown(...spec.amount(workbook), fromT04)).t("万元。");
  }
  return [sectionHeading(ctx, spec.section), w.paragraph(spec.section, spec.id)];
}

export const GOV_FUND: FundSpec = {
  section: "八",
  id: "s08.govFund",
  fund: "政府性基金预算财政拨款",
  t04Role: "gfb",
  t04IncomeLabel: T04_INCOME.gfb,
  amount: (wb) => [codedTotal(wb, "T11", "expTotal")],
  tables: (wb) => [wb.tables.T11?.amounts, wb.tables.T12?.amounts],
};

export const STATE_CAPITAL: FundSpec = {
  section: "九",
  id: "s09.stateCapital",
  fund: "国有资本经营预算财政拨款",
  t04Role: "socb",
  t04IncomeLabel: T04_INCOME.socb,
  amount: (wb) => [codedTotal(wb, "T13", "expTotal"), codedTotal(wb, "T14", "total")],
  tables: (wb) => [wb.tables.T13?.amounts, wb.tables.T14?.amounts],
};
