/**
 * The workbook open in Excel. The only part of the pane that touches Office: it reads through
 * readAllSheets, writes through the adapters in src/adapters/office (which own Excel.run and
 * map Office errors to Chinese), and keeps the settings in the document.
 */
import { readAllSheets } from "../../adapters/office";
import type { RawSheet } from "../../core/raw-sheet";
import { OFFICE_WRITERS, type OfficeWriters } from "./office-writers";
import { LocalSettingsStore, parseSettings, SETTINGS_KEY, type PaneSettings, type SettingsStore } from "./settings-store";
import { PaneError } from "./user-message";
import type { WorkbookHost } from "./workbook-host";

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "office" as const;
  readonly canWrite = true;
  readonly settings: SettingsStore;

  constructor(
    private readonly writers: OfficeWriters = OFFICE_WRITERS,
    settings: SettingsStore = OfficeSettingsStore.forDocument(),
  ) {
    this.settings = settings;
  }

  readSheets(onProgress?: (share: number) => void): Promise<RawSheet[]> {
    // A large workbook is read in several syncs (read-workbook.ts): the pane shows how far.
    return readAllSheets(onProgress ? { onProgress: (p) => onProgress(p.cellsTotal > 0 ? p.cellsRead / p.cellsTotal : 1) } : {});
  }

  selectCell(ref: Parameters<WorkbookHost["selectCell"]>[0]) {
    return this.writers.selectCell(ref);
  }
  publishCheckResults(args: Parameters<WorkbookHost["publishCheckResults"]>[0]) {
    return this.writers.publishCheckResults(args);
  }
  clearMarks() {
    return this.writers.clearMarks();
  }
  applyRounding(adjustments: Parameters<WorkbookHost["applyRounding"]>[0]) {
    return this.writers.applyRounding(adjustments);
  }
  writeNarrativeSheet(paragraphs: Parameters<WorkbookHost["writeNarrativeSheet"]>[0]) {
    return this.writers.writeNarrativeSheet(paragraphs);
  }
  createSupplementaryTemplate(rows: Parameters<WorkbookHost["createSupplementaryTemplate"]>[0]) {
    return this.writers.createSupplementaryTemplate(rows);
  }
  insertCharts(specs: Parameters<WorkbookHost["insertCharts"]>[0], only?: readonly number[]) {
    return this.writers.insertCharts(specs, only);
  }
}

/**
 * Settings in the document (Office.context.document.settings), so that the options travel with
 * the workbook. Hosts without document settings (very old clients, test fakes) fall back to
 * localStorage rather than failing: settings are a convenience, never a reason for an error.
 */
export class OfficeSettingsStore implements SettingsStore {
  constructor(
    private readonly settings: Office.Settings | null,
    private readonly fallback: SettingsStore = new LocalSettingsStore(),
  ) {}

  static forDocument(): OfficeSettingsStore {
    const settings = typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
    return new OfficeSettingsStore(settings);
  }

  load(): PaneSettings {
    if (!this.settings) return this.fallback.load();
    return parseSettings(this.settings.get(SETTINGS_KEY));
  }

  save(value: PaneSettings): Promise<void> {
    const settings = this.settings;
    if (!settings) return this.fallback.save(value);
    settings.set(SETTINGS_KEY, JSON.stringify(value));
    return new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        // Compared as text: the Office.AsyncResultStatus enum object is absent in some hosts and fakes.
        if (String(result.status) === "failed") {
          reject(new PaneError(`设置未能保存到工作簿（${result.error?.message ?? "原因未知"}）。本次仍按新设置生成。`));
        } else {
          resolve();
        }
      });
    });
  }
}
