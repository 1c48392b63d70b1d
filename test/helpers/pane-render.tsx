/**
 * The pane's panels rendered on the server (no DOM in jest): the Fluent providers around a node,
 * a finished workbook session, and the actions of the two hosts (Excel can write, a browser cannot).
 */
import { FluentProvider, SSRProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import type { Analysis } from "../../src/core/analyze";
import type { PaneActions } from "../../src/taskpane/use-pane-actions";
import type { WorkbookSession } from "../../src/taskpane/use-workbook-session";

export function render(node: ReactElement): string {
  return renderToString(
    <SSRProvider>
      <FluentProvider theme={webLightTheme}>{node}</FluentProvider>
    </SSRProvider>,
  );
}

/** A session that has checked `analysis` (or is idle without one), for a file of that name in the browser. */
export function session(analysis: Analysis | null, fileName: string | null = null): WorkbookSession {
  const none = async () => undefined;
  return { phase: analysis ? "done" : "idle", busy: null, analysis, fileName, runs: 1, run: none, openFile: none, openUrl: none, act: none };
}

/** A callback that does nothing: an action the host offers. */
export const noop = (): undefined => undefined;
export const EXCEL: PaneActions = { selectCell: noop, markCells: noop, clearMarks: noop, writeNarrative: noop, createTemplate: noop, insertCharts: noop };
export const BROWSER: PaneActions = { selectCell: null, markCells: null, clearMarks: null, writeNarrative: null, createTemplate: null, insertCharts: null };
