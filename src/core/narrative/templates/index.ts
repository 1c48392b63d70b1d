import type { FormatFamily } from "../../tables/model";
import type { TemplateId } from "../options";
import { SHANGHAI_TEMPLATE } from "./shanghai";
import { SICHUAN_TEMPLATE } from "./sichuan";
import type { NarrativeTemplate } from "./types";

export type { NarrativeTemplate, SectionWriter } from "./types";

export const TEMPLATES: Readonly<Record<TemplateId, NarrativeTemplate>> = {
  sichuan: SICHUAN_TEMPLATE,
  shanghai: SHANGHAI_TEMPLATE,
};

export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

export function isTemplateId(s: string): s is TemplateId {
  return (TEMPLATE_IDS as string[]).includes(s);
}

/**
 * The template a workbook's family publishes with: the 9-table set (上海/中央) is written in the
 * Shanghai 2024 template; the Sichuan sets and an unrecognised workbook keep the Sichuan one.
 */
export function templateIdForFamily(family: FormatFamily): TemplateId {
  return family === "central9" ? "shanghai" : "sichuan";
}

export function resolveTemplate(family: FormatFamily, chosen?: TemplateId): NarrativeTemplate {
  return TEMPLATES[chosen ?? templateIdForFamily(family)];
}
