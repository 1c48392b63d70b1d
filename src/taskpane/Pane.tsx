import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { ChartsPanel } from "./ChartsPanel";
import { CheckPanel } from "./CheckPanel";
import { FileBar } from "./FileBar";
import { Header } from "./Header";
import { FileWorkbookHost } from "./host/file-workbook-host";
import { NarrativePanel } from "./NarrativePanel";
import { isOfflinePage } from "./page-mode";
import { PaneMessageBar } from "./PaneMessageBar";
import { isTabId, type TabId, TABS } from "./tabs";
import { useOfficeHost } from "./use-office-host";
import { chosenTemplate } from "./narrative-settings";
import { usePaneActions } from "./use-pane-actions";
import { useSettings } from "./use-settings";
import { useWorkbookHost } from "./use-workbook-host";
import { useWorkbookSession } from "./use-workbook-session";

const useStyles = makeStyles({
  tabs: {
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: { flexGrow: 1, padding: tokens.spacingHorizontalM, minWidth: 0 },
});

/** The sample workbook `npm start` serves beside the pane. */
export const SAMPLE_URL = "sample.xlsx";

/** `?sample=1` opens the sample at once (npm start prints such an address). */
function wantsSample(): boolean {
  return typeof location !== "undefined" && new URLSearchParams(location.search).get("sample") === "1";
}

export function Pane() {
  const styles = useStyles();
  const hostState = useOfficeHost();
  const host = useWorkbookHost(hostState);
  const [settings, updateSettings] = useSettings(host);
  const session = useWorkbookSession(host);
  const actions = usePaneActions(host, session, chosenTemplate(settings));
  const [selected, setSelected] = useState<TabId>("check");
  const fileHost = host instanceof FileWorkbookHost ? host : null;
  const canRun = host !== null && (fileHost === null || session.fileName !== null);
  // Only a browser needs a file; while Office is still starting, the buttons just wait.
  const needsFile = fileHost !== null && session.fileName === null;

  const sampleRequested = useRef(false);
  const { openUrl } = session;
  useEffect(() => {
    if (fileHost && wantsSample() && !sampleRequested.current) {
      sampleRequested.current = true;
      void openUrl(SAMPLE_URL);
    }
  }, [fileHost, openUrl]);

  const panelProps = { session, actions, canRun, needsFile };
  return (
    <>
      <Header host={hostState} />
      {fileHost && (
        <FileBar
          fileName={session.fileName}
          busy={session.busy !== null}
          onFile={(f) => void session.openFile(f)}
          onSample={isOfflinePage() ? null : () => void openUrl(SAMPLE_URL)}
        />
      )}
      <TabList
        className={styles.tabs}
        size="medium"
        selectedValue={selected}
        onTabSelect={(_, data) => {
          if (isTabId(data.value)) setSelected(data.value);
        }}
      >
        {TABS.map((t) => (
          <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <PaneMessageBar />
      {/* All panels stay mounted (hidden when not selected): filters and chart choices survive a tab switch. */}
      {TABS.map((t) => (
        <main key={t.id} id={`panel-${t.id}`} role="tabpanel" aria-labelledby={`tab-${t.id}`} className={styles.panel} hidden={t.id !== selected}>
          {t.id === "check" && <CheckPanel {...panelProps} />}
          {t.id === "narrative" && <NarrativePanel {...panelProps} settings={settings} onSettings={updateSettings} />}
          {t.id === "charts" && <ChartsPanel {...panelProps} settings={settings} onSettings={updateSettings} />}
        </main>
      ))}
    </>
  );
}
