/**
 * Refusing early, before anything is written, when the workbook as a whole cannot take the write:
 * - read-only (Workbook.readOnly, ExcelApi 1.8): Excel on the web in 查看 mode, a file opened
 *   read-only or locked by another user;
 * - structure protection (Workbook.protection.protected, ExcelApi 1.7; 审阅 › 保护工作簿): no sheet
 *   can be added, deleted or renamed, so 审核结果 / 情况说明 / 图表 / 补充信息 cannot be made.
 * Telling the user to unprotect a *sheet* (what AccessDenied otherwise says) would send them the
 * wrong way. On hosts below those sets the flags read false and Excel's own error still comes,
 * translated in errors.ts.
 */
import { adapterError, isSetSupported } from "./run";

export interface WorkbookFlags {
  readonly readOnly: boolean;
  readonly structureProtected: boolean;
}

export const WRITABLE: WorkbookFlags = { readOnly: false, structureProtected: false };

/** Queues the loads (only what the host supports); call the returned function after the sync. */
export function loadWorkbookFlags(context: Excel.RequestContext): () => WorkbookFlags {
  const workbook = context.workbook;
  const withReadOnly = isSetSupported("1.8");
  const withProtection = isSetSupported("1.7");
  if (withReadOnly) workbook.load("readOnly");
  const protection = withProtection ? workbook.protection.load("protected") : null;
  return () => ({ readOnly: withReadOnly ? workbook.readOnly === true : false, structureProtected: protection?.protected === true });
}

export const READ_ONLY_MESSAGE =
  "工作簿以只读方式打开，助手无法写入。请在 Excel 网页版中点击“编辑工作簿”，或关闭只读（或另存一份）后重试；工作簿未作任何改动。";

/** doing: "写入审核结果"; sheet: the sheet the action would add, when it adds one. */
export function assertWorkbookWritable(flags: WorkbookFlags, doing: string, sheet: string | null): void {
  if (flags.readOnly) throw adapterError("AccessDenied", READ_ONLY_MESSAGE.replace("助手无法写入", `助手无法${doing}`));
  if (flags.structureProtected && sheet !== null) {
    throw adapterError(
      "AccessDenied",
      `工作簿结构受保护，助手无法添加“${sheet}”工作表，因此无法${doing}。请在“审阅”选项卡中点击“保护工作簿”撤销工作簿保护后重试；工作簿未作任何改动。`,
    );
  }
}
