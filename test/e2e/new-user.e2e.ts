/**
 * Tried as a new user would: the wrong workbook, a protected sheet, a sheet of their own called
 * 审核结果, and an impatient double click on 校验. Clear messages, nothing of theirs lost.
 */
import { expect, expectEqual, paneMessage, screenshot, shownCounts, test, withPane } from "./harness";
import { expected, noTablesSheets, oneDefectSheets, sampleSheets, USER_CHECK_SHEET } from "./seeds";

test("new user: a workbook without the tables gets one plain sentence", async () => {
  await withPane({ seed: { sheets: noTablesSheets(), options: {} } }, async ({ page }) => {
    await page.getByText("已连接 Excel").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "校验", exact: true }).click();
    const bar = page.getByTestId("no-tables");
    await bar.waitFor();
    expect((await bar.innerText()).includes("没有找到部门决算公开附表"), "no-tables message");
    await page.getByRole("tab", { name: "情况说明" }).click();
    await page.getByText(/没有找到部门决算公开附表/).nth(1).waitFor();
    await screenshot(page, "new-user-no-tables-320");
  });
});

test("new user: a protected sheet — 标记单元格 says so in Chinese and changes nothing", async () => {
  const { sheets, cell } = await oneDefectSheets();
  const sheetName = cell.split("!")[0] ?? "";
  await withPane({ seed: { sheets, options: { protectedSheets: [sheetName] } } }, async ({ page }) => {
    await page.getByText("已连接 Excel").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await shownCounts(page);
    const before = await page.evaluate(() => window.__fakeExcel?.sheets());
    await page.getByRole("button", { name: "标记单元格" }).click();
    const msg = await paneMessage(page);
    expect(msg.includes("保护"), `protected-sheet message: ${msg}`);
    expect(!/AccessDenied|RichApi|Error/.test(msg), `no raw error text: ${msg}`);
    const after = await page.evaluate(() => window.__fakeExcel?.sheets());
    expectEqual(after, before, "workbook unchanged");
    // The pane is still usable: findings still listed.
    expect((await page.getByTestId("finding").count()) > 0, "findings still shown");
    await screenshot(page, "new-user-protected-320");
  });
});

test("new user: their own 审核结果 sheet is left alone; results go beside it", async () => {
  const { sheets } = await oneDefectSheets();
  await withPane({ seed: { sheets: [...sheets, USER_CHECK_SHEET], options: {} } }, async ({ page }) => {
    await page.getByText("已连接 Excel").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "校验", exact: true }).click();
    await shownCounts(page);
    await page.getByRole("button", { name: "标记单元格" }).click();
    const msg = await paneMessage(page);
    expect(msg.includes("没有改动它"), `notice about the user's sheet: ${msg}`);
    const all = (await page.evaluate(() => window.__fakeExcel?.sheets())) ?? [];
    const mine = all.find((s) => s.name === "审核结果");
    expectEqual(mine?.values, USER_CHECK_SHEET.values, "the user's 审核结果");
    expect(all.some((s) => s.name.startsWith("审核结果（")), "results on another sheet");
    // A second run replaces the add-in's sheet instead of adding another.
    await page.getByRole("button", { name: "标记单元格" }).click();
    await page.getByText(/问题清单已写入/).waitFor();
    const names = (await page.evaluate(() => window.__fakeExcel?.sheetNames())) ?? [];
    expectEqual(names.filter((n) => n.startsWith("审核结果")).length, 2, "sheets named 审核结果… after two runs");
  });
});

test("new user: pressing 校验 twice quickly reads the workbook once", async () => {
  const sheets = await sampleSheets();
  const want = expected(sheets);
  await withPane({ seed: { sheets, options: {} } }, async ({ page }) => {
    await page.getByText("已连接 Excel").waitFor({ timeout: 15_000 });
    // Two clicks in the same task, before React can re-render and disable the button.
    await page.evaluate(() => {
      // Not the tab of the same name: the tab is a button too, with role="tab".
      const button = [...document.querySelectorAll("button:not([role=tab])")].find((b) => b.textContent === "校验");
      if (!(button instanceof HTMLButtonElement)) throw new Error("no 校验 button");
      button.click();
      button.click();
    });
    const counts = await shownCounts(page);
    expectEqual(counts, want.counts, "counts");
    await page.waitForTimeout(300);
    expectEqual(await page.evaluate(() => window.__fakeExcel?.runCount()), 1, "Excel.run calls");
    expectEqual(await page.evaluate(() => window.__fakeExcel?.syncCount()), 3, "syncs");
  });
});
