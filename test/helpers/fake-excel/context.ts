/**
 * The fake's request context: proxies queue actions here, and sync() applies them in order —
 * writes change the document, loads copy values into the proxies. Like Excel, a failing action
 * rejects the sync, the actions before it stay applied and the rest of the batch is dropped.
 */
import type { RawValue } from "../../../src/core/raw-sheet";
import { FakeOfficeError } from "./errors";
import type { DocState } from "./state";
import { FakeWorkbook } from "./worksheet";

/** Every change the code under test made, in the order Excel applied them. */
export type FakeLogEntry = { readonly sync: number } & (
  | { readonly kind: "values" | "formulas"; readonly sheet: string; readonly address: string; readonly values: RawValue[][] }
  | { readonly kind: "clear"; readonly sheet: string; readonly address: string; readonly applyTo: string }
  | {
      readonly kind: "format";
      readonly sheet: string;
      readonly address: string;
      readonly property: "wrapText" | "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment";
      readonly value: string | number | boolean;
    }
  | { readonly kind: "fillPattern"; readonly sheet: string; readonly address: string; readonly pattern?: string; readonly patternColor?: string }
  | { readonly kind: "freeze"; readonly sheet: string; readonly rows: number; readonly columns: number }
  | { readonly kind: "nameAdd"; readonly name: string; readonly reference: string }
  | { readonly kind: "nameDelete"; readonly name: string }
  | { readonly kind: "nameProperty"; readonly name: string; readonly property: "visible" | "comment"; readonly value: string | boolean }
  | { readonly kind: "numberFormat"; readonly sheet: string; readonly address: string; readonly formats: string[][] }
  | { readonly kind: "fill"; readonly sheet: string; readonly address: string; readonly color: string }
  | { readonly kind: "fillClear"; readonly sheet: string; readonly address: string }
  | { readonly kind: "font"; readonly sheet: string; readonly address: string; readonly bold?: boolean; readonly color?: string }
  | { readonly kind: "autofit"; readonly sheet: string; readonly address: string }
  | { readonly kind: "select"; readonly sheet: string; readonly address: string }
  | { readonly kind: "hyperlink"; readonly sheet: string; readonly address: string; readonly target: string }
  | { readonly kind: "sheetAdd"; readonly sheet: string }
  | { readonly kind: "sheetDelete"; readonly sheet: string }
  | { readonly kind: "sheetRename"; readonly sheet: string; readonly from: string }
  | { readonly kind: "sheetVisibility"; readonly sheet: string; readonly visibility: string }
  | { readonly kind: "activate"; readonly sheet: string }
  | {
      readonly kind: "chartAdd";
      readonly sheet: string;
      readonly chart: string;
      readonly chartType: string;
      readonly source: string;
      readonly seriesBy: string;
    }
  | { readonly kind: "chartName"; readonly sheet: string; readonly chart: string; readonly from: string }
  | { readonly kind: "chartTitle"; readonly sheet: string; readonly chart: string; readonly text: string }
  | { readonly kind: "chartPosition"; readonly sheet: string; readonly chart: string; readonly start: string; readonly end: string | null }
  | {
      readonly kind: "chartDataLabels";
      readonly sheet: string;
      readonly chart: string;
      readonly property: "showValue" | "showPercentage" | "showCategoryName";
      readonly value: boolean;
    }
  | { readonly kind: "chartDelete"; readonly sheet: string; readonly chart: string }
  | { readonly kind: "chartLegend"; readonly sheet: string; readonly chart: string; readonly visible: boolean }
);

/** Distributes Omit over the union, so that each kind keeps its own fields. */
export type FakeLogInput = FakeLogEntry extends infer E ? (E extends FakeLogEntry ? Omit<E, "sync"> : never) : never;

/** What proxies need from the fake as a whole. */
export interface FakeHost {
  readonly doc: DocState;
  /** Hidden names stay visible (the host ignores NamedItem.visible = false). */
  readonly namesStayVisible: boolean;
  /** How RangeFill reads back: see FakeExcelOptions.fillReadback. */
  readonly fillReadback: "desktop" | "web";
  /** Is ExcelApi `version` supported by this fake host? */
  supportsExcelApi(version: string): boolean;
  record(entry: FakeLogInput): void;
  /** Called at the start of every sync; may throw to simulate Excel refusing the batch. */
  beforeSync(context: FakeRequestContext): void;
  /** Bytes of a request or a response above which a sync fails; null for no limit. */
  readonly payloadLimit: number | null;
  /** Called after every sync with what it sent and received. */
  afterSync(payload: SyncPayload): void;
}

/** What one sync sent to Excel (values written) and got back (values loaded), in UTF-8 bytes of JSON. */
export interface SyncPayload {
  readonly request: number;
  readonly response: number;
}

const encoder = new TextEncoder();

/** Size of a value as Office.js would send it: its JSON, in UTF-8 (Chinese text is 3 bytes a character). */
export function payloadBytes(value: unknown): number {
  if (value === undefined) return 0;
  return encoder.encode(JSON.stringify(value)).length;
}

interface QueuedAction {
  readonly location: string;
  readonly run: () => void;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Syncs made through this context (the host counts across contexts). */
  syncCount = 0;
  private queue: QueuedAction[] = [];
  private closed = false;
  private requestBytes = 0;
  private responseBytes = 0;

  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Queues an action for the next sync. Proxies call this; tests do not. */
  enqueue(location: string, run: () => void): void {
    if (this.closed) {
      throw new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.", location);
    }
    this.queue.push({ location, run });
  }

  /** Proxies report what a write sends (at enqueue) and what a load returns (at sync). */
  countRequest(value: unknown): void {
    this.requestBytes += payloadBytes(value);
  }

  countResponse(value: unknown): void {
    this.responseBytes += payloadBytes(value);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError("InvalidRequestContext", "The request context has been closed.", "RequestContext.sync");
    this.syncCount++;
    const batch = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    // A real sync is a round trip; callers must await it, so the fake never completes inline.
    await Promise.resolve();
    this.host.beforeSync(this);
    // Excel on the web: "a payload size limit for requests and responses of 5MB" (Resource
    // limits and performance optimization for Office Add-ins › Excel add-ins). A request over it
    // is refused whole; a response over it fails after the batch ran.
    const limit = this.host.payloadLimit;
    if (limit !== null && request > limit) {
      this.host.afterSync({ request, response: 0 });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${request} bytes) has exceeded the limit.`, "RequestContext.sync");
    }
    try {
      for (const action of batch) action.run();
    } finally {
      this.host.afterSync({ request, response: this.responseBytes });
    }
    if (limit !== null && this.responseBytes > limit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${this.responseBytes} bytes) has exceeded the limit.`, "RequestContext.sync");
    }
  }

  /** Excel.run closes its context when the batch settles; late use must fail loudly. */
  close(): void {
    this.closed = true;
  }
}
