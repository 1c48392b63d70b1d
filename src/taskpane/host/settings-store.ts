/**
 * The pane's options, kept with the document: Office.context.document.settings in Excel (so the
 * choice travels with the workbook), localStorage in a browser. Values read back are validated:
 * a document may carry settings from an older version or typed by hand.
 */
export interface PaneSettings {
  /** 保留末尾的0 (narrative.md §1.4 keepTrailingZeros). */
  readonly keepTrailingZeros: boolean;
  /** 列出为0的类别 (listZeroCategories). */
  readonly listZeroCategories: boolean;
  /** Pie charts: drop zero slices (default) or keep them as the example does. */
  readonly chartZeroSlices: "drop" | "keep";
  /** 情况说明 template: from the workbook's family ("auto"), or one chosen (templates/index.ts). */
  readonly narrativeTemplate: "auto" | "sichuan" | "shanghai";
}

export const DEFAULT_SETTINGS: PaneSettings = { keepTrailingZeros: false, listZeroCategories: false, chartZeroSlices: "drop", narrativeTemplate: "auto" };

const TEMPLATE_CHOICES: readonly PaneSettings["narrativeTemplate"][] = ["auto", "sichuan", "shanghai"];

export const SETTINGS_KEY = "juesuan.settings";

export interface SettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): Promise<void>;
}

/** Anything unreadable falls back to the default, field by field. */
export function parseSettings(value: unknown): PaneSettings {
  const text = typeof value === "string" ? value : null;
  let obj: unknown = value;
  if (text !== null) {
    try {
      obj = JSON.parse(text);
    } catch {
      return DEFAULT_SETTINGS; // not ours or corrupted: defaults, the next save repairs it
    }
  }
  if (typeof obj !== "object" || obj === null) return DEFAULT_SETTINGS;
  const o = obj as Record<string, unknown>;
  return {
    keepTrailingZeros: typeof o.keepTrailingZeros === "boolean" ? o.keepTrailingZeros : DEFAULT_SETTINGS.keepTrailingZeros,
    listZeroCategories: typeof o.listZeroCategories === "boolean" ? o.listZeroCategories : DEFAULT_SETTINGS.listZeroCategories,
    chartZeroSlices: o.chartZeroSlices === "keep" || o.chartZeroSlices === "drop" ? o.chartZeroSlices : DEFAULT_SETTINGS.chartZeroSlices,
    narrativeTemplate: TEMPLATE_CHOICES.find((t) => t === o.narrativeTemplate) ?? DEFAULT_SETTINGS.narrativeTemplate,
  };
}

/** Browser: localStorage, which may be missing or refuse (private mode, storage disabled). */
export class LocalSettingsStore implements SettingsStore {
  private memory: PaneSettings = DEFAULT_SETTINGS;

  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem"> | null = safeLocalStorage()) {}

  load(): PaneSettings {
    if (!this.storage) return this.memory;
    try {
      return parseSettings(this.storage.getItem(SETTINGS_KEY));
    } catch {
      return this.memory; // storage refused to read: keep this session's choice only
    }
  }

  async save(settings: PaneSettings): Promise<void> {
    this.memory = settings;
    // A browser that refuses storage still has the session's settings; nothing to tell the user.
    try {
      this.storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      /* quota or privacy mode: settings last for this session */
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // some sandboxed frames throw on the mere access
  }
}
