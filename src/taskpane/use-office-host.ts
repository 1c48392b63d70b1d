import { useEffect, useState } from "react";
import { type OfficeHostState, watchOfficeHost } from "./office-host";

/**
 * The host state, starting as "connecting": the timeout may settle it as a browser first, and a
 * late Office.onReady then switches the pane to Excel (see watchOfficeHost).
 */
export function useOfficeHost(timeoutMs?: number): OfficeHostState {
  const [state, setState] = useState<OfficeHostState>({ status: "connecting" });
  useEffect(() => watchOfficeHost(setState, timeoutMs), [timeoutMs]);
  return state;
}
