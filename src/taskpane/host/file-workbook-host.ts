/**
 * The workbook as a file in a plain browser: the user picks an .xlsx (or the page loads the
 * sample from a URL) and it is read right here by the .xlsx adapter — nothing is uploaded anywhere.
 * A file cannot be changed or selected from the browser: every write refuses politely.
 */
import type { RawSheet } from "../../core/raw-sheet";
import { LocalSettingsStore, type SettingsStore } from "./settings-store";
import { PaneError } from "./user-message";
import { FILE_HOST_READ_ONLY, HostUnavailableError, type WorkbookHost } from "./workbook-host";

/** Beyond this the browser tab risks running out of memory; real disclosures are far smaller. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface OpenedFile {
  readonly name: string;
  readonly sheets: RawSheet[];
}

export class FileWorkbookHost implements WorkbookHost {
  readonly kind = "file" as const;
  readonly canWrite = false;
  readonly settings: SettingsStore;
  private current: OpenedFile | null = null;

  constructor(settings: SettingsStore = new LocalSettingsStore()) {
    this.settings = settings;
  }

  get file(): OpenedFile | null {
    return this.current;
  }

  /** Reads the bytes of an .xlsx; the reader is a separate chunk loaded on first use. */
  async open(name: string, bytes: Uint8Array): Promise<OpenedFile> {
    // .xlsm is an .xlsx with macros: the same package, read the same way.
    if (!/\.xls[xm]$/i.test(name)) {
      throw new PaneError(`“${name}”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”后再打开。`);
    }
    if (bytes.byteLength > MAX_FILE_BYTES) {
      throw new PaneError(`文件过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），超过 50 MB，不像是决算公开工作簿。`);
    }
    const { readXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ "../../adapters/xlsx/read-xlsx");
    const sheets = await readXlsx(bytes);
    this.current = { name, sheets };
    return this.current;
  }

  /** The sample workbook served beside the pane (npm start), or any .xlsx on the same site. */
  async openUrl(url: string): Promise<OpenedFile> {
    let response: Response;
    try {
      response = await fetch(url);
    } catch (err) {
      throw new PaneError(`无法下载 ${url}：${err instanceof Error ? err.message : String(err)}`);
    }
    if (!response.ok) throw new PaneError(`无法下载 ${url}（HTTP ${response.status}）。`);
    const name = decodeURIComponent(new URL(url, location.href).pathname.split("/").pop() || "sample.xlsx");
    return this.open(name, new Uint8Array(await response.arrayBuffer()));
  }

  async readSheets(): Promise<RawSheet[]> {
    if (!this.current) throw new PaneError("请先打开一个 .xlsx 文件。");
    return this.current.sheets;
  }

  private refuse(): Promise<never> {
    return Promise.reject(new HostUnavailableError(FILE_HOST_READ_ONLY));
  }

  selectCell(): Promise<void> {
    return this.refuse();
  }
  publishCheckResults(): Promise<never> {
    return this.refuse();
  }
  clearMarks(): Promise<never> {
    return this.refuse();
  }
  applyRounding(): Promise<never> {
    return this.refuse();
  }
  writeNarrativeSheet(): Promise<never> {
    return this.refuse();
  }
  createSupplementaryTemplate(): Promise<never> {
    return this.refuse();
  }
  insertCharts(): Promise<never> {
    return this.refuse();
  }
}
