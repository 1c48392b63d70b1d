/**
 * dist/offline.html as a WPS user gets it: copied alone into an empty folder, opened from disk
 * (file://) with every network request refused. A one-defect workbook goes in through the file
 * input; the page must show the core's counts, the narrative and the 7 chart previews, and hand
 * out the Word document and the 审核结果 workbook as downloads — read back here with mammoth
 * and exceljs.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { chromium, type Page } from "playwright-core";
import { chartLine } from "../../src/adapters/docx/narrative-docx";
import { FINDINGS_HEADER, FINDINGS_HEADER_ROW } from "../../src/adapters/xlsx/findings-sheet";
import { writeRawSheets } from "../../src/adapters/xlsx/write-raw-sheets";
import { generateNarrative } from "../../src/core/narrative";
import { config, expect, expectEqual, screenshot, shownCounts, test } from "./harness";
import { expected, oneDefectSheets } from "./seeds";

const OFFLINE_HTML = resolve(process.cwd(), "dist", "offline.html");

async function download(page: Page, button: string, folder: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: button }).click()]);
  const path = join(folder, dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

test("offline.html from an empty folder via file://, no network: check, narrative, charts, Word and 审核结果 downloads", async () => {
  const folder = mkdtempSync(join(tmpdir(), "juesuan-offline-"));
  const profile = mkdtempSync(join(tmpdir(), "juesuan-e2e-"));
  const page = join(folder, "决算公开助手.html");
  copyFileSync(OFFLINE_HTML, page);
  const { sheets } = await oneDefectSheets();
  const workbook = join(folder, "一处错误.xlsx");
  writeFileSync(workbook, await writeRawSheets(sheets));
  const want = expected(sheets);
  expect(want.counts.error > 0, "the workbook has a defect");

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: config().chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    viewport: { width: 800, height: 900 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const blocked: string[] = [];
  try {
    // Nothing may leave the machine: every request that is not the page itself is refused.
    await context.route("**/*", (route) => {
      if (route.request().url().startsWith("file://")) return route.continue(); // the page itself
      blocked.push(route.request().url());
      return route.abort("blockedbyclient");
    });
    const tab = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    tab.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    tab.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    tab.on("request", (r) => requests.push(r.url()));
    await tab.goto(pathToFileURL(page).href);

    await tab.getByTestId("file-bar").waitFor({ timeout: 30_000 });
    expect((await tab.getByRole("button", { name: "打开样例" }).count()) === 0, "no sample button: nothing to fetch it from");
    await tab.getByTestId("file-input").setInputFiles(workbook);
    await tab.getByTestId("file-name").waitFor({ timeout: 60_000 });
    expectEqual(await shownCounts(tab), want.counts, "counts shown for the one-defect workbook");
    await screenshot(tab, "offline-check-800");

    const xlsx = await download(tab, "导出审核结果", folder);
    expectEqual(xlsx.name, "一处错误-审核结果.xlsx", "审核结果 file name");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const ws = book.getWorksheet("审核结果");
    expect(ws !== undefined, "sheet 审核结果");
    expectEqual((ws.getRow(FINDINGS_HEADER_ROW).values as unknown[]).slice(1), [...FINDINGS_HEADER], "header of the findings sheet");
    const ruleIds: string[] = [];
    ws.eachRow((row, n) => {
      if (n > FINDINGS_HEADER_ROW && typeof row.getCell(1).value === "number") ruleIds.push(String(row.getCell(2).value));
    });
    expectEqual(
      ruleIds.slice(0, want.analysis.check.findings.length),
      want.analysis.check.findings.map((f) => f.ruleId),
      "every finding, in order",
    );
    expect(String(ws.getCell("A2").value).includes(`错误 ${want.counts.error} 条`), `counts line: ${String(ws.getCell("A2").value)}`);

    await tab.getByRole("tab", { name: "情况说明" }).click();
    await tab.getByTestId("narrative").waitFor();
    const shown = await tab.getByTestId("narrative").innerText();
    const narrative = generateNarrative(want.analysis.workbook, want.analysis.inputs, { chartPlaceholderLines: true });
    for (const p of narrative.paragraphs) {
      if (p.kind !== "chart" && p.section !== "第二部分") expect(shown.includes(p.text), `narrative shows: ${p.text.slice(0, 40)}…`);
    }

    const word = await download(tab, "导出 Word", folder);
    expectEqual(word.name, "一处错误-情况说明.docx", "Word file name");
    const { value: raw } = await mammoth.extractRawText({ buffer: word.bytes });
    const lines = raw.split("\n").map((s) => s.trim()).filter((s) => s !== "");
    const wantLines = narrative.paragraphs.map((p) => (p.kind === "chart" ? (chartLine(p)?.caption ?? p.text) : p.text));
    expectEqual(lines, wantLines, "the .docx has every paragraph in order, charts as captions");
    const { value: html } = await mammoth.convertToHtml({ buffer: word.bytes });
    expectEqual(html.match(/<img /g)?.length ?? 0, 7, "7 chart pictures in the .docx");
    const zip = await JSZip.loadAsync(word.bytes);
    const docXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(docXml.includes('w:eastAsia="仿宋_GB2312"') && docXml.includes('w:eastAsia="黑体"'), "fonts set in the document XML");
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    for (const m of media) {
      const png = await zip.file(m)?.async("uint8array");
      expect(png !== undefined && png.length > 2000 && png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47, `${m} is a drawn PNG`);
    }

    await tab.getByRole("tab", { name: "图表" }).click();
    await tab.getByTestId("charts").waitFor();
    const types = await tab.$$eval('[data-testid="chart-svg"]', (els) => els.map((e) => e.getAttribute("data-type")));
    expectEqual(types, want.analysis.charts.map((c) => c.type), "7 chart previews");
    await screenshot(tab, "offline-charts-800");

    expectEqual(blocked, [], "requests that tried to leave the machine");
    const foreign = requests.filter((u) => !u.startsWith("file://") && !u.startsWith("blob:") && !u.startsWith("data:"));
    expectEqual(foreign, [], "requests other than the page itself");
    expectEqual(errors, [], "console errors");
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
});
