import { labelOfKey } from "../inputs/fields";
import { resolveLabel } from "../inputs/labels";
import type { Inputs } from "../inputs/model";
import type { Workbook } from "../tables/model";
import { makeContext } from "./context";
import type { NarrativeOptions } from "./options";
import { resolveTemplate } from "./templates";
import { SICHUAN_TEMPLATE } from "./templates/sichuan";
import type { MissingInput, Narrative, Paragraph } from "./types";

export type { SectionWriter } from "./templates/types";

/** The Sichuan template's ten sections in order (templates/sichuan.ts). */
export const SECTIONS = SICHUAN_TEMPLATE.sections;

/**
 * 情况说明 in the template of the workbook's family (or options.template): every paragraph, the
 * inputs still to fill in, and the whole text. The template's defaults sit under the options.
 */
export function generateNarrative(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Narrative {
  const template = resolveTemplate(workbook.family, options.template);
  const merged: NarrativeOptions = { ...template.defaults, ...withoutUndefined(options) };
  const ctx = makeContext(workbook, inputs, merged);
  const paragraphs = [template.partHeading(ctx), ...template.sections.flatMap((s) => s.write(workbook, inputs, merged))];
  return { paragraphs, missingInputs: collectMissing(paragraphs), text: paragraphs.map((p) => p.text).join("\n") };
}

/** An option given as undefined does not hide the template's default. */
function withoutUndefined(o: NarrativeOptions): NarrativeOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as NarrativeOptions;
}

function collectMissing(paragraphs: readonly Paragraph[]): MissingInput[] {
  const byKey = new Map<string, { key: string; label: string; sections: string[] }>();
  for (const p of paragraphs) {
    for (const key of p.missing) {
      const entry = byKey.get(key) ?? { key, label: missingLabel(key, p.missingLabels?.[key]), sections: [] };
      if (!entry.sections.includes(p.section)) entry.sections.push(p.section);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

/**
 * Inputs by their 补充信息 label (what the accountant types); table cells by the placeholder's own
 * label ("公开10表 因公出国（境）费决算数"), else by the cell notation ("公开01表 总计").
 */
function missingLabel(key: string, shown: string | undefined): string {
  // A placeholder may show another accepted label of the same row ("年初预算数：2013901").
  if (shown && resolveLabel(shown)?.key === key) return shown;
  const input = labelOfKey(key);
  if (input !== key) return input;
  if (shown) return shown;
  const m = /^T(\d{2})[.[](.*)$/.exec(key);
  if (m) return `公开${m[1]}表 ${m[2]!.replace(/\]$/, "").replace(/\]\./, " ")}`;
  return labelOfKey(key);
}
