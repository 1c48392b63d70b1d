/**
 * 清除标记: every cell marked by an earlier 校验 gets its own fill back (or no fill), unless the
 * user has painted it since — then the user's fill stays. Three syncs: names, current fills,
 * writes. The 审核结果 sheet is left as it is.
 */
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
}

export function clearMarks(): Promise<ClearMarksResult> {
  const withPattern = patternSupported();
  return runExcel(async (context) => {
    const readState = loadWorkbookState(context, { protection: true, writing: true });
    await context.sync();
    const state = readState();
    assertWorkbookWritable(state.workbook, "清除标记", null);
    assertUnprotected(state, sheetsTouched(state, []), "清除标记");
    const plan = planMarks(context, state, [], withPattern);
    if (plan.reads > 0) await context.sync();
    const { restored, kept } = plan.write(context);
    await context.sync();
    return { restored, kept };
  });
}
