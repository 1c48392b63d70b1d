/**
 * The pane inside "Excel": office.js is replaced by the in-memory Excel seeded from the sample
 * workbook (and a one-defect copy). What a user does: 校验, click a finding, copy the 情况说明,
 * insert the charts — checked against the fake's record of what happened.
 */
import { generateNarrative } from "../../src/core/narrative";
import { expect, expectEqual, paneMessage, screenshot, shownCounts, test, withPane } from "./harness";
import { expected, oneDefectSheets, publishedSheets, sampleSheets } from "./seeds";

async function waitConnected(page: import("playwright-core").Page): Promise<void> {
  await page.getByText("已连接 Excel").waitFor({ timeout: 15_000 });
}

test("Excel, sample workbook: 校验 shows the core's counts and 0 错误, in 3 syncs", async () => {
  const sheets = await sampleSheets();
  const want = expected(sheets);
  expectEqual(want.counts.error, 0, "the sample's errors according to the core");
  await withPane({ seed: { sheets, options: {} } }, async ({ page, consoleErrors }) => {
    await waitConnected(page);
    await page.getByRole("button", { name: "校验", exact: true }).click();
    const counts = await shownCounts(page);
    expectEqual(counts, want.counts, "counts shown");
    await page.getByTestId("no-findings").waitFor();
    const syncs = await page.evaluate(() => window.__fakeExcel?.syncCount());
    expectEqual(syncs, 3, "syncs to read every sheet (names, sizes, values)");
    await screenshot(page, "excel-check-sample-320");
    await page.setViewportSize({ width: 800, height: 900 });
    await screenshot(page, "excel-check-sample-800");
    expectEqual(consoleErrors, [], "console errors");
  });
});

test("Excel, one defect: ≥1 错误, a click selects the finding's cell, marks go on and come off", async () => {
  const { sheets, cell } = await oneDefectSheets();
  const want = expected(sheets);
  expect(want.counts.error >= 1, "the core finds the defect");
  await withPane({ seed: { sheets, options: {} } }, async ({ page }) => {
    await waitConnected(page);
    await page.getByRole("button", { name: "校验", exact: true }).click();
    const counts = await shownCounts(page);
    expectEqual(counts, want.counts, "counts shown");
    expect(counts.error !== undefined && counts.error >= 1, "at least one 错误 shown");

    // Every finding that points at the changed cell; the first finding listed under 公开06表.
    const t06 = page.locator('[data-testid="finding"][data-cell^="公开06表!"]').first();
    const target = await t06.getAttribute("data-cell");
    const coreFirst = want.analysis.check.findings.find((f) => f.table === "T06")?.cells[0];
    expectEqual(target, coreFirst ?? null, "first 公开06表 finding's cell");
    await t06.click();
    await page.waitForFunction((c) => window.__fakeExcel?.selection() === c, target, { timeout: 10_000 });
    expectEqual(await t06.getAttribute("aria-current"), "true", "the clicked finding marked as current");
    expect(want.analysis.check.findings.some((f) => f.cells.includes(cell)), `some finding names the changed cell ${cell}`);

    await screenshot(page, "excel-check-defect-320");
    // The picture in the README: what the accountant sees first, at a task pane's usual size.
    await page.setViewportSize({ width: 360, height: 720 });
    await screenshot(page, "taskpane", false);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.setViewportSize({ width: 800, height: 900 });
    await screenshot(page, "excel-check-defect-800");

    await page.getByRole("button", { name: "标记单元格" }).click();
    const marked = await paneMessage(page);
    expect(/问题清单已写入工作表“审核结果”/.test(marked), `mark notice: ${marked}`);
    const fills = await page.evaluate((c) => window.__fakeExcel?.fills(c.split("!")[0] ?? ""), cell);
    expect(fills && Object.keys(fills).length > 0, "finding cells filled");
    expect((await page.evaluate(() => window.__fakeExcel?.sheetNames())) ?.includes("审核结果"), "审核结果 sheet written");

    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText(/已清除标记/).waitFor();
    const after = await page.evaluate((c) => window.__fakeExcel?.fills(c.split("!")[0] ?? ""), cell);
    expectEqual(after, {}, "fills after 清除标记 (the sample has none of its own)");
  });
});

test("Excel, published figures: 应用舍位平衡 writes the cents after a click, the re-check has no 尾差, 清除标记 puts the figures back", async () => {
  const sheets = await publishedSheets();
  const want = expected(sheets);
  const n = want.analysis.roundingAdjustments?.length ?? 0;
  expect(n > 0 && (want.counts.rounding ?? 0) > 0, "the core finds 尾差 and suggests 舍位平衡");
  await withPane({ seed: { sheets, options: {} } }, async ({ page }) => {
    await waitConnected(page);
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await page.getByTestId("rounding-suggestions").waitFor();
    const before = await page.evaluate(() => window.__fakeExcel?.sheets());
    // Nothing is written by 校验 itself: the suggestion waits for the click.
    expect(!(await page.evaluate(() => window.__fakeExcel?.logKinds()))?.includes("values"), "no value written before the click");

    await page.getByRole("button", { name: `应用舍位平衡（${n} 处）` }).click();
    await page.getByTestId("no-findings").waitFor({ timeout: 30_000 });
    const applied = await paneMessage(page);
    expect(applied.includes(`已应用舍位平衡：改动了 ${n} 个单元格`), `apply notice: ${applied}`);
    expectEqual(await page.getByRole("button", { name: /应用舍位平衡（/ }).count(), 0, "apply buttons once balanced");
    await screenshot(page, "excel-rounding-applied-320");

    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText(/恢复了原值/).waitFor();
    const after = await page.evaluate(() => window.__fakeExcel?.sheets());
    expectEqual(after, before, "the workbook after 清除标记");
  });
});

test("Excel, 情况说明: 复制全部 and 复制本节 put the generated text on the clipboard; options saved in the document", async () => {
  const sheets = await sampleSheets();
  const { analysis } = expected(sheets);
  const narrative = generateNarrative(analysis.workbook, analysis.inputs, {});
  await withPane({ seed: { sheets, options: {} } }, async ({ page }) => {
    await waitConnected(page);
    await page.getByRole("tab", { name: "情况说明" }).click();
    await page.getByRole("button", { name: "读取工作簿" }).click();
    await page.getByTestId("narrative").waitFor();
    await page.getByRole("button", { name: "复制全部" }).click();
    await page.getByText(/已复制全部情况说明/).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expectEqual(text, narrative.text, "clipboard text/plain");
    const html = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes("text/html"));
      return item ? (await item.getType("text/html")).text() : null;
    });
    expect(html !== null && html.includes("<p") && html.includes("收入支出决算总体情况说明"), "clipboard text/html for Word");

    const section = page.locator('[data-testid="narrative-section"][data-section="二"]');
    await section.getByRole("button", { name: "复制本节" }).click();
    await page.getByText(/已复制“二、/).waitFor();
    const sectionText = await page.evaluate(() => navigator.clipboard.readText());
    const want = narrative.paragraphs.filter((p) => p.section.startsWith("二")).map((p) => p.text).join("\n");
    expectEqual(sectionText, want, "复制本节 text");
    await screenshot(page, "excel-narrative-320");

    await page.getByRole("button", { name: "写入工作表" }).click();
    await page.getByText(/情况说明已写入工作表“情况说明”/).waitFor();
    const written = (await page.evaluate(() => window.__fakeExcel?.sheets()))?.find((s) => s.name === "情况说明");
    expect(written !== undefined && written.values.flat().includes(narrative.paragraphs[2]?.text ?? "?"), "情况说明 sheet holds the text");
    // The sample has its own 补充信息: the template is not created over it.
    await page.getByRole("button", { name: "创建补充信息表" }).first().click();
    const note = await paneMessage(page);
    expect(note.includes("补充信息") && !note.includes("已创建"), `template refused politely: ${note}`);

    await page.getByRole("switch", { name: /保留末尾的0/ }).click();
    await page.waitForFunction(() => String(window.__fakeExcel?.settings()["juesuan.settings"] ?? "").includes('"keepTrailingZeros":true'));
    const kept = generateNarrative(analysis.workbook, analysis.inputs, { keepTrailingZeros: true });
    const first = kept.paragraphs.find((p) => p.section === "二" && p.kind === "text");
    expect(first && (await page.getByText(first.text).count()) === 1, "text regenerated with trailing zeros");
  });
});

test("Excel, 图表: previews for 图1–图7, 插入全部 makes seven charts with the right types and titles", async () => {
  const sheets = await sampleSheets();
  const specs = expected(sheets).analysis.charts;
  await withPane({ seed: { sheets, options: {} } }, async ({ page }) => {
    await waitConnected(page);
    await page.getByRole("tab", { name: "图表" }).click();
    await page.getByRole("button", { name: "读取工作簿" }).click();
    await page.getByTestId("charts").waitFor();
    expectEqual(await page.locator('[data-testid="chart-svg"]').count(), 7, "previews drawn");
    const before = await page.evaluate(() => window.__fakeExcel?.syncCount() ?? 0);
    await page.getByRole("button", { name: "插入全部" }).click();
    await page.getByText(/插入 7 个图表/).waitFor({ timeout: 15_000 });
    const charts = (await page.evaluate(() => window.__fakeExcel?.charts())) ?? [];
    expectEqual(
      charts.map((c) => [c.chartType, c.title]),
      specs.map((s) => [s.type === "pie" ? "Pie" : "ColumnClustered", s.caption]),
      "charts in the fake",
    );
    const syncs = (await page.evaluate(() => window.__fakeExcel?.syncCount() ?? 0)) - before;
    expect(syncs <= 3, `charts inserted in ≤3 syncs (took ${syncs})`);
    await screenshot(page, "excel-charts-320");

    // 插入所选: only 图2 and 图6; the add-in's own 图表 sheet is replaced, not duplicated.
    await page.getByRole("checkbox", { name: /图2/ }).check();
    await page.getByRole("checkbox", { name: /图6/ }).check();
    await page.getByRole("button", { name: /插入所选/ }).click();
    await page.getByText(/插入 2 个图表/).waitFor({ timeout: 15_000 });
    const again = (await page.evaluate(() => window.__fakeExcel?.charts())) ?? [];
    expectEqual(again.map((c) => c.title), ["图2：收入决算结构图", specs[5]?.caption], "charts after 插入所选");
  });
});
