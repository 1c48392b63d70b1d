/**
 * Every writer goes through runExcel: one Excel.run per user action, errors turned into Chinese
 * messages (errors.ts), and the actions of this add-in run one after another. The queue matters:
 * a user who presses 校验 twice quickly would otherwise start two batches that both find no
 * 审核结果 sheet and both try to add one, or both save the user's fills after the first one
 * painted them — the second would then "restore" our own red.
 */
import { OfficeAdapterError } from "./errors";

let queue: Promise<unknown> = Promise.resolve();

export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    try {
      return await Excel.run(batch);
    } catch (err) {
      throw OfficeAdapterError.from(err);
    }
  };
  const result = queue.then(run, run);
  // The next action waits for this one whether it succeeded or not.
  queue = result.catch(() => undefined);
  return result;
}

/** Office.context is absent outside Office (a plain browser, tests without the fake). */
export function isSetSupported(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

/** An error of our own (not from Office) with a code the task pane can tell apart. */
export function adapterError(code: string, message: string): OfficeAdapterError {
  return new OfficeAdapterError({ code, message, detail: `${code}: ${message}` });
}
