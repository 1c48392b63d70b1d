import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import { readInputs } from "../../src/core/inputs";
import { generateNarrative } from "../../src/core/narrative";
import { readWorkbook } from "../../src/core/tables";
import { runCli, tempDir } from "../helpers/run-cli";
import { sampleBytes, sampleSheets } from "../helpers/sample-workbooks";

jest.setTimeout(90_000);

/** `juesuan narrative <file.xlsx> --docx 情况说明.docx [--force]`. */
describe("juesuan narrative --docx", () => {
  let dir: string;
  let xlsx: string;
  beforeAll(async () => {
    dir = tempDir();
    xlsx = join(dir, "决算.xlsx");
    writeFileSync(xlsx, await sampleBytes());
  });

  test("writes a Word file with every paragraph in order, and says plainly that charts are not drawn", async () => {
    const out = join(dir, "情况说明.docx");
    const r = runCli(["narrative", xlsx, "--docx", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`已写出 Word 文档：${out}`);
    expect(r.stderr).toMatch(/未画成图片.*占位行/);
    const sheets = await sampleSheets();
    const expected = generateNarrative(readWorkbook(sheets), readInputs(sheets), { chartPlaceholderLines: true }).paragraphs.map((p) => p.text);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value.split("\n").map((s) => s.trim()).filter((s) => s)).toEqual(expected);
    // The text on stdout is unchanged (no chart lines unless asked for).
    expect(r.stdout).not.toContain("（图1：");
    // 表文一致 reads the document back and finds nothing to correct.
    const v = runCli(["verify-text", xlsx, out]);
    expect(v.status).toBe(0);
  });

  test("never overwrites an existing file without --force", () => {
    const out = join(dir, "已有.docx");
    writeFileSync(out, "my own document");
    const r = runCli(["narrative", xlsx, "--docx", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("已存在");
    expect(r.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("my own document");
    const forced = runCli(["narrative", xlsx, "--docx", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("a name that is not .docx or a missing folder is a usage error, nothing written", () => {
    const bad = runCli(["narrative", xlsx, "--docx", join(dir, "情况说明.txt")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(".docx 结尾");
    expect(existsSync(join(dir, "情况说明.txt"))).toBe(false);
    const missing = runCli(["narrative", xlsx, "--docx", join(dir, "没有", "a.docx")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("文件夹不存在");
  });
});
