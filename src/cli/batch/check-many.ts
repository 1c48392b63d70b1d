/** `juesuan check` over several workbooks or folders: collect, run, print, write the report. */
import type { TolerancePolicy } from "../../core/rounding";
import { UserInputError } from "../errors";
import { writeOutputFile } from "../output-file";
import { provenanceOf } from "../provenance";
import { batchFailed, batchReportJson, batchTotals, buildBatchReport, renderBatchText, type BatchReport } from "./batch-report";
import type { WorkbookResult } from "./check-file";
import { collectWorkbooks } from "./collect";
import { runBatch } from "./pool";
import { progressOnStderr } from "./progress";

export interface CheckManyOptions {
  policy: TolerancePolicy;
  format: "text" | "json";
  jobs: number;
  output?: string;
  quiet: boolean;
  /** False when the single-workbook output was already printed (one file with -o). */
  print: boolean;
}

export async function checkMany(args: readonly string[], o: CheckManyOptions): Promise<void> {
  const tasks = await collectWorkbooks(args, o.output ? [o.output] : []);
  if (tasks.length === 0) throw new UserInputError("没有找到要校验的 .xlsx 工作簿。");
  const progress = progressOnStderr({ quiet: o.quiet });
  const checked = await runBatch(tasks, o.policy, o.jobs, { onProgress: progress.update });
  progress.done();
  const provenance = provenanceOf(o.policy);
  const totals = batchTotals(checked);
  // The JSON report prints the workers' text as it is; the text and the report workbook read it back.
  let parsed: BatchReport | undefined;
  const report = (): BatchReport => (parsed ??= buildBatchReport(checked.map((c) => JSON.parse(c.json) as WorkbookResult), provenance));
  if (o.print) {
    process.stdout.write(o.format === "json" ? `${batchReportJson({ totals, provenance }, checked.map((c) => c.json))}\n` : `${renderBatchText(report())}\n`);
    if (batchFailed(totals)) process.exitCode = 1;
  }
  if (o.output) {
    const { buildReportWorkbook } = await import("./report-workbook");
    await writeOutputFile(o.output, await buildReportWorkbook(report()));
    if (!o.quiet) process.stderr.write(`已写出审核汇总：${o.output}\n`);
  }
}
