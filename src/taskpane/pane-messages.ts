/**
 * The pane's message channel: every error (and every "done" notice) reaches the one boundary,
 * PaneErrorBoundary, which shows it in Chinese in a MessageBar. Hooks call `report(err)` in the
 * catch of an action; nothing else in the pane catches errors to show them.
 */
import { createContext, useContext } from "react";

export type PaneMessage =
  | { readonly kind: "error"; readonly text: string; readonly id: number }
  | { readonly kind: "success" | "info" | "warning"; readonly text: string; readonly id: number };

export interface PaneMessages {
  /** Shows a thrown value as a Chinese error (see host/user-message.ts). */
  report(err: unknown): void;
  /** Shows a short notice ("已标记 12 个单元格"). */
  notify(kind: "success" | "info" | "warning", text: string): void;
  dismiss(): void;
}

const fallback: PaneMessages = {
  // Outside the boundary (a test rendering one component) there is nobody to show the error to:
  // rethrowing keeps it from being swallowed.
  report(err) {
    throw err;
  },
  notify() {},
  dismiss() {},
};

export const PaneMessagesContext = createContext<PaneMessages>(fallback);

/** The message to show now; the pane renders it under its tabs. */
export const CurrentMessageContext = createContext<PaneMessage | null>(null);

export function useCurrentMessage(): PaneMessage | null {
  return useContext(CurrentMessageContext);
}

export function usePaneMessages(): PaneMessages {
  return useContext(PaneMessagesContext);
}
