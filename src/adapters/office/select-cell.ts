/**
 * Jump to a finding's cell: activate its sheet and select the cell, in one sync — a click in the
 * pane should feel instant, so the sheet is not looked up first; if it is gone, Excel's
 * ItemNotFound is turned into a message that names it.
 */
import { formatRef, toA1, type CellRef } from "../../core/cells";
import { OfficeAdapterError } from "./errors";
import { adapterError, runExcel } from "./run";

/** ref: a cell as the core names it (Finding.refs, Cause.ref), never parsed from text. */
export async function selectCell(ref: CellRef): Promise<void> {
  try {
    await runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ref.sheet);
      sheet.activate();
      sheet.getRange(toA1(ref.row, ref.col)).select();
      await context.sync();
    });
  } catch (err) {
    if (err instanceof OfficeAdapterError && err.code === "ItemNotFound") {
      throw adapterError("ItemNotFound", `找不到工作表“${ref.sheet}”，可能已被重命名或删除，无法跳转到 ${formatRef(ref)}。请重新校验后再试。`);
    }
    if (err instanceof OfficeAdapterError && err.code === "InvalidOperation") {
      throw adapterError("InvalidOperation", `工作表“${ref.sheet}”已隐藏，无法跳转到 ${formatRef(ref)}。请先取消隐藏该工作表。`);
    }
    throw err;
  }
}
