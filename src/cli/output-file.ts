import { access, writeFile } from "node:fs/promises";
import { UserInputError } from "./errors";
import { fsErrorMessage } from "./fs-errors";

/** Refuses a non-.xlsx name, and an existing file unless --force: the user's files are never overwritten by surprise. */
export async function assertOutputAllowed(path: string, force: boolean | undefined): Promise<void> {
  if (!/\.xlsx$/i.test(path)) throw new UserInputError(`输出文件应以 .xlsx 结尾：${path}`);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !force) throw new UserInputError(`${path} 已存在。为免覆盖您的文件，请换一个文件名，或加 --force 覆盖。`);
}

export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (err) {
    throw new UserInputError(fsErrorMessage(err, path, "写入"));
  }
}
