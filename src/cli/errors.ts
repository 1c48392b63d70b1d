/** A failure the user can act on: printed as one Chinese line, exit code 2, no stack trace. */
export class UserInputError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = "UserInputError";
  }
}

/** The one boundary where the command line turns errors into a message and an exit code. */
export async function runSafely(main: () => Promise<unknown>): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (err instanceof UserInputError) {
      process.stderr.write(`错误：${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    const detail = err instanceof Error ? err.message : String(err);
    process.stderr.write(`内部错误（请将此信息报告给开发者）：${detail}\n`);
    if (process.env.JUESUAN_DEBUG && err instanceof Error) process.stderr.write(`${err.stack ?? ""}\n`);
    process.exitCode = 3;
  }
}
