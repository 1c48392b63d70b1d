import { tokens } from "@fluentui/react-components";

/**
 * A list entry drawn as a full-width button with a coloured left edge (findings, causes): the
 * shared base of their styles, so both lists line up and keep one focus ring.
 */
export const LIST_ITEM_BUTTON = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalXXS,
  width: "100%",
  boxSizing: "border-box",
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  border: "none",
  textAlign: "start",
  font: "inherit",
  color: "inherit",
  cursor: "pointer",
  ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
} as const;
