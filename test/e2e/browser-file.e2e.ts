/**
 * The pane in a plain browser (office.js answered with an empty script): open the sample .xlsx
 * through the file input, read it in the page, see the same counts and the chart previews.
 */
import { config, expect, expectEqual, screenshot, shownCounts, test, withPane } from "./harness";
import { expected, sampleSheets } from "./seeds";

test("browser, file input: the sample opens locally and gives the same counts and 7 previews", async () => {
  const want = expected(await sampleSheets());
  await withPane({}, async ({ page, consoleErrors }) => {
    await page.getByText("浏览器预览").waitFor({ timeout: 15_000 });
    await screenshot(page, "browser-start-320");
    await page.getByTestId("file-input").setInputFiles(config().samplePath);
    await page.getByTestId("file-name").waitFor();
    const counts = await shownCounts(page);
    expectEqual(counts, want.counts, "counts shown for the opened file");
    expect((await page.getByRole("button", { name: "标记单元格" }).count()) === 0, "no write buttons outside Excel");

    await page.getByRole("tab", { name: "情况说明" }).click();
    await page.getByTestId("narrative").waitFor();
    expect((await page.locator('[data-testid="narrative-section"]').count()) >= 10, "ten sections");

    await page.getByRole("tab", { name: "图表" }).click();
    await page.getByTestId("charts").waitFor();
    const types = await page.$$eval('[data-testid="chart-svg"]', (els) => els.map((e) => e.getAttribute("data-type")));
    expectEqual(types, want.analysis.charts.map((c) => c.type), "preview types");
    await screenshot(page, "browser-charts-320");
    await page.setViewportSize({ width: 800, height: 900 });
    await screenshot(page, "browser-charts-800");
    expectEqual(consoleErrors, [], "console errors");
  });
});

test("browser, ?sample=1: the sample loads by itself; settings go to localStorage", async () => {
  const want = expected(await sampleSheets());
  await withPane({ path: "taskpane.html?sample=1" }, async ({ page }) => {
    const counts = await shownCounts(page);
    expectEqual(counts, want.counts, "counts shown for the sample");
    await page.getByRole("tab", { name: "图表" }).click();
    await page.getByRole("switch", { name: /饼图保留为0的类别/ }).click();
    const saved = await page.evaluate(() => localStorage.getItem("juesuan.settings"));
    expect(saved !== null && saved.includes('"chartZeroSlices":"keep"'), `settings saved: ${saved}`);
  });
});

test("browser, not an .xlsx: a Chinese message, nothing else changes", async () => {
  await withPane({}, async ({ page }) => {
    await page.getByText("浏览器预览").waitFor({ timeout: 15_000 });
    await page.getByTestId("file-input").setInputFiles({ name: "决算.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from("not a workbook") });
    const msg = await page.getByTestId("pane-message").innerText();
    expect(msg.includes("不是 .xlsx 文件"), `message: ${msg}`);
    await page.getByTestId("file-input").setInputFiles({ name: "坏文件.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK broken") });
    await page.getByText(/无法|损坏|不是/).first().waitFor();
    const msg2 = await page.getByTestId("pane-message").innerText();
    expect(/[\u4e00-\u9fff]/.test(msg2) && !/TypeError|undefined|Error:/.test(msg2), `message in Chinese, not raw: ${msg2}`);
  });
});
