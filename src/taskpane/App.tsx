import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { ComingSoonPanel } from "./ComingSoonPanel";
import { Header } from "./Header";
import { isTabId, type TabId, TABS } from "./tabs";
import { useOfficeHost } from "./use-office-host";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: "320px",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tabs: {
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalM,
  },
});

export function App() {
  const styles = useStyles();
  const host = useOfficeHost();
  const [selected, setSelected] = useState<TabId>("check");
  const tab = TABS.find((t) => t.id === selected) ?? TABS[0];

  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang="zh-CN">
      <Header host={host} />
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
      <main id={`panel-${tab.id}`} role="tabpanel" aria-labelledby={`tab-${tab.id}`} className={styles.panel}>
        <ComingSoonPanel tab={tab} />
      </main>
    </FluentProvider>
  );
}
