import { access } from "node:fs/promises";
import type { Command } from "commander";
import { SUPPLEMENTARY_SHEET_NAME, supplementaryTemplate, TEMPLATE_HEADER } from "../../core/inputs";
import type { RawSheet, RawValue } from "../../core/raw-sheet";
import { readWorkbook } from "../../core/tables";
import { UserInputError } from "../errors";
import { loadSheets } from "../load";
import { writeOutputFile } from "../output-file";

export function registerInputs(program: Command): void {
  program
    .command("inputs")
    .description("生成空白“补充信息”工作表（每行一个项目及填写说明），供生成情况说明使用")
    .requiredOption("-o, --output <file.xlsx>", "输出文件（已存在时不覆盖）")
    .option("--from <file.xlsx>", "按该工作簿的公开06表列出每个项的“预算数：<科目编码>”行（上海模板另列年初/全年预算数、主要用于、预决算差异原因）")
    .option("--template <name>", "只列该情况说明模板用到的项目：sichuan 或 shanghai；默认按 --from 工作簿的表式，无 --from 时列出全部")
    .action(async (opts: { output: string; from?: string; template?: string }) => {
      if (opts.template !== undefined && opts.template !== "sichuan" && opts.template !== "shanghai") {
        throw new UserInputError(`--template 只能是 sichuan 或 shanghai，收到“${opts.template}”。`);
      }
      if (!/\.xlsx$/i.test(opts.output)) throw new UserInputError(`输出文件应以 .xlsx 结尾：${opts.output}`);
      const exists = await access(opts.output).then(() => true, () => false);
      if (exists) throw new UserInputError(`${opts.output} 已存在，为免覆盖您的文件，请换一个文件名。`);
      const workbook = opts.from ? readWorkbook(await loadSheets(opts.from)) : undefined;
      const rows = supplementaryTemplate(workbook, opts.template as "sichuan" | "shanghai" | undefined);
      const values: RawValue[][] = [[...TEMPLATE_HEADER], ...rows.map((r) => [r.label, null, r.hint])];
      const sheet: RawSheet = { name: SUPPLEMENTARY_SHEET_NAME, origin: { row: 0, col: 0 }, values, numberFormats: values.map((r) => r.map(() => "General")) };
      const { writeRawSheets } = await import("../../adapters/xlsx/write-raw-sheets");
      await writeOutputFile(opts.output, await writeRawSheets([sheet]));
      process.stderr.write(`已写出补充信息模板（${rows.length} 行）：${opts.output}\n`);
    });
}
