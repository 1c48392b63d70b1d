import type { NarrativeOptions, TemplateId } from "../core/narrative";
import type { PaneSettings } from "./host/settings-store";

/** The chosen template, or undefined to follow the workbook's family. */
export function chosenTemplate(settings: PaneSettings): TemplateId | undefined {
  return settings.narrativeTemplate === "auto" ? undefined : settings.narrativeTemplate;
}

/**
 * The generator options from the pane's settings. 保留末尾的0 unticked leaves the template's own
 * default (the Shanghai texts always print two decimals).
 */
export function narrativeOptionsOf(settings: PaneSettings): NarrativeOptions {
  const template = chosenTemplate(settings);
  return {
    ...(template ? { template } : {}),
    ...(settings.keepTrailingZeros ? { keepTrailingZeros: true } : {}),
    listZeroCategories: settings.listZeroCategories,
  };
}
