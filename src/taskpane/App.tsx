import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { PaneErrorBoundary } from "./PaneErrorBoundary";
import { Pane } from "./Pane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: "320px",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The pane: Fluent theme, the one error boundary, and the pane itself. */
export function App() {
  const styles = useStyles();
  return (
    // Layout lives on an inner div: Fluent copies the provider's className onto its portal mount
    // nodes (tooltips, popovers), and a full-height background there would cover the pane.
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <div className={styles.root}>
        <PaneErrorBoundary>
          <Pane />
        </PaneErrorBoundary>
      </div>
    </FluentProvider>
  );
}
