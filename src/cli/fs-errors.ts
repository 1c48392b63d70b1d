/**
 * File-system failures in Chinese. Node's own messages ("ENOENT: no such file or directory,
 * open '…'") are English and name a system call; a user needs what went wrong and where.
 */
export function fsErrorMessage(err: unknown, path: string, action: "读取" | "写入"): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return action === "读取" ? `找不到文件：${path}` : `无法写入 ${path}：所在的文件夹不存在。`;
    case "EISDIR":
      return `“${path}”是文件夹，不是文件。`;
    case "ENOTDIR":
      return `路径 ${path} 中有一段不是文件夹。`;
    case "EACCES":
    case "EPERM":
      return `没有权限${action}文件：${path}`;
    case "EROFS":
      return `无法写入 ${path}：磁盘或文件夹是只读的。`;
    case "ENOSPC":
      return `无法写入 ${path}：磁盘空间不足。`;
    case "EBUSY":
      return `文件 ${path} 正被其他程序占用（例如在 Excel 中打开），请关闭后重试。`;
    case "ENAMETOOLONG":
      return `文件名过长：${path}`;
    default:
      return `无法${action}文件 ${path}（系统错误代码 ${code ?? "未知"}）。`;
  }
}
