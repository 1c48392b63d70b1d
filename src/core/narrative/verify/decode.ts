/**
 * Turning the bytes of a narrative file into text (表文一致 input). Pure: the CLI reads the file,
 * the task pane gets it from a file picker; both hand the bytes here.
 *
 * Chinese Windows Notepad saves GBK/GB18030 unless told otherwise, Word's "纯文本" export may
 * write UTF-16 with a BOM, and newer tools write UTF-8 with or without a BOM. A text decoded with
 * the wrong charset is mojibake whose numbers would still parse, so it must never be checked:
 * UTF-8 is accepted only when it decodes without a single error, else GB18030 (a superset of GBK
 * and GB2312) is tried the same way. Anything that is neither, or holds control bytes, is refused
 * with one Chinese sentence.
 */
export type DecodedNarrative =
  | { readonly ok: true; readonly text: string; readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" }
  | { readonly ok: false; readonly message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function decodeNarrativeBytes(bytes: Uint8Array, name = "情况说明"): DecodedNarrative {
  if (bytes.length === 0) return refuse(`${name} 是空文件，没有可核对的情况说明文字。`);
  if (ZIP.every((b, i) => bytes[i] === b)) return refuse(`${name} 是压缩包或 Word（.docx）文件，不是纯文本；如果是 Word 文件，请使用 .docx 扩展名。`);
  const decoded = decodeText(bytes);
  if (!decoded) return refuse(`${name} 不是文本文件（既不是 UTF-8，也不是 GBK/GB18030 编码的文字），无法核对。`);
  const text = decoded.text.replace(/^\uFEFF/, "");
  // Control characters other than tab/CR/LF/FF mean binary data that happened to decode.
  const controls = [...text].filter((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 && c !== "\t" && c !== "\n" && c !== "\r" && c !== "\f") || code === 0x7f;
  }).length;
  if (controls > 0) return refuse(`${name} 含有二进制数据，不是纯文本，无法核对。`);
  if (text.trim() === "") return refuse(`${name} 只有空白，没有可核对的情况说明文字。`);
  if (!/[\u4e00-\u9fff]/.test(text)) return refuse(`${name} 中没有中文文字，不像情况说明，无法核对。`);
  return { ok: true, text, encoding: decoded.encoding };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict("utf-16be", bytes.subarray(2));
  return strict("utf-8", bytes) ?? strict("gb18030", bytes);
}

function strict<E extends "utf-8" | "utf-16le" | "utf-16be" | "gb18030">(encoding: E, bytes: Uint8Array): { text: string; encoding: E } | null {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}

function refuse(message: string): DecodedNarrative {
  return { ok: false, message };
}
