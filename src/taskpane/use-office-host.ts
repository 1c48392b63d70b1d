import { useEffect, useState } from "react";
import { detectOfficeHost, type OfficeHostState } from "./office-host";

/** The host state, starting as "connecting" and settling once (see detectOfficeHost). */
export function useOfficeHost(timeoutMs?: number): OfficeHostState {
  const [state, setState] = useState<OfficeHostState>({ status: "connecting" });
  useEffect(() => {
    let active = true;
    void detectOfficeHost(timeoutMs).then((next) => {
      if (active) setState(next);
    });
    return () => {
      active = false;
    };
  }, [timeoutMs]);
  return state;
}
