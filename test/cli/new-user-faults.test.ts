/**
 * The faults a new user met trying the command line (issue 11, item 6), each pinned: usage and
 * help in Chinese, no silent pass for a workbook without tables, no overwrite without --force, no
 * English system messages, a busy port in one line, and the test command's preflight.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { writeRawSheets } from "../../src/adapters/xlsx/write-raw-sheets";
import { runCli, tempDir } from "../helpers/run-cli";

jest.setTimeout(180_000);

const REPO = resolve(__dirname, "../..");
const dir = tempDir();
const sample = join(dir, "sample.xlsx");
const noTables = join(dir, "名单.xlsx");

beforeAll(async () => {
  expect(runCli(["sample", "-o", sample]).status).toBe(0);
  writeFileSync(noTables, await writeRawSheets([{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [["姓名", "部门"], ["张三", "办公室"]], numberFormats: [] }]));
});

const ENGLISH = /Usage:|Options:|Commands:|Arguments:|\(default:|ENOENT|EISDIR|EACCES|no such file|illegal operation|\n\s+at /;

describe("help and usage in Chinese", () => {
  it("juesuan with no arguments is a usage error (exit 2) that shows the commands", () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("用法： juesuan [选项] [命令]");
    expect(r.stderr).toContain("命令：");
    expect(r.stderr.trim().split("\n").pop()).toBe("错误：缺少命令。请从上面的命令中选择一个，例如 juesuan check 文件.xlsx。");
    expect(r.stdout).toBe("");
  });

  it("--help of the program and of a command has no commander English", () => {
    const top = runCli(["--help"]);
    const check = runCli(["check", "--help"]);
    for (const r of [top, check]) {
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(ENGLISH);
      expect(r.stdout).toContain("用法：");
      expect(r.stdout).toContain("选项：");
    }
    expect(check.stdout).toContain("（默认：text）");
    expect(check.stdout).toContain("参数：");
    expect(top.stdout).toContain("命令：");
  });
});

describe("a workbook with no recognised table", () => {
  it("check: exit 1 and says it was not checked (not 错误 0 条)", () => {
    const r = runCli(["check", noTables]);
    expect(r.status).toBe(1);
    expect(r.stdout.split("\n")[0]).toBe("未校验：工作簿中没有识别出任何决算公开附表（按表名识别，如“收入支出决算总表”）。");
    expect(r.stdout).not.toContain("错误 0 条");
    const json = runCli(["check", noTables, "--format", "json"]);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).loadIssues.map((i: { code: string }) => i.code)).toContain("no-tables");
  });

  it("charts: says only that it cannot draw, exit 1", () => {
    const r = runCli(["charts", noTables]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(`错误：无法绘制图表：${noTables} 中没有识别出任何决算公开附表（按表名识别，如“收入支出决算总表”）。`);
  });
});

describe("files", () => {
  it("sample -o refuses an existing file without --force, and overwrites with it", () => {
    const before = statSync(sample).mtimeMs;
    const r = runCli(["sample", "-o", sample]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`错误：${sample} 已存在。为免覆盖您的文件，请换一个文件名，或加 --force 覆盖。`);
    expect(statSync(sample).mtimeMs).toBe(before);
    const forced = runCli(["sample", "-o", sample, "--published", "--force"]);
    expect(forced.status).toBe(0);
    expect(runCli(["check", sample, "--format", "json"]).stdout).toContain('"rounding"');
  });

  it.each([
    ["check of a missing file", () => ["check", join(dir, "无此文件.xlsx")], "找不到文件"],
    ["tables of a folder", () => ["tables", dir], "是文件夹"],
    ["sample into a missing folder", () => ["sample", "-o", join(dir, "无此目录", "a.xlsx")], "所在的文件夹不存在"],
    ["inputs into a missing folder", () => ["inputs", "-o", join(dir, "无此目录", "b.xlsx")], "所在的文件夹不存在"],
    ["verify-text with a folder as the text", () => ["verify-text", sample, dir], "是文件夹"],
  ])("%s: one Chinese line, exit 2, no system English", (_name, args, text) => {
    const r = runCli(args());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});

describe("text output has no internal English", () => {
  it("tables: column roles and totals in Chinese; check: the tolerance in Chinese", () => {
    const t = runCli(["tables", sample]);
    expect(t.status).toBe(0);
    expect(t.stdout).toContain("A=收入·项目 B=收入·行次 C=收入·金额");
    expect(t.stdout).toContain("“三公”经费合计·决算数");
    expect(t.stdout).not.toMatch(/\b(income|expenditure|sgTotal|codeClass|total|budget|actual)\b/);
    const c = runCli(["check", sample, "--tolerance", "exact"]);
    expect(c.stdout).toContain("（容差：完全相等）");
    expect(c.stdout).not.toMatch(/容差：(interval|exact|fixed)/);
  });
});

describe("npm start on a busy port", () => {
  it("says which port is taken and what to do, in one line, without a stack", async () => {
    const server = createServer();
    const port = await new Promise<number>((ok) => server.listen(0, "127.0.0.1", () => ok((server.address() as { port: number }).port)));
    try {
      const r = spawnSync(process.execPath, ["scripts/start.mjs", "--serve"], { cwd: REPO, encoding: "utf8", env: { ...process.env, JUESUAN_PORT: String(port) } });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe(`端口 ${port} 已被占用（也许 npm run dev-server 或另一个 npm start 正在运行）；先停止它，或用 JUESUAN_PORT=其他端口 npm start。`);
    } finally {
      server.close();
    }
  });
});

describe("npm test preflight", () => {
  const preflight = (env: Record<string, string>) => spawnSync(process.execPath, ["scripts/preflight.mjs"], { cwd: REPO, encoding: "utf8", env: { ...process.env, ...env } });

  it("runs first in npm test and stops at once without chromium or a CJK font, with the README's install line", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(pkg.scripts.test.startsWith("node scripts/preflight.mjs && ")).toBe(true);
    const noFonts = join(dir, "no-fonts");
    mkdirSync(noFonts, { recursive: true });
    const r = preflight({ E2E_CHROMIUM: join(dir, "no-chromium"), PREFLIGHT_FONTS_DIR: noFonts });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("缺少浏览器 chromium");
    expect(r.stderr).toContain("中文字体");
    const install = "apt-get update && apt-get install -y chromium fonts-wqy-microhei";
    expect(r.stderr).toContain(install);
    expect(readFileSync(join(REPO, "README.md"), "utf8")).toContain(install);
  });

  it("passes with chromium and a CJK font file present", () => {
    const fonts = join(dir, "fonts");
    mkdirSync(join(fonts, "truetype/wqy"), { recursive: true });
    writeFileSync(join(fonts, "truetype/wqy/wqy-microhei.ttc"), "");
    const r = preflight({ E2E_CHROMIUM: process.execPath, PREFLIGHT_FONTS_DIR: fonts });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });
});
