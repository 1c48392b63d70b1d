/**
 * The in-memory Excel: a document seeded from RawSheet[], a global `Excel` (run,
 * RequestContext, the enums code tends to use) and a minimal global `Office` (onReady,
 * context.requirements.isSetSupported, HostType). Install it before the code under test
 * runs and uninstall it after; the previous globals are restored.
 *
 *   const fake = installFakeExcel(sheets, { apiVersion: "1.12" });
 *   afterEach(() => fake.uninstall());
 *   await readAllSheets();
 *   expect(fake.syncCount).toBe(2);
 */
import type { RawSheet } from "../../../src/core/raw-sheet";
import { type FakeHost, type FakeLogEntry, type FakeLogInput, FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { fromA1 } from "../../../src/core/cells";
import { type CellState, type ChartState, DocState, getCell, type NameState, sheetToRaw } from "./state";

export interface FakeExcelOptions {
  /** Highest ExcelApi set the fake host supports (default 1.17). Below 1.13 there are no merged areas. */
  readonly apiVersion?: string;
  /** Sheets that refuse writes with AccessDenied, like a protected sheet. */
  readonly protectedSheets?: readonly string[];
  /** Simulates the user typing in a cell: every sync fails with InvalidOperationInCellEditMode. */
  readonly cellEditMode?: boolean;
  /**
   * Bytes a sync may send or receive (JSON, UTF-8). Default 5,000,000: Excel on the web's 5 MB
   * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
   * null for none, as on a desktop that would take more.
   */
  readonly payloadLimit?: number | null;
  /**
   * "web" (default): no fill and a solid fill both read pattern null, only tintAndShade (null for
   * no fill) tells them apart (OfficeDev/office-js#4900, #6218). "desktop": pattern "None"/"Solid".
   */
  readonly fillReadback?: "desktop" | "web";
  /** Structure protection (审阅 › 保护工作簿): no sheet can be added, deleted or renamed. */
  readonly workbookProtected?: boolean;
  /** The workbook is open read-only (Workbook.readOnly): every write fails with AccessDenied. */
  readonly readOnly?: boolean;
  /** The host ignores NamedItem.visible = false: hidden names stay in the Name Manager. */
  readonly namesStayVisible?: boolean;
}

/** Excel on the web's limit for a request and for a response ("5MB"), in bytes. */
export const DEFAULT_PAYLOAD_LIMIT = 5_000_000;

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class FakeExcel implements FakeHost {
  readonly doc: DocState;
  readonly log: FakeLogEntry[] = [];
  /** Syncs across every context, including the one Excel.run makes when the batch leaves work queued. */
  syncCount = 0;
  /** Excel.run calls. */
  runCount = 0;
  apiVersion: string;
  cellEditMode: boolean;
  readonly payloadLimit: number | null;
  readonly fillReadback: "desktop" | "web";
  readonly namesStayVisible: boolean;
  /** Bytes sent and received by every sync, in order. */
  readonly payloads: { request: number; response: number }[] = [];
  private failures: FakeOfficeError[] = [];
  private restore: (() => void) | null = null;

  constructor(sheets: readonly RawSheet[], options: FakeExcelOptions = {}) {
    this.doc = DocState.fromRawSheets(sheets);
    this.apiVersion = options.apiVersion ?? "1.17";
    this.cellEditMode = options.cellEditMode ?? false;
    this.payloadLimit = options.payloadLimit === undefined ? DEFAULT_PAYLOAD_LIMIT : options.payloadLimit;
    this.fillReadback = options.fillReadback ?? "web";
    this.namesStayVisible = options.namesStayVisible ?? false;
    this.doc.flags.structureProtected = options.workbookProtected ?? false;
    this.doc.flags.readOnly = options.readOnly ?? false;
    for (const name of options.protectedSheets ?? []) {
      const sheet = this.doc.findSheet(name);
      if (!sheet) throw new Error(`fake-excel: no sheet "${name}" to protect`);
      sheet.protected = true;
    }
  }

  // --- FakeHost ------------------------------------------------------------------------------

  supportsExcelApi(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  record(entry: FakeLogInput): void {
    this.log.push({ ...entry, sync: this.syncCount } as FakeLogEntry);
  }

  beforeSync(_context: FakeRequestContext): void {
    this.syncCount++;
    if (this.cellEditMode) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", "RequestContext.sync");
    }
    const failure = this.failures.shift();
    if (failure) throw failure;
  }

  afterSync(payload: { request: number; response: number }): void {
    this.payloads.push(payload);
  }

  // --- For tests -----------------------------------------------------------------------------

  /** The largest response any sync so far received, in bytes. */
  maxResponseBytes(): number {
    return this.payloads.reduce((m, p) => Math.max(m, p.response), 0);
  }

  /** The user deletes rows (1-based, as in Excel's row headers) of a sheet between batches. */
  deleteRows(sheetName: string, firstRow: number, count = 1): void {
    const sheet = this.doc.findSheet(sheetName);
    if (!sheet) throw new Error(`fake-excel: no sheet "${sheetName}"`);
    this.doc.deleteRows(sheet, firstRow - 1, count);
  }

  /** The user deletes a sheet between batches: names on it turn into #REF! and stay. */
  deleteSheet(sheetName: string): void {
    const sheet = this.doc.findSheet(sheetName);
    if (!sheet) throw new Error(`fake-excel: no sheet "${sheetName}"`);
    this.doc.removeSheet(sheet);
  }

  /** Structure protection and read-only mode, switched as the user would between batches. */
  setWorkbook(flags: { structureProtected?: boolean; readOnly?: boolean }): void {
    Object.assign(this.doc.flags, flags);
  }

  /** The next sync rejects with this Office error code (queue several for several syncs). */
  failNextSync(code: string, message = `Simulated ${code}`): void {
    this.failures.push(new FakeOfficeError(code, message, "RequestContext.sync"));
  }

  /** A context outside Excel.run, for tests that drive proxies directly. */
  newContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** What Excel.run does: a fresh context, the batch, a last sync if work is still queued. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    this.runCount++;
    const context = new FakeRequestContext(this);
    try {
      const pending: unknown = batch(context);
      if (!(pending instanceof Promise)) {
        throw new FakeOfficeError("RunMustReturnPromise", "The batch function passed to the \".run\" method didn't return a promise.", "Excel.run");
      }
      const result = (await pending) as T;
      if (context.pendingActions > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  /** Current contents, in the adapters' shape — for asserting on what writes left. */
  sheets(): RawSheet[] {
    return this.doc.sheets.map(sheetToRaw);
  }

  /** Charts that exist now (deleted ones excluded), optionally of one sheet. */
  charts(sheetName?: string): ChartState[] {
    return this.doc.sheets
      .filter((s) => sheetName === undefined || s.name === sheetName)
      .flatMap((s) => s.charts.filter((c) => !c.deleted));
  }

  /** One cell as stored (value, formula, number format, fill), or undefined when empty. */
  cell(sheetName: string, a1: string): Readonly<CellState> | undefined {
    const sheet = this.doc.findSheet(sheetName);
    const pos = fromA1(a1);
    if (!sheet || !pos) throw new Error(`fake-excel: no cell ${sheetName}!${a1}`);
    const cell = getCell(sheet, pos.row, pos.col);
    return cell ? { ...cell } : undefined;
  }

  /** Defined names that exist now. */
  names(): readonly Readonly<NameState>[] {
    return this.doc.names.filter((n) => !n.deleted);
  }

  /** Sheet names in tab order, with their visibility. */
  sheetList(): { name: string; visibility: string }[] {
    return this.doc.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
  }

  /** Protects (or unprotects) a sheet between batches, as the user would. */
  protect(sheetName: string, on = true): void {
    const sheet = this.doc.findSheet(sheetName);
    if (!sheet) throw new Error(`fake-excel: no sheet "${sheetName}" to protect`);
    sheet.protected = on;
  }

  logOf<K extends FakeLogEntry["kind"]>(kind: K): Extract<FakeLogEntry, { kind: K }>[] {
    return this.log.filter((e): e is Extract<FakeLogEntry, { kind: K }> => e.kind === kind);
  }

  // --- Globals -------------------------------------------------------------------------------

  install(): this {
    if (this.restore) return this;
    const g = globalThis as unknown as Record<string, unknown>;
    const had = { Excel: Object.prototype.hasOwnProperty.call(g, "Excel"), Office: Object.prototype.hasOwnProperty.call(g, "Office") };
    const previous = { Excel: g.Excel, Office: g.Office };
    g.Excel = this.excelGlobal();
    g.Office = this.officeGlobal();
    this.restore = () => {
      for (const name of ["Excel", "Office"] as const) {
        if (had[name]) g[name] = previous[name];
        else delete g[name];
      }
    };
    return this;
  }

  uninstall(): void {
    this.restore?.();
    this.restore = null;
  }

  private excelGlobal(): Record<string, unknown> {
    return {
      run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => this.run(batch),
      // `new Excel.RequestContext()` must reach this fake: bind it through a class factory.
      RequestContext: ((host: FakeHost) =>
        class extends FakeRequestContext {
          constructor() {
            super(host);
          }
        })(this),
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" },
      FillPattern: { none: "None", solid: "Solid" },
      NamedItemType: { string: "String", integer: "Integer", double: "Double", boolean: "Boolean", range: "Range", error: "Error", array: "Array" },
      HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
      VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
      ChartType: {
        columnClustered: "ColumnClustered",
        columnStacked: "ColumnStacked",
        barClustered: "BarClustered",
        barStacked: "BarStacked",
        line: "Line",
        lineMarkers: "LineMarkers",
        pie: "Pie",
        doughnut: "Doughnut",
      },
      ErrorCodes: Object.fromEntries(
        [
          "AccessDenied",
          "ApiNotFound",
          "GeneralException",
          "InsertDeleteConflict",
          "InvalidArgument",
          "InvalidOperation",
          "InvalidOperationInCellEditMode",
          "ItemAlreadyExists",
          "ItemNotFound",
          "UnsupportedOperation",
        ].map((code) => [code.charAt(0).toLowerCase() + code.slice(1), code]),
      ),
    };
  }

  private officeGlobal(): Record<string, unknown> {
    const info = { host: "Excel", platform: "PC" };
    return {
      HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
      onReady: (callback?: (i: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      context: {
        host: "Excel",
        requirements: {
          isSetSupported: (name: string, minVersion?: string) =>
            name === "ExcelApi" && (minVersion === undefined || this.supportsExcelApi(minVersion)),
        },
      },
    };
  }
}

/** Seeds a fake from RawSheet[] and installs the globals. */
export function installFakeExcel(sheets: readonly RawSheet[], options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(sheets, options).install();
}
