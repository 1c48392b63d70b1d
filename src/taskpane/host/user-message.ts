/**
 * Every error the pane shows passes through here: one place turns whatever was thrown into a
 * Chinese sentence for the user and a detail line for the developer console. Errors that already
 * carry a Chinese message for the user (the adapters', the host's, the pane's own) keep it.
 */
import { describeOfficeError, OfficeAdapterError } from "../../adapters/office/errors";
import { WorkbookReadError } from "../../adapters/xlsx/errors";
import { HostUnavailableError } from "./workbook-host";

/** An error the pane raises itself, with a message written for the user. */
export class PaneError extends Error {
  override readonly name = "PaneError";
}

export interface UserMessage {
  /** Chinese, shown in the MessageBar. */
  readonly text: string;
  /** For the console and bug reports, never shown as the message. */
  readonly detail: string;
}

export const UNEXPECTED = "操作没有完成：助手遇到了意外错误。请重试；如果仍然出现，请关闭并重新打开任务窗格。";

export function toUserMessage(err: unknown): UserMessage {
  if (err instanceof PaneError || err instanceof HostUnavailableError || err instanceof WorkbookReadError) {
    return { text: err.message, detail: `${err.name}: ${err.message}` };
  }
  if (err instanceof OfficeAdapterError) return { text: err.message, detail: err.detail };
  // Office.js errors that did not pass through an adapter still carry a code: map it by code.
  if (typeof err === "object" && err !== null && typeof (err as { code?: unknown }).code === "string") {
    const d = describeOfficeError(err);
    return { text: d.message, detail: d.detail };
  }
  if (err instanceof DOMException && err.name === "NotAllowedError") {
    return { text: "浏览器不允许访问剪贴板。请手动选中文字后按 Ctrl+C 复制。", detail: `${err.name}: ${err.message}` };
  }
  const detail = err instanceof Error ? `${err.name}: ${err.message}${err.stack ? `\n${err.stack}` : ""}` : String(err);
  return { text: UNEXPECTED, detail };
}
