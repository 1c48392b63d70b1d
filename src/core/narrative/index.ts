export { generateNarrative, SECTIONS, type SectionWriter } from "./generate";
export type { Narrative, Paragraph, MissingInput } from "./types";
export type { NarrativeOptions, TemplateId } from "./options";
export { TEMPLATES, TEMPLATE_IDS, isTemplateId, resolveTemplate, templateIdForFamily, type NarrativeTemplate } from "./templates";
export { formatAmount, formatPercent, percentHundredths, divRoundHalfUp, formatHundredths, toHundredths } from "./format";
export { yearChange, directionWords, type YearChange } from "./change";
export { placeholder } from "./writer";
export { verifyNarrativeText, type TextFinding, type VerifyTextOptions } from "./verify";
