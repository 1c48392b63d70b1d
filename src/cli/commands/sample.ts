import type { Command } from "commander";
import { assertOutputAllowed, writeOutputFile } from "../output-file";

export function registerSample(program: Command): void {
  program
    .command("sample")
    .description("写出内置样例工作簿（攀枝花市人民政府办公室 2021 年度决算公开的数字）")
    .requiredOption("-o, --output <file.xlsx>", "输出文件（已存在时不覆盖，除非加 --force）")
    .option("--published", "使用原公开数字（含两处 0.01 万元的结转结余差异），默认使用一致版本")
    .option("--force", "输出文件已存在时覆盖它")
    .action(async (opts: { output: string; published?: boolean; force?: boolean }) => {
      await assertOutputAllowed(opts.output, opts.force);
      // The generator needs exceljs: loaded here, not when the command line starts.
      const { buildSampleWorkbook, FIGURES_2021_CONSISTENT, FIGURES_2021_PUBLISHED } = await import("../../sample");
      const bytes = await buildSampleWorkbook(opts.published ? FIGURES_2021_PUBLISHED : FIGURES_2021_CONSISTENT, {});
      await writeOutputFile(opts.output, bytes);
      process.stderr.write(`已写出样例工作簿：${opts.output}\n`);
    });
}
