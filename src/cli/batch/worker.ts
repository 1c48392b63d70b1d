/**
 * Worker-thread entry of `juesuan check` over many workbooks (bundled to dist/check-worker.js).
 * The libraries (exceljs, jszip, the rules) are loaded once, when the first workbook arrives, and
 * stay loaded for every later one.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { TolerancePolicy } from "../../core/rounding";
import { checkFile } from "./check-file";
import type { BatchTask } from "./collect";

export interface WorkerRequest {
  readonly index: number;
  readonly task: BatchTask;
}

const policy = (workerData as { policy: TolerancePolicy }).policy;
const port = parentPort;
if (port) {
  port.on("message", (req: WorkerRequest) => {
    void checkFile(req.task, policy).then((result) => port.postMessage({ index: req.index, result }));
  });
}
