import { Command } from "commander";
import { registerCommands } from "./commands";
import { runSafely } from "./errors";
import { chineseUsageErrors, translateCommanderError } from "./usage-errors";

// `juesuan … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

const program = new Command();
program.name("juesuan").description("决算公开助手命令行：读取部门决算公开附表，校验、生成情况说明与图表").version("0.1.0", "-V, --version", "显示版本号").helpCommand("help [命令]", "显示某个命令的帮助");
registerCommands(program);
chineseUsageErrors(program);
void runSafely(async () => {
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    const translated = translateCommanderError(err);
    if (translated) throw translated;
  }
});
