/** `juesuan check` over several workbooks or folders: collect, run, print, write the report. */
import type { TolerancePolicy } from "../../core/rounding";
import { UserInputError } from "../errors";
import { writeOutputFile } from "../output-file";
import { provenanceOf } from "../provenance";
import { batchFailed, batchReportJson, buildBatchReport, renderBatchText, workbookJson } from "./batch-report";
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
  // Each workbook's JSON is written as its result arrives, while the workers go on: a batch's JSON
  // runs to tens of MB, and writing it all at the end kept the run waiting.
  const json = o.print && o.format === "json" ? new Array<string>(tasks.length) : null;
  const results = await runBatch(tasks, o.policy, o.jobs, {
    onProgress: (done, total, file, index, result) => {
      if (json) json[index] = workbookJson(result);
      progress.update(done, total, file);
    },
  });
  progress.done();
  const report = buildBatchReport(results, provenanceOf(o.policy));
  if (o.print) {
    process.stdout.write(json ? `${batchReportJson(report, json)}\n` : `${renderBatchText(report)}\n`);
    if (batchFailed(report.totals)) process.exitCode = 1;
  }
  if (o.output) {
    const { buildReportWorkbook } = await import("./report-workbook");
    await writeOutputFile(o.output, await buildReportWorkbook(report));
    if (!o.quiet) process.stderr.write(`已写出审核汇总：${o.output}\n`);
  }
}
