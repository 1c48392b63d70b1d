import JSZip from "jszip";
import { WorkbookReadError } from "./errors";

/** Limits for one workbook: far above any real 决算 workbook, far below what would hurt the machine. */
export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  unpackedBytes: 300 * 1024 * 1024,
  entries: 5_000,
  /** A real .xlsx part compresses 5–20×; a bomb compresses thousands of times. */
  ratio: 200,
} as const;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Refuses what is not an .xlsx, or what would unpack to too much, before anything is inflated:
 * declared sizes are checked from the central directory, and every part is then inflated as a
 * stream that stops as soon as it passes the limit (declared sizes can lie).
 */
export async function guardZip(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.length === 0) throw new WorkbookReadError("文件是空的（0 字节），不是 Excel 工作簿。");
  if (bytes.length > LIMITS.fileBytes) {
    throw new WorkbookReadError(`文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${LIMITS.fileBytes / 1048576} MB），已拒绝读取。`);
  }
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookReadError("这是旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为” .xlsx 后再读取。");
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError("文件不是 Excel 工作簿（.xlsx）：内容不是 xlsx 格式（可能是 CSV、文本或改了扩展名的文件）。");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new WorkbookReadError("文件已损坏，无法作为 .xlsx 打开。");
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > LIMITS.entries) throw new WorkbookReadError(`工作簿包含的部件过多（${files.length} 个），已拒绝读取。`);
  if (!zip.file("[Content_Types].xml") || !zip.file(/^xl\/workbook\.xml$/i).length) {
    throw new WorkbookReadError("文件是压缩包，但不是 Excel 工作簿（.xlsx）。");
  }
  let budget: number = LIMITS.unpackedBytes;
  for (const f of files) {
    const used = await inflatedSize(f, budget, bytes.length);
    budget -= used;
  }
  return zip;
}

interface ZipStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): ZipStream;
  on(event: "error", cb: (err: Error) => void): ZipStream;
  on(event: "end", cb: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/** Inflates one part as a stream, stopping once it exceeds the remaining budget or the ratio. */
function inflatedSize(file: JSZip.JSZipObject, budget: number, archiveBytes: number): Promise<number> {
  const ratioCap = Math.max(LIMITS.ratio * archiveBytes, 10 * 1024 * 1024);
  const cap = Math.min(budget, ratioCap);
  return new Promise((resolve, reject) => {
    let total = 0;
    let stopped = false;
    // internalStream is JSZip's public streaming API (documented), missing from its typings.
    const stream = (file as unknown as { internalStream(type: "uint8array"): ZipStream }).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        if (stopped) return;
        total += chunk.length;
        if (total > cap) {
          stopped = true;
          stream.pause();
          reject(new WorkbookReadError("文件解压后体积异常巨大（疑似压缩炸弹），已拒绝读取。"));
        }
      })
      .on("error", () => {
        if (stopped) return;
        stopped = true;
        reject(new WorkbookReadError("文件已损坏，无法解压其中的内容。"));
      })
      .on("end", () => {
        if (!stopped) resolve(total);
      })
      .resume();
  });
}
