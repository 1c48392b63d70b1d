/**
 * An .xlsx as a set of named parts, with the limits that keep a hostile file from hurting the
 * machine: the file's size and part count are checked first, every part's declared size before any
 * inflation, and each part is inflated under a hard limit (declared sizes can lie). Only the parts
 * the reader asks for are ever inflated.
 */
import { WorkbookReadError } from "../errors";
import { entryData, readCentralDirectory, type ZipEntry } from "./central-directory";
import { InflateLimitError, inflateRawPortable, type InflateRaw } from "./inflate-raw";

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

const bomb = (): WorkbookReadError => new WorkbookReadError("文件解压后体积异常巨大（疑似压缩炸弹），已拒绝读取。");
const utf8 = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

export class XlsxPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private budget: number = LIMITS.unpackedBytes;
  /** No single part may unpack to more than this, whatever it declares. */
  private readonly partLimit: number;

  private constructor(
    private readonly bytes: Uint8Array,
    list: readonly ZipEntry[],
    private readonly inflateRaw: InflateRaw,
  ) {
    // Part names are case-insensitive in Open Packaging.
    for (const e of list) if (!e.name.endsWith("/")) this.entries.set(e.name.toLowerCase(), e);
    this.partLimit = Math.max(LIMITS.ratio * bytes.length, 10 * 1024 * 1024);
  }

  /** Throws WorkbookReadError (in Chinese) for anything that is not a readable .xlsx package. */
  static open(bytes: Uint8Array, inflateRaw: InflateRaw = inflateRawPortable): XlsxPackage {
    if (bytes.length === 0) throw new WorkbookReadError("文件是空的（0 字节），不是 Excel 工作簿。");
    if (bytes.length > LIMITS.fileBytes) {
      throw new WorkbookReadError(`文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${LIMITS.fileBytes / 1048576} MB），已拒绝读取。`);
    }
    if (startsWith(bytes, OLE_MAGIC)) {
      // WPS's own .et and an .xlsx saved with an open password are OLE containers too.
      throw new WorkbookReadError("这是旧版 Excel 97-2003（.xls）或 WPS 表格（.et）文件，或设置了打开密码的工作簿：请在 Excel 或 WPS 中（取消密码后）“另存为” Excel 工作簿（.xlsx）再读取。");
    }
    if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError("文件不是 Excel 工作簿（.xlsx）：内容不是 xlsx 格式（可能是 CSV、文本或改了扩展名的文件）。");
    const list = readCentralDirectory(bytes);
    if (list.length > LIMITS.entries) throw new WorkbookReadError(`工作簿包含的部件过多（${list.length} 个），已拒绝读取。`);
    const pkg = new XlsxPackage(bytes, list, inflateRaw);
    if (pkg.has("mimetype") && pkg.has("content.xml")) throw new WorkbookReadError("这是 OpenDocument 表格（.ods）文件：请另存为 Excel 工作簿（.xlsx）后再读取。");
    if (!pkg.has("[Content_Types].xml")) throw new WorkbookReadError("文件是压缩包，但不是 Excel 工作簿（.xlsx）。");
    let declared = 0;
    for (const e of pkg.entries.values()) {
      if (e.size > pkg.partLimit) throw bomb();
      declared += e.size;
    }
    if (declared > LIMITS.unpackedBytes) throw bomb();
    return pkg;
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's text, or null when the package has no such part. XML parts are UTF-8, or UTF-16 with a byte-order mark. */
  text(name: string): string | null {
    const data = this.inflate(name);
    if (!data) return null;
    const decoder = data[0] === 0xff && data[1] === 0xfe ? utf16le : data[0] === 0xfe && data[1] === 0xff ? utf16be : utf8;
    const text = decoder.decode(data);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private inflate(name: string): Uint8Array | null {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    if (entry.encrypted) throw new WorkbookReadError("工作簿的内容已加密，无法读取。请在 Excel 中取消密码后另存为 .xlsx。");
    const data = entryData(this.bytes, entry);
    const limit = Math.min(this.budget, this.partLimit);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        out = this.inflateRaw(data, limit);
      } catch (err) {
        if (err instanceof InflateLimitError) throw bomb();
        throw new WorkbookReadError("文件已损坏，无法解压其中的内容。");
      }
    } else {
      throw new WorkbookReadError(`工作簿使用了不支持的压缩方式（${entry.method}），请在 Excel 中另存为 .xlsx 后再读取。`);
    }
    if (out.length > limit) throw bomb();
    this.budget -= out.length;
    return out;
  }
}
