/**
 * Runs the batch in `jobs` worker threads, each given the next workbook as soon as it is done
 * with one (the sizes of workbooks differ), with one more queued behind it. Results keep the order
 * of the tasks whatever order they finish in. Even one job runs in a worker, so that one code path
 * serves every --jobs.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { TolerancePolicy } from "../../core/rounding";
import { UserInputError } from "../errors";
import { toChecked, type CheckedWorkbook } from "./check-file";
import type { BatchTask } from "./collect";
import type { WorkerReply, WorkerRequest } from "./worker";

/** Called after each workbook: how many are done, and the one just finished. */
export type OnProgress = (done: number, total: number, file: string) => void;

/**
 * Workbooks sent ahead to each worker: while it checks one, the next one's file is already being
 * read, so a worker never waits for the main thread or the disk.
 */
const IN_FLIGHT = 2;

/** The bundled worker sits next to the bundled command (scripts/build-cli.mjs builds both). */
export const WORKER_FILE = "check-worker.js";

export interface BatchOptions {
  /** Called after each workbook. */
  readonly onProgress?: OnProgress;
  /** The worker script; the bundled check-worker.js beside the command by default (tests give their own). */
  readonly workerFile?: string;
}

export async function runBatch(tasks: readonly BatchTask[], policy: TolerancePolicy, jobs: number, options: BatchOptions = {}): Promise<CheckedWorkbook[]> {
  const onProgress = options.onProgress ?? (() => undefined);
  const results: CheckedWorkbook[] = new Array<CheckedWorkbook>(tasks.length);
  const threads = Math.max(1, Math.min(jobs, tasks.length));
  const workerPath = options.workerFile ?? join(__dirname, WORKER_FILE);
  // Without it every workbook would fail one by one: say once what to do.
  if (!existsSync(workerPath)) throw new UserInputError(`找不到工作线程文件 ${workerPath}：请先运行 npm run build:cli。`, 3);
  let next = 0;
  let done = 0;
  const failed = (index: number, reason: string): CheckedWorkbook =>
    toChecked({ file: tasks[index]!.path, sha256: null, status: "failed", reason, unitName: null, family: null, summary: { error: 0, rounding: 0, warning: 0, info: 0 }, findings: [], loadIssues: [] });
  await new Promise<void>((resolveAll, rejectAll) => {
    let live = 0;
    /** Workbooks given back by a worker that died before it reached them. */
    const retry: number[] = [];
    const take = (): number | undefined => retry.shift() ?? (next < tasks.length ? next++ : undefined);
    const start = (): void => {
      live++;
      const worker = new Worker(workerPath, { workerData: { policy } });
      // The worker handles its workbooks one after the other, in the order sent.
      const inFlight: number[] = [];
      const feed = (): void => {
        while (inFlight.length < IN_FLIGHT) {
          const index = take();
          if (index === undefined) break;
          inFlight.push(index);
          worker.postMessage({ index, task: tasks[index]! } satisfies WorkerRequest);
        }
        if (inFlight.length === 0) void worker.terminate();
      };
      worker.on("message", (msg: WorkerReply) => {
        inFlight.splice(inFlight.indexOf(msg.index), 1);
        results[msg.index] = msg.checked;
        onProgress(++done, tasks.length, tasks[msg.index]!.path);
        feed();
      });
      // A worker that dies with workbooks in hand (a crash in a library, out of memory, an exit)
      // loses only the one it was on; the others go to a new worker.
      let crash: string | null = null;
      worker.on("error", (err) => {
        crash = err.message;
      });
      worker.on("exit", (code) => {
        live--;
        const current = inFlight.shift();
        if (current !== undefined) {
          results[current] = failed(current, `程序内部错误：${crash ?? `工作线程意外退出（退出码 ${code}）`}`);
          onProgress(++done, tasks.length, tasks[current]!.path);
          retry.push(...inFlight.splice(0));
        }
        if (retry.length > 0 || next < tasks.length) start();
        if (live === 0) {
          if (done < tasks.length) rejectAll(new Error("批量校验的工作线程意外退出。"));
          else resolveAll();
        }
      });
      feed();
    };
    for (let t = 0; t < threads; t++) start();
  });
  return results;
}
