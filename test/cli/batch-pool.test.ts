/**
 * The batch's worker pool when a worker dies with workbooks in hand: the workbook it was on is a
 * "程序错误" row with the reason, every other workbook is still checked (by a new worker), results
 * keep the order of the files, and the run ends. The workers here are a stand-in script that
 * crashes on cue (test/fixtures/batch-workers/crashing-worker.mjs).
 */
import { join } from "node:path";
import type { WorkbookResult } from "../../src/cli/batch/check-file";
import type { BatchTask } from "../../src/cli/batch/collect";
import { runBatch } from "../../src/cli/batch/pool";
import { INTERVAL_POLICY } from "../../src/core/rounding";

const WORKER = join(__dirname, "../fixtures/batch-workers/crashing-worker.mjs");
const tasks = (names: string[]): BatchTask[] => names.map((path) => ({ path, fromFolder: true }));

describe("a worker that dies loses only the workbook it was on", () => {
  it.each([1, 2])("with --jobs %i: a throw and an exit fail their own workbook; the others are checked, in order", async (jobs) => {
    const names = ["a.xlsx", "crash-1.xlsx", "b.xlsx", "c.xlsx", "exit-1.xlsx", "d.xlsx", "e.xlsx", "crash-2.xlsx", "f.xlsx"];
    const done: string[] = [];
    const checked = await runBatch(tasks(names), INTERVAL_POLICY, jobs, { workerFile: WORKER, onProgress: (_n, _t, file) => done.push(file) });
    const results = checked.map((c) => JSON.parse(c.json) as WorkbookResult);
    expect(checked.map((c) => c.status)).toEqual(results.map((r) => r.status));
    expect(results.map((r) => r.file)).toEqual(names);
    expect(results.map((r) => r.status)).toEqual(["ok", "failed", "ok", "ok", "failed", "ok", "ok", "failed", "ok"]);
    expect(results[1]!.reason).toBe("程序内部错误：simulated crash on crash-1.xlsx");
    expect(results[4]!.reason).toBe("程序内部错误：工作线程意外退出（退出码 7）");
    expect([...done].sort()).toEqual([...names].sort());
  });

  it("the run ends even when every workbook kills its worker", async () => {
    const names = ["crash-a.xlsx", "exit-b.xlsx", "crash-c.xlsx"];
    const results = await runBatch(tasks(names), INTERVAL_POLICY, 2, { workerFile: WORKER });
    expect(results.map((r) => r.status)).toEqual(["failed", "failed", "failed"]);
  });

  it("a missing worker script is one message saying what to do", async () => {
    await expect(runBatch(tasks(["a.xlsx"]), INTERVAL_POLICY, 1, { workerFile: join(__dirname, "no-such-worker.js") })).rejects.toThrow("请先运行 npm run build:cli");
  });
});
