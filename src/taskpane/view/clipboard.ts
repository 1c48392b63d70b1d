/**
 * Copies rich text (for Word) with plain text beside it, falling back step by step:
 *   1. navigator.clipboard.write with a ClipboardItem holding text/html and text/plain;
 *   2. navigator.clipboard.writeText (Firefox before 127, and hosts that refuse HTML);
 *   3. a hidden textarea + document.execCommand("copy") — the Office web client's iframe is
 *      not granted the async clipboard API, and this old path is all that works there.
 * Throws a PaneError when all three fail, so the user is told to copy by hand.
 */
import { PaneError } from "../host/user-message";
import type { ClipboardText } from "./narrative-view";

export type CopyMethod = "rich" | "plain" | "execCommand";

/** The browser features used, injectable so that the fallbacks can be tested without a browser. */
export interface ClipboardEnv {
  readonly clipboard?: Pick<Clipboard, "write" | "writeText"> | undefined;
  readonly makeItem?: ((items: Record<string, Blob>) => ClipboardItem) | undefined;
  readonly execCopy?: ((text: string) => boolean) | undefined;
}

export function browserClipboardEnv(): ClipboardEnv {
  return {
    clipboard: typeof navigator !== "undefined" ? navigator.clipboard : undefined,
    makeItem: typeof ClipboardItem !== "undefined" ? (items) => new ClipboardItem(items) : undefined,
    execCopy: typeof document !== "undefined" ? execCommandCopy : undefined,
  };
}

export async function copyText(content: ClipboardText, env: ClipboardEnv = browserClipboardEnv()): Promise<CopyMethod> {
  const { clipboard, makeItem, execCopy } = env;
  if (clipboard?.write && makeItem) {
    try {
      await clipboard.write([
        makeItem({
          "text/html": new Blob([content.html], { type: "text/html" }),
          "text/plain": new Blob([content.text], { type: "text/plain" }),
        }),
      ]);
      return "rich";
    } catch {
      // Permission refused or HTML not allowed here: the next way may still work.
    }
  }
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(content.text);
      return "plain";
    } catch {
      // As above: fall through to execCommand.
    }
  }
  if (execCopy?.(content.text)) return "execCommand";
  throw new PaneError("无法写入剪贴板（浏览器或 Office 不允许）。请在下方选中文字后按 Ctrl+C 复制。");
}

/** The pre-async-clipboard way; it needs a selection inside the document, hence the textarea. */
function execCommandCopy(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  // Off-screen but not display:none — a hidden element cannot hold a selection.
  area.style.position = "fixed";
  area.style.top = "-1000px";
  area.style.opacity = "0";
  document.body.appendChild(area);
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    return document.execCommand("copy");
  } catch {
    return false; // some browsers throw instead of returning false
  } finally {
    area.remove();
    previous?.focus();
  }
}
