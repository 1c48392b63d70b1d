import { Command, CommanderError } from "commander";
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

/**
 * Makes every command report usage errors as a UserInputError (one Chinese line, exit 2) instead
 * of commander's English text and exit 1 — exit 1 means "the check found errors".
 */
export function chineseUsageErrors(program: Command): void {
  const apply = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ outputError: () => undefined }).helpOption("-h, --help", "显示帮助");
    cmd.commands.forEach(apply);
  };
  apply(program);
}

/** Help and version are not errors; other commander errors become UserInputError. */
export function translateCommanderError(err: unknown): unknown {
  if (!(err instanceof CommanderError)) return err;
  if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return null;
  return new UserInputError(chineseUsage(err));
}
