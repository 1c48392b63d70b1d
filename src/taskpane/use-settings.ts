import { useCallback, useEffect, useState } from "react";
import { DEFAULT_SETTINGS, type PaneSettings } from "./host/settings-store";
import type { WorkbookHost } from "./host/workbook-host";
import { usePaneMessages } from "./pane-messages";

/** The options, read from the document (or the browser) once the host is known, saved on change. */
export function useSettings(host: WorkbookHost | null): [PaneSettings, (change: Partial<PaneSettings>) => void] {
  const messages = usePaneMessages();
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);

  useEffect(() => {
    if (host) setSettings(host.settings.load());
  }, [host]);

  const update = useCallback(
    (change: Partial<PaneSettings>) => {
      setSettings((prev) => {
        const next = { ...prev, ...change };
        // The new value applies at once; a failed save is reported but does not undo the choice.
        host?.settings.save(next).catch(messages.report);
        return next;
      });
    },
    [host, messages],
  );

  return [settings, update];
}
