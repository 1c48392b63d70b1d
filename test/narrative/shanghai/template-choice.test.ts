/** Which template writes the text: the workbook's family by default, options.template / --template over it. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readXlsx } from "../../../src/adapters/xlsx/read-xlsx";
import { analyze } from "../../../src/core/analyze";
import { resolveLabel, supplementaryTemplate } from "../../../src/core/inputs";
import { generateNarrative } from "../../../src/core/narrative";
import { exampleWorkbook } from "../fixtures/example-model";
import { inputsWith } from "../helpers";
import { runCli, tempDir } from "../../helpers/run-cli";
import { REAL_DIR, realSheets } from "./real-workbook";

const REAL = resolve(REAL_DIR, "shanghai-putuo-shehuigongzuobu-2024.xlsx");

test("the 9-table workbook defaults to Shanghai; options.template sichuan writes the Sichuan text", async () => {
  const sheets = await realSheets();
  const { workbook, inputs } = analyze(sheets);
  expect(generateNarrative(workbook, inputs).text).toMatch(/^第三部分/);
  const sichuan = generateNarrative(workbook, inputs, { template: "sichuan" }).text;
  expect(sichuan).toMatch(/^第二部分/);
  expect(sichuan).toContain("一般公共服务（类）支出264.87万元");
}, 60_000);

test("a Sichuan workbook defaults to Sichuan; options.template shanghai writes the eleven Shanghai sections", () => {
  const wb = exampleWorkbook();
  expect(generateNarrative(wb, inputsWith()).text).toMatch(/^第二部分/);
  const sh = generateNarrative(wb, inputsWith(), { template: "shanghai" });
  expect(sh.text).toMatch(/^第三部分/);
  expect(sh.paragraphs.filter((p) => p.kind === "heading" && /^[一二三四五六七八九十]+、/.test(p.text))).toHaveLength(11);
  // The Shanghai defaults (two decimals) give way to an explicit option.
  expect(generateNarrative(wb, inputsWith(), { template: "shanghai", keepTrailingZeros: false }).text).not.toMatch(/\d\.\d0万元/);
});

test("the 补充信息 template follows the family: Shanghai rows per 项 for the 9-table workbook, none of them for Sichuan", async () => {
  const { workbook } = analyze(await realSheets());
  const sh = supplementaryTemplate(workbook).map((r) => r.label);
  expect(sh).toEqual(expect.arrayContaining(["年初预算数：2013901", "全年预算数：2013901", "主要用于：2013901", "预决算差异原因：2210203", "部级领导干部用车", "绩效自评平均得分"]));
  expect(sh).not.toContain("公务用车购置数（轿车）");
  for (const label of sh) expect(resolveLabel(label)).not.toBeNull();
  const sc = supplementaryTemplate(exampleWorkbook()).map((r) => r.label);
  expect(sc.filter((l) => l.startsWith("主要用于") || l === "部级领导干部用车")).toEqual([]);
  expect(sc).toContain("公务用车购置数（轿车）");
}, 60_000);

describe("juesuan narrative --template", () => {
  test("shanghai by default for the real workbook, sichuan on request, anything else refused in Chinese", () => {
    expect(runCli(["narrative", REAL]).stdout).toMatch(/^第三部分/);
    expect(runCli(["narrative", REAL, "--template", "sichuan"]).stdout).toMatch(/^第二部分/);
    const bad = runCli(["narrative", REAL, "--template", "beijing"]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("--template 只能是 sichuan 或 shanghai");
  }, 120_000);
});

test("juesuan inputs --from a 9-table workbook writes the Shanghai rows; --template sichuan the Sichuan ones", async () => {
  const dir = tempDir();
  const sh = join(dir, "sh.xlsx");
  const sc = join(dir, "sc.xlsx");
  expect(runCli(["inputs", "-o", sh, "--from", REAL]).status).toBe(0);
  expect(runCli(["inputs", "-o", sc, "--from", REAL, "--template", "sichuan"]).status).toBe(0);
  const labels = async (file: string) => (await readXlsx(new Uint8Array(readFileSync(file))))[0]!.values.slice(1).map((r) => String(r[0]));
  const shLabels = await labels(sh);
  expect(shLabels).toEqual(expect.arrayContaining(["年初预算数：2013901", "主要用于：2013901", "面向中小企业预留项目预算金额", "绩效跟踪评价项目数"]));
  expect(shLabels).not.toContain("公务用车购置数（轿车）");
  const scLabels = await labels(sc);
  expect(scLabels).toContain("预算数：2013901");
  expect(scLabels.filter((l) => l.startsWith("主要用于"))).toEqual([]);
  expect(runCli(["inputs", "-o", join(dir, "x.xlsx"), "--template", "beijing"]).stderr).toContain("--template 只能是 sichuan 或 shanghai");
}, 120_000);
