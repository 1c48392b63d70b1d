import { decodeNarrativeBytes } from "../../src/core/narrative/verify/decode";
import { encodeGbk } from "../helpers/gbk";

/** The bytes of a narrative file become text only when the charset is certain (never mojibake). */
const TEXT = "一、收入支出决算总体情况说明\n本年收入合计307.82万元，占100.00%。";
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeNarrativeBytes", () => {
  test("UTF-8, with and without BOM", () => {
    expect(decodeNarrativeBytes(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: "utf-8" });
    expect(decodeNarrativeBytes(utf8(`\uFEFF${TEXT}`))).toEqual({ ok: true, text: TEXT, encoding: "utf-8" });
  });

  test("GBK as Notepad saves it is detected, not read as mojibake", () => {
    const r = decodeNarrativeBytes(encodeGbk(TEXT));
    expect(r).toEqual({ ok: true, text: TEXT, encoding: "gb18030" });
  });

  test("UTF-16 with a BOM", () => {
    const body = Buffer.from(TEXT, "utf16le");
    const r = decodeNarrativeBytes(new Uint8Array([0xff, 0xfe, ...body]));
    expect(r).toEqual({ ok: true, text: TEXT, encoding: "utf-16le" });
  });

  test.each([
    ["empty", new Uint8Array(), "空文件"],
    ["blank", utf8(" \n\t\n"), "只有空白"],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0x00]), "不是文本文件"],
    ["a zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "压缩包或 Word"],
    ["no Chinese", utf8("hello world 123"), "没有中文文字"],
    ["control bytes that decode", utf8("情况说明\u0001\u0002"), "二进制数据"],
  ])("%s is refused with one Chinese sentence", (_name, bytes, words) => {
    const r = decodeNarrativeBytes(bytes, "a.txt");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(words);
      expect(r.message).toContain("a.txt");
      expect(r.message).not.toContain("\n");
    }
  });
});
