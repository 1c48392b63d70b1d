import { useCallback } from "react";
import type { Paragraph } from "../core/narrative";
import { usePaneMessages } from "./pane-messages";
import { copyText } from "./view/clipboard";
import { toClipboard } from "./view/narrative-view";

const DONE = {
  copyEvent: "可以直接粘贴到 Word（保留段落和格式）。",
  rich: "可以直接粘贴到 Word（保留段落和格式）。",
  plain: "已复制为纯文本。",
} as const;

/**
 * Copies paragraphs to the clipboard and says how; a refusal reaches the pane's error bar. Call it
 * straight from the click handler: the first way (a copy event) only works inside the gesture.
 */
export function useCopy(): (paragraphs: readonly Paragraph[], what: string) => void {
  const { notify, report } = usePaneMessages();
  return useCallback(
    (paragraphs, what) => {
      copyText(toClipboard(paragraphs)).then((method) => notify("success", `已复制${what}。${DONE[method]}`), report);
    },
    [notify, report],
  );
}
