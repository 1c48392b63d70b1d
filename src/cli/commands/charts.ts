import type { Command } from "commander";
import { analyze } from "../../core/analyze";
import { formatRef } from "../../core/cells";
import { UserInputError } from "../errors";
import { loadSheets, parseFormat } from "../load";

export function registerCharts(program: Command): void {
  program
    .command("charts")
    .description("列出图1–图7 的图表数据（类别与数值，来自附表和补充信息）")
    .argument("<file.xlsx>", "决算公开工作簿")
    .option("--keep-zero-slices", "饼图保留为 0 的类别")
    .option("--format <format>", "输出格式：text 或 json", "text")
    .action(async (file: string, flags: { keepZeroSlices?: boolean; format?: string }) => {
      const format = parseFormat(flags.format);
      const { charts, workbook } = analyze(await loadSheets(file), { charts: { zeroSlices: flags.keepZeroSlices ? "keep" : "drop" } });
      // Seven "无法生成" blocks with 0.00 figures would only hide the one thing to say.
      if (workbook.family === "unknown") throw new UserInputError(`无法绘制图表：${file} 中没有识别出任何决算公开附表（按表名识别，如“收入支出决算总表”）。`, 1);
      if (format === "json") {
        const out = charts.map((c) => ({ ...c, points: c.points.map((p) => ({ category: p.category, value: p.value, cell: p.ref ? formatRef(p.ref) : null, input: p.input })) }));
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      for (const c of charts) {
        process.stdout.write(`${c.caption}（${c.type === "pie" ? "饼图" : "柱形图"}）\n`);
        if (c.unavailable) process.stdout.write(`  无法生成：${c.unavailable}\n`);
        for (const p of c.points) process.stdout.write(`  ${p.category}：${p.value.toFixed(2)} 万元\n`);
        if (c.missing.length) process.stdout.write(`  待补充：${c.missing.join("、")}\n`);
      }
    });
}
