import type { Command } from "commander";
import { INTERVAL_POLICY, parseTolerance } from "../../core/rounding";
import { checkWorkbook } from "../../core/rules";
import { UserInputError } from "../errors";
import { loadWorkbookFile, parseFormat } from "../load";
import { buildCheckReport, renderCheckText } from "../check-report";

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("校验附表的表内、表间勾稽关系（四舍五入区间判断）；有错误时退出码为 1")
    .argument("<file.xlsx>", "决算公开工作簿")
    .option("--format <format>", "输出格式：text 或 json", "text")
    .option("--tolerance <policy>", "容差：interval（默认，按四舍五入区间）、exact（必须完全相等）或 fixed:<万元>", "interval")
    .action(async (file: string, opts: { format?: string; tolerance?: string }) => {
      const format = parseFormat(opts.format);
      const policy = opts.tolerance ? parseTolerance(opts.tolerance) : INTERVAL_POLICY;
      if (!policy) throw new UserInputError(`--tolerance 只能是 interval、exact 或 fixed:<万元>（如 fixed:0.01），收到“${opts.tolerance}”。`);
      const { workbook } = await loadWorkbookFile(file);
      const result = checkWorkbook(workbook, { tolerance: policy });
      const report = buildCheckReport(workbook, result, policy);
      process.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : `${renderCheckText(report)}\n`);
      if (report.summary.error > 0) process.exitCode = 1;
    });
}
