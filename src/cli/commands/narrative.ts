import type { Command } from "commander";
import { buildNarrativeDocx } from "../../adapters/docx/narrative-docx";
import { chartInputsOf } from "../../core/analyze";
import { buildCharts } from "../../core/charts";
import { formatRef } from "../../core/cells";
import { mergeInputs, priorFromWorkbook, readInputs } from "../../core/inputs";
import { generateNarrative, isTemplateId, TEMPLATE_IDS, type NarrativeOptions } from "../../core/narrative";
import { readWorkbook } from "../../core/tables";
import { UserInputError } from "../errors";
import { loadSheets, parseFormat } from "../load";
import { writeNewFile } from "../write-docx";

interface NarrativeFlags {
  prior?: string;
  keepZeros?: boolean;
  listZeros?: boolean;
  zeroFund?: string;
  chartLines?: boolean;
  format?: string;
  docx?: string;
  force?: boolean;
  template?: string;
}

export function registerNarrative(program: Command): void {
  program
    .command("narrative")
    .description("由附表和“补充信息”表生成情况说明（四川模板：第二部分一至十；上海模板：第三部分一至十一）")
    .argument("<file.xlsx>", "决算公开工作簿（含“补充信息”工作表）")
    .option("--prior <last-year.xlsx>", "上年度决算公开工作簿：补充信息未填的上年数从中读取")
    .option("--template <name>", "情况说明模板：sichuan（四川 14/13 张表）或 shanghai（上海 9 张表）；默认按工作簿的表式判断")
    .option("--keep-zeros", "保留末尾的 0（689.90、15.00%；上海模板默认保留）")
    .option("--list-zeros", "列出金额为 0 的类别")
    .option("--zero-fund <style>", "无政府性基金/国有资本经营预算时的写法：absence（无…收入和支出）或 amount（支出0万元）", "absence")
    .option("--chart-lines", "写出“（图N：…）”占位行")
    .option("--format <format>", "输出格式：text 或 json", "text")
    .option("--docx <情况说明.docx>", "另写出 Word 文档（公文格式：仿宋_GB2312 三号正文、黑体一级标题、楷体二级标题、28 磅行距）")
    .option("--force", "--docx 的文件已存在时覆盖")
    .action(async (file: string, flags: NarrativeFlags) => {
      const format = parseFormat(flags.format);
      if (flags.docx !== undefined && !/\.docx$/i.test(flags.docx)) throw new UserInputError(`--docx 的文件名应以 .docx 结尾：${flags.docx}`);
      if (flags.zeroFund !== "absence" && flags.zeroFund !== "amount") throw new UserInputError(`--zero-fund 只能是 absence 或 amount，收到“${flags.zeroFund}”。`);
      if (flags.template !== undefined && !isTemplateId(flags.template)) {
        throw new UserInputError(`--template 只能是 ${TEMPLATE_IDS.join(" 或 ")}，收到“${flags.template}”。`);
      }
      const sheets = await loadSheets(file);
      const workbook = readWorkbook(sheets);
      let inputs = readInputs(sheets);
      if (flags.prior) inputs = mergeInputs(inputs, priorFromWorkbook(readWorkbook(await loadSheets(flags.prior)), workbook));
      const options: NarrativeOptions = {
        ...(flags.template !== undefined && isTemplateId(flags.template) ? { template: flags.template } : {}),
        // Unset, the template's own default applies (Shanghai keeps two decimals).
        ...(flags.keepZeros ? { keepTrailingZeros: true } : {}),
        listZeroCategories: flags.listZeros ?? false,
        zeroFundStyle: flags.zeroFund,
        chartPlaceholderLines: flags.chartLines ?? false,
      };
      const n = generateNarrative(workbook, inputs, options);
      if (flags.docx !== undefined) {
        // The document always gets the chart lines: they mark where 图1–图7 belong.
        const withCharts = options.chartPlaceholderLines ? n : generateNarrative(workbook, inputs, { ...options, chartPlaceholderLines: true });
        const charts = buildCharts(workbook, chartInputsOf(inputs, workbook), { zeroSlices: "drop" });
        const doc = await buildNarrativeDocx({ paragraphs: withCharts.paragraphs, charts, title: "情况说明" });
        await writeNewFile(flags.docx, doc.bytes, flags.force ?? false);
        process.stderr.write(`已写出 Word 文档：${flags.docx}（${withCharts.paragraphs.length} 段）\n`);
        if (doc.notDrawn.length) {
          process.stderr.write(
            `命令行没有绘图环境，图${doc.notDrawn.join("、图")} 未画成图片，文档中保留了黄色标出的“（图N：…）”占位行；` +
              "带图片的 Word 可在离线页面 offline.html 或任务窗格中“导出 Word”。\n",
          );
        }
      }
      if (format === "json") {
        const out = {
          paragraphs: n.paragraphs.map((p) => ({ section: p.section, kind: p.kind, text: p.text, cells: p.cells.map(formatRef), inputs: p.inputs, missing: p.missing })),
          missingInputs: n.missingInputs,
          issues: [...workbook.issues, ...inputs.issues].map((i) => ({ code: i.code, severity: i.severity, message: i.message, cells: i.cells.map(formatRef) })),
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${n.text}\n`);
      if (n.missingInputs.length) {
        process.stderr.write(`\n待补充 ${n.missingInputs.length} 项（请在“补充信息”工作表填写）：\n`);
        for (const m of n.missingInputs) process.stderr.write(`  ${m.label}（用于 ${m.sections.join("、")}）\n`);
      }
      for (const i of inputs.issues) if (i.severity !== "info") process.stderr.write(`补充信息：${i.message}\n`);
    });
}
