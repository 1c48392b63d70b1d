import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { readInputs } from "../../core/inputs";
import { verifyNarrativeText } from "../../core/narrative";
import { decodeNarrativeBytes } from "../../core/narrative/verify/decode";
import { readWorkbook } from "../../core/tables";
import { UserInputError } from "../errors";
import { fsErrorMessage } from "../fs-errors";
import { loadSheets, parseFormat } from "../load";

/**
 * Reads a narrative from .txt (UTF-8 with or without BOM, UTF-16 with BOM, or GBK/GB18030 as
 * Notepad saves it) or .docx (its text, via mammoth). A file that is empty, binary or not text
 * is a UserInputError (one Chinese line, exit 2): it is never checked as mojibake.
 */
async function readNarrative(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UserInputError(fsErrorMessage(err, path, "读取"));
  }
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (/\.docx$/i.test(path) || (isZip && !/\.txt$/i.test(path))) {
    if (bytes.length === 0) throw new UserInputError(`${path} 是空文件，没有可核对的情况说明文字。`);
    const mammoth = await import("mammoth");
    let text: string;
    try {
      // mammoth ends every paragraph with a blank line; one line per paragraph keeps the line
      // numbers of findings equal to the paragraph numbers the user sees in Word.
      text = (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\n\n/g, "\n");
    } catch {
      throw new UserInputError(`${path} 不是有效的 Word（.docx）文件。`);
    }
    if (!/[\u4e00-\u9fff]/.test(text)) throw new UserInputError(`${path} 中没有中文文字，没有可核对的情况说明。`);
    return text;
  }
  if (/\.doc$/i.test(path) || (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0)) throw new UserInputError("不支持旧版 Word（.doc）文件，请另存为 .docx 或 .txt。");
  const decoded = decodeNarrativeBytes(bytes, path);
  if (!decoded.ok) throw new UserInputError(decoded.message);
  return decoded.text;
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
          if (f.cells.length > 0) process.stdout.write(`         单元格：${f.cells.join("、")}\n`);
        }
      }
      if (errors > 0) process.exitCode = 1;
    });
}
