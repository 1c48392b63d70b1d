import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT, FIGURES_2021_PUBLISHED } from "../../sample";
import { UserInputError } from "../errors";

export function registerSample(program: Command): void {
  program
    .command("sample")
    .description("写出内置样例工作簿（攀枝花市人民政府办公室 2021 年度决算公开的数字）")
    .requiredOption("-o, --output <file.xlsx>", "输出文件")
    .option("--published", "使用原公开数字（含两处 0.01 万元的结转结余差异），默认使用一致版本")
    .action(async (opts: { output: string; published?: boolean }) => {
      if (!/\.xlsx$/i.test(opts.output)) throw new UserInputError(`输出文件应以 .xlsx 结尾：${opts.output}`);
      const bytes = await buildSampleWorkbook(opts.published ? FIGURES_2021_PUBLISHED : FIGURES_2021_CONSISTENT, {});
      try {
        await writeFile(opts.output, bytes);
      } catch (err) {
        throw new UserInputError(`无法写入 ${opts.output}：${(err as Error).message}`);
      }
      process.stderr.write(`已写出样例工作簿：${opts.output}\n`);
    });
}
