import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "../helpers/run-cli";

jest.setTimeout(60_000);

describe("juesuan sample / tables", () => {
  const dir = tempDir();
  const file = join(dir, "sample.xlsx");

  it("writes the sample and reads it back as text", () => {
    const s = runCli(["sample", "-o", file]);
    expect(s.status).toBe(0);
    const t = runCli(["tables", file]);
    expect(t.status).toBe(0);
    expect(t.stdout).toContain("格式：四川14表");
    expect(t.stdout).toContain("公开06表 一般公共预算财政拨款支出决算表：工作表“公开06表”");
    expect(t.stdout).toContain("读取问题：无");
  });

  it("prints the documented JSON shape", () => {
    const t = runCli(["tables", file, "--format", "json"]);
    expect(t.status).toBe(0);
    const r = JSON.parse(t.stdout);
    expect(r.family).toBe("sichuan14");
    expect(r.unit).toBe("万元");
    expect(r.tables).toHaveLength(14);
    const t06 = r.tables.find((x: { id: string }) => x.id === "T06");
    expect(t06).toMatchObject({ found: true, sheet: "公开06表", kind: "coded" });
    expect(t06.totals["合计.total"]).toBe(3747.7);
    expect(t06.columns.map((c: { role: string }) => c.role)).toEqual(expect.arrayContaining(["total", "basic", "project"]));
    expect(r.issues).toEqual([]);
  });

  it.each([
    ["a missing file", () => join(dir, "nope.xlsx"), "找不到文件"],
    ["a CSV renamed .xlsx", () => { const p = join(dir, "x.xlsx"); writeFileSync(p, "a,b\n1,2\n"); return p; }, "不是 Excel 工作簿"],
    ["a folder", () => dir, "文件夹"],
  ])("exits 2 with one Chinese line and no stack trace for %s", (_n, path, text) => {
    const r = runCli(["tables", path()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects an unknown --format", () => {
    const r = runCli(["tables", file, "--format", "xml"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--format");
  });
});

describe("usage errors are one Chinese line with exit 2", () => {
  it.each([
    [["tables"], "缺少参数 file.xlsx"],
    [["check", "x.xlsx", "--bogus"], "不认识的选项 --bogus"],
    [["frobnicate"], "不认识的命令 frobnicate"],
    [["sample"], "缺少必需的选项"],
  ])("juesuan %j", (args, text) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
  it("help is not an error", () => {
    const r = runCli(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("verify-text");
  });
});
