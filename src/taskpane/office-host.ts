/**
 * Where the task pane runs. The pane renders at once and never waits for Office: outside Excel
 * (a plain browser, the e2e tests, office.js blocked or offline) Office may be undefined, or
 * Office.onReady may never settle, and the user must still see the pane.
 */
export type OfficeHostState =
  | { readonly status: "connecting" }
  | { readonly status: "excel"; readonly platform: string | null }
  | { readonly status: "other-host"; readonly host: string }
  | { readonly status: "browser"; readonly reason: "no-office-js" | "no-host" | "timeout" | "error" };

/** Office.onReady normally settles within a second; past this the pane assumes no host. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

export function detectOfficeHost(timeoutMs: number = OFFICE_READY_TIMEOUT_MS): Promise<OfficeHostState> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ status: "browser", reason: "no-office-js" });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: "browser", reason: "timeout" }), timeoutMs);
    Office.onReady().then(
      (info) => {
        clearTimeout(timer);
        // office.js outside an Office client reports host null.
        if (!info.host) resolve({ status: "browser", reason: "no-host" });
        else if (String(info.host) === "Excel") resolve({ status: "excel", platform: info.platform ? String(info.platform) : null });
        else resolve({ status: "other-host", host: String(info.host) });
      },
      // onReady does not reject in practice; if it does, the pane is still usable as a preview.
      () => {
        clearTimeout(timer);
        resolve({ status: "browser", reason: "error" });
      },
    );
  });
}
