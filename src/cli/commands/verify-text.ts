import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { readInputs } from "../../core/inputs";
import { verifyNarrativeText } from "../../core/narrative";
import { readWorkbook } from "../../core/tables";
import { UserInputError } from "../errors";
import { fsErrorMessage } from "../fs-errors";
import { loadSheets, parseFormat } from "../load";

/** Reads a narrative from .txt (UTF-8) or .docx (its text, via mammoth). */
async function readNarrative(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UserInputError(fsErrorMessage(err, path, "读取"));
  }
  if (/\.docx$/i.test(path)) {
    const mammoth = await import("mammoth");
    try {
      // mammoth ends every paragraph with a blank line; one line per paragraph keeps the line
      // numbers of findings equal to the paragraph numbers the user sees in Word.
      return (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\n\n/g, "\n");
    } catch {
      throw new UserInputError(`${path} 不是有效的 Word（.docx）文件。`);
    }
  }
  if (/\.doc$/i.test(path)) throw new UserInputError("不支持旧版 Word（.doc）文件，请另存为 .docx 或 .txt。");
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

export function registerVerifyText(program: Command): void {
  program
    .command("verify-text")
    .description("表文一致：核对已写好的情况说明中的金额、占比、增减率和增减方向是否与附表一致；有错误时退出码为 1")
    .argument("<file.xlsx>", "决算公开工作簿")
    .argument("<narrative>", "情况说明（.txt 或 .docx）")
    .option("--format <format>", "输出格式：text 或 json", "text")
    .action(async (file: string, narrativePath: string, flags: { format?: string }) => {
      const format = parseFormat(flags.format);
      const sheets = await loadSheets(file);
      const workbook = readWorkbook(sheets);
      const text = await readNarrative(narrativePath);
      const findings = verifyNarrativeText(text, workbook, readInputs(sheets));
      const errors = findings.filter((f) => f.severity === "error").length;
      if (format === "json") {
        process.stdout.write(`${JSON.stringify({ summary: { error: errors, total: findings.length }, findings }, null, 2)}\n`);
      } else {
        process.stdout.write(`表文一致检查：${findings.length} 条（错误 ${errors} 条）\n`);
        for (const f of findings) {
          const level = f.outcome === "rounding" ? "尾差" : f.severity === "error" ? "错误" : f.severity === "warning" ? "警告" : "提示";
          process.stdout.write(`  [${level}] ${f.ruleId} 第 ${f.line} 行：${f.message}\n         原文：${f.excerpt}\n`);
        }
      }
      if (errors > 0) process.exitCode = 1;
    });
}
