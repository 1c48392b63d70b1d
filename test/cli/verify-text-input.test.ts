import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { encodeGbk } from "../helpers/gbk";
import { runCli, tempDir } from "../helpers/run-cli";

jest.setTimeout(90_000);

/**
 * `juesuan verify-text` reads the narrative as a user saves it: UTF-8 (with or without BOM) or
 * GBK from Notepad give the same findings; an empty or binary file is one Chinese line, exit 2.
 */
const REAL = resolve(__dirname, "../../../shared/real");
const XLSX = join(REAL, "shanghai-putuo-shehuigongzuobu-2024.xlsx");
const TXT = join(REAL, "shanghai-putuo-shehuigongzuobu-2024-narrative.txt");

describe("verify-text input files", () => {
  const dir = tempDir();
  const text = readFileSync(TXT, "utf8");

  it("the real text saved as GBK or UTF-8 with BOM gives the same findings as UTF-8", () => {
    expect(existsSync(XLSX)).toBe(true);
    const gbk = join(dir, "gbk.txt");
    const bom = join(dir, "bom.txt");
    writeFileSync(gbk, encodeGbk(text));
    writeFileSync(bom, `\uFEFF${text}`, "utf8");
    const utf8 = runCli(["verify-text", XLSX, TXT, "--format", "json"]);
    const fromGbk = runCli(["verify-text", XLSX, gbk, "--format", "json"]);
    const fromBom = runCli(["verify-text", XLSX, bom, "--format", "json"]);
    expect(fromGbk.stderr).toBe("");
    expect(JSON.parse(fromGbk.stdout)).toEqual(JSON.parse(utf8.stdout));
    expect(JSON.parse(fromBom.stdout)).toEqual(JSON.parse(utf8.stdout));
    expect(fromGbk.status).toBe(utf8.status);
  });

  it.each([
    ["empty.txt", Buffer.alloc(0), "空文件"],
    ["binary.txt", Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x89, 0x90]), "不是文本文件"],
    ["image.docx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "不是有效的 Word"],
  ])("%s exits 2 with one Chinese line", (name, bytes, words) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const r = runCli(["verify-text", XLSX, path]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(words);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
