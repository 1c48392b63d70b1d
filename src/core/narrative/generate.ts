import { labelOfKey } from "../inputs/fields";
import type { Inputs } from "../inputs/model";
import type { Workbook } from "../tables/model";
import { makeContext } from "./context";
import { partHeading } from "./headings";
import type { NarrativeOptions } from "./options";
import { sectionTotals } from "./sections/s01-totals";
import { sectionIncome } from "./sections/s02-income";
import { sectionExpenditure } from "./sections/s03-expenditure";
import { sectionFiscalTotals } from "./sections/s04-fiscal-totals";
import { sectionGeneralBudget } from "./sections/s05-general-budget";
import { sectionBasicExpenditure } from "./sections/s06-basic-expenditure";
import { sectionSanGong } from "./sections/s07-san-gong";
import { sectionGovFund } from "./sections/s08-gov-fund";
import { sectionStateCapital } from "./sections/s09-state-capital";
import { sectionOtherMatters } from "./sections/s10-other-matters";
import type { MissingInput, Narrative, Paragraph } from "./types";

export type SectionWriter = (workbook: Workbook, inputs: Inputs, options?: NarrativeOptions) => Paragraph[];

/** The ten sections in order; each is a pure function of the model, the inputs and the options. */
export const SECTIONS: readonly { readonly number: string; readonly write: SectionWriter }[] = [
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
];

/** 第二部分 情况说明: every paragraph, the inputs still to fill in, and the whole text. */
export function generateNarrative(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Narrative {
  const ctx = makeContext(workbook, inputs, options);
  const paragraphs = [partHeading(ctx), ...SECTIONS.flatMap((s) => s.write(workbook, inputs, options))];
  return { paragraphs, missingInputs: collectMissing(paragraphs), text: paragraphs.map((p) => p.text).join("\n") };
}

function collectMissing(paragraphs: readonly Paragraph[]): MissingInput[] {
  const byKey = new Map<string, { key: string; label: string; sections: string[] }>();
  for (const p of paragraphs) {
    for (const key of p.missing) {
      const entry = byKey.get(key) ?? { key, label: missingLabel(key), sections: [] };
      if (!entry.sections.includes(p.section)) entry.sections.push(p.section);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

/** Table cells are named like "公开01表 总计"; inputs by their 补充信息 label. */
function missingLabel(key: string): string {
  const m = /^T(\d{2})[.[](.*)$/.exec(key);
  if (m) return `公开${m[1]}表 ${m[2]!.replace(/\]$/, "").replace(/\]\./, " ")}`;
  return labelOfKey(key);
}
