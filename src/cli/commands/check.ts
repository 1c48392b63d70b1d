import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { INTERVAL_POLICY, parseTolerance, type TolerancePolicy } from "../../core/rounding";
import { checkWorkbook } from "../../core/rules";
import { readWorkbook } from "../../core/tables";
import { buildCheckReport, renderCheckText } from "../check-report";
import { WORKBOOK_UNUSABLE } from "../batch/check-file";
import { UserInputError } from "../errors";
import { parseFormat, parseWorkbookBytes, readInputFile } from "../load";
import { assertOutputAllowed } from "../output-file";
import { provenanceFooter, provenanceOf, sha256Hex } from "../provenance";

interface CheckFlags {
  format?: string;
  tolerance?: string;
  output?: string;
  force?: boolean;
  jobs?: string;
  quiet?: boolean;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UserInputError(`--jobs 应为 1 到 64 之间的整数，收到“${value}”。`);
  return n;
}

/** One file named on its own keeps the single-workbook output; anything else is a batch. */
async function isSingleFile(args: readonly string[]): Promise<boolean> {
  if (args.length !== 1) return false;
  return stat(args[0]!).then(
    (s) => !s.isDirectory(),
    () => true, // a missing file: the single-file message (找不到文件, exit 2)
  );
}

async function checkOne(file: string, policy: TolerancePolicy, format: "text" | "json"): Promise<void> {
  const bytes = await readInputFile(file);
  const workbook = readWorkbook(await parseWorkbookBytes(file, bytes));
  const report = buildCheckReport(workbook, checkWorkbook(workbook, { tolerance: policy }), policy);
  const provenance = provenanceOf(policy);
  const sha256 = sha256Hex(bytes);
  if (format === "json") {
    process.stdout.write(`${JSON.stringify({ ...report, file, sha256, provenance }, null, 2)}\n`);
  } else {
    // A workbook without any 决算 table was not checked at all: say that, not "错误 0 条".
    const noTables = workbook.family === "unknown" ? report.loadIssues.find((i) => i.code === "no-tables") : undefined;
    const body = noTables ? `未校验：${noTables.message}` : renderCheckText(report);
    process.stdout.write(`${body}\n${provenanceFooter(provenance, [{ file, sha256 }])}\n`);
  }
  if (report.summary.error > 0 || report.loadIssues.some((i) => WORKBOOK_UNUSABLE.has(i.code))) process.exitCode = 1;
}

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("校验附表的表内、表间勾稽关系（四舍五入区间判断）；可一次校验多个文件或文件夹；有错误或无法读取时退出码为 1")
    .argument("<文件或文件夹...>", "决算公开工作簿（.xlsx），或包含工作簿的文件夹（含子文件夹）")
    .option("--format <format>", "输出格式：text 或 json", "text")
    .option("--tolerance <policy>", "容差：interval（按四舍五入区间）、exact（必须完全相等）或 fixed:<万元>", "interval")
    .option("-o, --output <审核汇总.xlsx>", "另写出审核汇总工作簿（汇总表 + 每个工作簿一张明细表）")
    .option("--force", "-o 指定的文件已存在时覆盖它")
    .option("--jobs <n>", "同时校验的工作簿数（工作线程数），默认为处理器核数")
    .option("--quiet", "不在标准错误输出显示进度")
    .action(async (args: string[], opts: CheckFlags) => {
      const format = parseFormat(opts.format);
      const policy = opts.tolerance ? parseTolerance(opts.tolerance) : INTERVAL_POLICY;
      if (!policy) throw new UserInputError(`--tolerance 只能是 interval、exact 或 fixed:<万元>（如 fixed:0.01），收到“${opts.tolerance}”。`);
      const jobs = parseJobs(opts.jobs);
      if (opts.output) await assertOutputAllowed(opts.output, opts.force);
      const single = await isSingleFile(args);
      if (single) await checkOne(args[0]!, policy, format);
      if (single && !opts.output) return;
      const { checkMany } = await import("../batch/check-many");
      // With a single file and -o, the output above stays as it was; the run only adds the report workbook.
      await checkMany(args, { policy, format, jobs, output: opts.output, quiet: opts.quiet ?? false, print: !single });
    });
}
