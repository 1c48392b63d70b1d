import { Command, CommanderError, type Help, type Option } from "commander";
import { UserInputError } from "./errors";

/** Commander's usage errors, said in Chinese (its own texts are English). */
function chineseUsage(err: CommanderError): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? "";
  switch (err.code) {
    case "commander.missingArgument":
      return `缺少参数 ${quoted}。用 juesuan <命令> --help 查看用法。`;
    case "commander.missingMandatoryOptionValue":
      return `缺少必需的选项 ${quoted}。用 juesuan <命令> --help 查看用法。`;
    case "commander.optionMissingArgument":
      return `选项 ${quoted} 需要一个值。`;
    case "commander.unknownOption":
      return `不认识的选项 ${quoted}。用 juesuan <命令> --help 查看可用选项。`;
    case "commander.unknownCommand":
      return `不认识的命令 ${quoted}。可用命令：sample、tables、check、narrative、charts、verify-text、inputs（juesuan --help）。`;
    case "commander.excessArguments":
      return "参数过多。用 juesuan <命令> --help 查看用法。";
    default:
      return err.message;
  }
}

const TITLES: Record<string, string> = { "Usage:": "用法：", "Options:": "选项：", "Commands:": "命令：", "Arguments:": "参数：", "Global Options:": "全局选项：" };

/** Terminal columns of a string: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Commander's help texts in Chinese: titles, [选项]/[命令] in usage lines, （默认：…）. */
const CHINESE_HELP: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  styleOptionText: (text: string) => (text === "[options]" ? "[选项]" : text),
  styleSubcommandText: (text: string) => (text === "[command]" ? "[命令]" : text),
  displayWidth,
  optionDescription(option: Option): string {
    const shown = option.defaultValue !== undefined && (option.required || option.optional);
    if (!shown) return option.description;
    const value = option.defaultValueDescription ?? String(option.defaultValue);
    return `${option.description}（默认：${value}）`;
  },
};

/**
 * Makes every command report usage errors as a UserInputError (one Chinese line, exit 2) instead
 * of commander's English text and exit 1 — exit 1 means "the check found errors".
 */
export function chineseUsageErrors(program: Command): void {
  const apply = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ outputError: () => undefined }).helpOption("-h, --help", "显示帮助").configureHelp(CHINESE_HELP);
    cmd.commands.forEach(apply);
  };
  apply(program);
}

/** Help and version are not errors; other commander errors become UserInputError. */
export function translateCommanderError(err: unknown): unknown {
  if (!(err instanceof CommanderError)) return err;
  // `juesuan` alone: commander has printed the help on stderr; it is still a usage error (exit 2).
  if (err.code === "commander.help" && err.exitCode !== 0) return new UserInputError("缺少命令。请从上面的命令中选择一个，例如 juesuan check 文件.xlsx。");
  if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return null;
  return new UserInputError(chineseUsage(err));
}
