/**
 * Worker-thread entry of `juesuan check` over many workbooks (bundled to dist/check-worker.js).
 * The libraries (the reader, the rules) are loaded once, when the first workbook arrives, and
 * stay loaded for every later one.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { TolerancePolicy } from "../../core/rounding";
import { checkFile, readTaskFile, toChecked, type CheckedWorkbook } from "./check-file";
import type { BatchTask } from "./collect";

export interface WorkerRequest {
  readonly index: number;
  readonly task: BatchTask;
}

export interface WorkerReply {
  readonly index: number;
  readonly checked: CheckedWorkbook;
}

const policy = (workerData as { policy: TolerancePolicy }).policy;
const port = parentPort;
if (port) {
  // One workbook at a time, in the order received: the pool counts on finishing order = sending
  // order to know which workbook a crash interrupted. The next file is read while this one is checked.
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (req: WorkerRequest) => {
    const read = req.task.problem ? undefined : readTaskFile(req.task);
    queue = queue.then(async () => port.postMessage({ index: req.index, checked: toChecked(await checkFile(req.task, policy, read)) } satisfies WorkerReply));
  });
}
