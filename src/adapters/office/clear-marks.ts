/**
 * 清除标记: every cell marked by an earlier 校验 gets its own fill back (or no fill), unless the
 * user has painted it since — then the user's fill stays. Likewise every cell changed by
 * 应用舍位平衡 gets its original value back, unless the user typed over it since. Three syncs:
 * names, current fills and values, writes. The 审核结果 sheet is left as it is.
 */
import { planValueRestore } from "./apply-rounding";
import { patternSupported } from "./fills";
import { assertUnprotected, planMarks, sheetsTouched } from "./marks";
import { loadWorkbookState } from "./own-sheets";
import { runExcel } from "./run";
import { assertWorkbookWritable } from "./workbook-guard";

export interface ClearMarksResult {
  /** Cells given their own fill back. */
  readonly restored: number;
  /** Marked cells the user had painted since: their fill was kept. */
  readonly kept: number;
  /** Cells given back the value they had before 应用舍位平衡. */
  readonly valuesRestored: number;
  /** Cells changed by 应用舍位平衡 that the user typed over since: their value was kept. */
  readonly valuesKept: number;
}

export function clearMarks(): Promise<ClearMarksResult> {
  const withPattern = patternSupported();
  return runExcel(async (context) => {
    const readState = loadWorkbookState(context, { protection: true, writing: true });
    await context.sync();
    const state = readState();
    assertWorkbookWritable(state.workbook, "清除标记", null);
    const values = planValueRestore(state);
    assertUnprotected(state, [...sheetsTouched(state, []), ...values.sheets], "清除标记");
    const plan = planMarks(context, state, [], withPattern);
    const valueReads = values.read(context);
    if (plan.reads + valueReads > 0) await context.sync();
    const { restored, kept } = plan.write(context);
    const v = values.write(context);
    await context.sync();
    return { restored, kept, valuesRestored: v.restored, valuesKept: v.kept };
  });
}
