/**
 * Copies rich text (for Word) with plain text beside it:
 *   1. synchronously, inside the click: a `copy` event whose handler sets text/html and
 *      text/plain on the event's clipboardData (started by document.execCommand("copy")). It needs
 *      no permission, so it works in Excel on the web's add-in frame — where the async clipboard is
 *      blocked by the frame's permissions policy (OfficeDev/office-js#1991, #3480) — and it keeps
 *      the formatting Word pastes;
 *   2. the async Clipboard API (ClipboardItem with both types, then writeText), only where the
 *      page is allowed to use it (permissions policy "clipboard-write");
 * and throws a PaneError when neither works, so the user is told to copy by hand.
 */
import { PaneError } from "../host/user-message";
import type { ClipboardText } from "./narrative-view";

export type CopyMethod = "copyEvent" | "rich" | "plain";

/** The browser features used, injectable so that each way can be tested without a browser. */
export interface ClipboardEnv {
  /** Synchronous copy through a `copy` event; true when the event set both formats. */
  readonly copyEvent?: ((content: ClipboardText) => boolean) | undefined;
  readonly clipboard?: Pick<Clipboard, "write" | "writeText"> | undefined;
  readonly makeItem?: ((items: Record<string, Blob>) => ClipboardItem) | undefined;
  /** False where the permissions policy forbids clipboard-write (the async API would only fail). */
  readonly asyncAllowed?: boolean | undefined;
}

export function browserClipboardEnv(): ClipboardEnv {
  const doc = typeof document !== "undefined" ? document : undefined;
  return {
    copyEvent: doc ? (content) => copyThroughEvent(content, doc) : undefined,
    clipboard: typeof navigator !== "undefined" ? navigator.clipboard : undefined,
    makeItem: typeof ClipboardItem !== "undefined" ? (items) => new ClipboardItem(items) : undefined,
    asyncAllowed: doc ? asyncClipboardAllowed(doc) : false,
  };
}

/**
 * Not async on purpose: the copy event must run inside the user's click, before any await —
 * browsers honour execCommand("copy") only during a user gesture.
 */
export function copyText(content: ClipboardText, env: ClipboardEnv = browserClipboardEnv()): Promise<CopyMethod> {
  try {
    if (env.copyEvent?.(content)) return Promise.resolve("copyEvent");
  } catch {
    // A browser that throws instead of returning false: try the async API.
  }
  return copyAsync(content, env);
}

async function copyAsync(content: ClipboardText, { clipboard, makeItem, asyncAllowed }: ClipboardEnv): Promise<CopyMethod> {
  if (asyncAllowed !== false && clipboard?.write && makeItem) {
    try {
      await clipboard.write([
        makeItem({
          "text/html": new Blob([content.html], { type: "text/html" }),
          "text/plain": new Blob([content.text], { type: "text/plain" }),
        }),
      ]);
      return "rich";
    } catch {
      // Permission refused or HTML not allowed here: plain text may still work.
    }
  }
  if (asyncAllowed !== false && clipboard?.writeText) {
    try {
      await clipboard.writeText(content.text);
      return "plain";
    } catch {
      // As above.
    }
  }
  throw new PaneError("无法写入剪贴板（浏览器或 Office 不允许）。请在下方选中文字后按 Ctrl+C 复制。");
}

/** Chromium's document.permissionsPolicy (formerly featurePolicy); unknown means allowed. */
function asyncClipboardAllowed(doc: Document): boolean {
  type Policy = { allowsFeature(feature: string): boolean };
  const d = doc as Document & { permissionsPolicy?: Policy; featurePolicy?: Policy };
  const policy = d.permissionsPolicy ?? d.featurePolicy;
  try {
    return policy ? policy.allowsFeature("clipboard-write") : true;
  } catch {
    return true;
  }
}

/**
 * execCommand("copy") fires a `copy` event; its handler puts both formats on the clipboard and
 * cancels the default (which would copy the selection). A selection inside the document is made
 * first because Safari fires the event only when there is one.
 */
export function copyThroughEvent(content: ClipboardText, doc: Document): boolean {
  let set = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", content.html);
    event.clipboardData.setData("text/plain", content.text);
    event.preventDefault();
    set = true;
  };
  const area = doc.createElement("textarea");
  area.value = content.text;
  area.setAttribute("readonly", "");
  // Off-screen but not display:none — a hidden element cannot hold a selection.
  area.style.position = "fixed";
  area.style.top = "-1000px";
  area.style.opacity = "0";
  const previous = doc.activeElement as HTMLElement | null;
  doc.addEventListener("copy", onCopy, true);
  doc.body.appendChild(area);
  try {
    area.select();
    area.setSelectionRange(0, content.text.length);
    return doc.execCommand("copy") && set;
  } catch {
    return false;
  } finally {
    doc.removeEventListener("copy", onCopy, true);
    area.remove();
    if (previous && typeof previous.focus === "function") previous.focus();
  }
}
