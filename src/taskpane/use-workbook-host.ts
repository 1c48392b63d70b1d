import { useMemo } from "react";
import { FileWorkbookHost } from "./host/file-workbook-host";
import { OfficeWorkbookHost } from "./host/office-workbook-host";
import type { WorkbookHost } from "./host/workbook-host";
import type { OfficeHostState } from "./office-host";

/**
 * Excel when Office says so; otherwise (plain browser, office.js blocked or outside Excel) a file
 * the user opens. Null while Office is still starting, so that nothing reads too early.
 */
export function useWorkbookHost(state: OfficeHostState): WorkbookHost | null {
  const status = state.status;
  return useMemo(() => {
    if (status === "connecting") return null;
    return status === "excel" ? new OfficeWorkbookHost() : new FileWorkbookHost();
  }, [status]);
}
