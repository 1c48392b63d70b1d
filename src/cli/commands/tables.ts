import type { Command } from "commander";
import { loadWorkbookFile, parseFormat } from "../load";
import { buildTablesReport, renderTablesText } from "../tables-report";

export function registerTables(program: Command): void {
  program
    .command("tables")
    .description("列出识别到的 14 张附表：所在工作表、列的含义、行数、合计和读取问题")
    .argument("<file.xlsx>", "决算公开工作簿")
    .option("--format <format>", "输出格式：text 或 json", "text")
    .action(async (file: string, opts: { format?: string }) => {
      const format = parseFormat(opts.format);
      const { workbook } = await loadWorkbookFile(file);
      const report = buildTablesReport(workbook);
      process.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : `${renderTablesText(report)}\n`);
    });
}
