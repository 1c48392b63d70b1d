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

/** The first state only: Office's answer, or the timeout's. */
export function detectOfficeHost(timeoutMs: number = OFFICE_READY_TIMEOUT_MS): Promise<OfficeHostState> {
  return new Promise((resolve) => {
    const stop = watchOfficeHost((state) => {
      stop();
      resolve(state);
    }, timeoutMs);
  });
}

/**
 * Reports the host state as it becomes known: the timeout's "browser" state first when
 * Office.onReady is slow, then Excel if onReady settles after all — a slow Excel (a cold start,
 * Excel on the web on a slow network) must not leave the pane in browser-file mode inside Excel.
 * Returns a function that stops the reports.
 */
export function watchOfficeHost(onState: (state: OfficeHostState) => void, timeoutMs: number = OFFICE_READY_TIMEOUT_MS): () => void {
  let active = true;
  const report = (state: OfficeHostState): void => {
    if (active) onState(state);
  };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    // Reported asynchronously like the other states, so that a caller can hold the stop function.
    void Promise.resolve().then(() => report({ status: "browser", reason: "no-office-js" }));
    return () => {
      active = false;
    };
  }
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) report({ status: "browser", reason: "timeout" });
  }, timeoutMs);
  Office.onReady().then(
    (info) => {
      settled = true;
      clearTimeout(timer);
      // office.js outside an Office client reports host null.
      if (!info.host) report({ status: "browser", reason: "no-host" });
      else if (String(info.host) === "Excel") report({ status: "excel", platform: info.platform ? String(info.platform) : null });
      else report({ status: "other-host", host: String(info.host) });
    },
    // onReady does not reject in practice; if it does, the pane is still usable as a preview.
    () => {
      settled = true;
      clearTimeout(timer);
      report({ status: "browser", reason: "error" });
    },
  );
  return () => {
    active = false;
    clearTimeout(timer);
  };
}
