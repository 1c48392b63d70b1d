import { open } from "node:fs/promises";
import { UserInputError } from "./errors";

/**
 * Writes a file the user named, refusing to replace an existing one unless `force`: the check and
 * the create are one step (flag "wx"), so a file appearing in between is not overwritten either.
 */
export async function writeNewFile(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  let handle;
  try {
    handle = await open(path, force ? "w" : "wx");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new UserInputError(`${path} 已存在，为免覆盖您的文件，请换一个文件名，或加 --force 覆盖。`);
    if (code === "ENOENT") throw new UserInputError(`无法写出 ${path}：所在文件夹不存在。`);
    if (code === "EACCES" || code === "EPERM" || code === "EBUSY") throw new UserInputError(`无法写出 ${path}：没有写入权限，或文件正被 Word/WPS 打开。`);
    if (code === "EISDIR") throw new UserInputError(`无法写出 ${path}：这是一个文件夹。`);
    throw err;
  }
  try {
    await handle.writeFile(bytes);
  } finally {
    await handle.close();
  }
}
