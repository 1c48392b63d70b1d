import { makeStyles, tokens } from "@fluentui/react-components";
import type { PaneSettings } from "./host/settings-store";
import type { PaneActions } from "./use-pane-actions";
import type { WorkbookSession } from "./use-workbook-session";

/** What every tab panel gets from the pane. */
export interface PanelProps {
  readonly session: WorkbookSession;
  readonly actions: PaneActions;
  /** False in the browser until a file is open. */
  readonly canRun: boolean;
  /** In a browser before a file is open: say where to start. */
  readonly needsFile: boolean;
}

/** Panels whose options are kept with the document. */
export interface PanelWithSettingsProps extends PanelProps {
  readonly settings: PaneSettings;
  readonly onSettings: (change: Partial<PaneSettings>) => void;
}

/** The layout the three panels share: a column of blocks and a wrapping row of buttons. */
export const usePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});
