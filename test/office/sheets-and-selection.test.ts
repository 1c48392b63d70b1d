/** 情况说明 and 补充信息 sheets, selectCell, and how readAllSheets treats the add-in's own sheets. */
import { readAllSheets } from "../../src/adapters/office/read-workbook";
import { selectCell } from "../../src/adapters/office/select-cell";
import { writeNarrativeSheet } from "../../src/adapters/office/write-narrative";
import { createSupplementaryTemplate } from "../../src/adapters/office/write-inputs-template";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { supplementaryTemplate } from "../../src/core/inputs";
import { buildSheet, type FakeExcel, installFakeExcel } from "../helpers/fake-excel";
import { sampleSheets } from "../helpers/sample-workbooks";
import { analysisOf, oneDefectSheets, writesOf } from "./office-fixtures";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const tables = () => sampleSheets().then((sheets) => sheets.filter((s) => s.name !== "补充信息"));

describe("writeNarrativeSheet", () => {
  const paragraphs = [
    { section: "第二部分", text: "第二部分\u30002021年度部门决算情况说明", kind: "heading" },
    { section: "一", text: "2021年度收入、支出决算总计2,694.18万元。" },
    { section: "十", text: "-（无）" },
  ];

  it("writes section and text, wrapped, in 2 syncs, and replaces its own sheet on a rerun", async () => {
    fake = installFakeExcel(await tables());
    const result = await writeNarrativeSheet(paragraphs);
    expect(result).toEqual({ sheetName: "情况说明", rows: 3, notice: null });
    expect(fake.syncCount).toBe(2);
    await writeNarrativeSheet(paragraphs.slice(0, 2));
    const sheet = fake.sheets().find((s) => s.name === "情况说明")!;
    expect(sheet.values).toEqual([["节", "内容"], ...paragraphs.slice(0, 2).map((p) => [p.section, p.text])]);
    expect(fake.sheetList().filter((s) => s.name.startsWith("情况说明"))).toHaveLength(1);
    expect(fake.logOf("format").filter((e) => e.sheet === "情况说明" && e.property === "wrapText")).not.toHaveLength(0);
    expect(fake.logOf("format").some((e) => e.sheet === "情况说明" && e.property === "columnWidth" && e.value === 640)).toBe(true);
  });

  it("keeps text starting with - or = as text", async () => {
    fake = installFakeExcel(await tables());
    await writeNarrativeSheet(paragraphs);
    expect(fake.cell("情况说明", "B4")).toMatchObject({ value: "-（无）", quotePrefix: true });
    expect(fake.cell("情况说明", "B4")!.formula).toBeUndefined();
  });
});

describe("createSupplementaryTemplate", () => {
  it("creates 补充信息 with 项目 | 数值 | 说明 and marks it as ours", async () => {
    fake = installFakeExcel(await tables());
    const rows = supplementaryTemplate();
    const result = await createSupplementaryTemplate(rows);
    expect(result).toEqual({ created: true, sheetName: "补充信息" });
    expect(fake.syncCount).toBe(2);
    const sheet = fake.sheets().find((s) => s.name === "补充信息")!;
    expect(sheet.values[0]).toEqual(["项目", "数值", "说明"]);
    expect(sheet.values.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.label));
    expect(fake.names().map((n) => n.name)).toContain("_JueSuan_Own_Inputs");
  });

  it("never overwrites an existing 补充信息, the user's or one it made earlier", async () => {
    const sheets = await sampleSheets(); // has the user's 补充信息
    fake = installFakeExcel(sheets);
    const before = fake.sheets();
    const result = await createSupplementaryTemplate(supplementaryTemplate());
    expect(result).toEqual({ created: false, reason: expect.stringContaining("不会覆盖") });
    expect(fake.sheets()).toEqual(before);
    expect(writesOf(fake)).toEqual([]);

    fake.uninstall();
    fake = installFakeExcel(await tables());
    await createSupplementaryTemplate(supplementaryTemplate());
    const again = await createSupplementaryTemplate(supplementaryTemplate());
    expect(again.created).toBe(false);
  });

  it("counts a 补充信息（2021） as existing too, as the core reads it", async () => {
    fake = installFakeExcel([...(await tables()), buildSheet("补充信息（2021）", [["项目", "数值"]])]);
    expect((await createSupplementaryTemplate([])).created).toBe(false);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell, in one sync", async () => {
    fake = installFakeExcel(await tables());
    await selectCell({ sheet: "公开06表", row: 8, col: 4 });
    expect(fake.syncCount).toBe(1);
    expect(fake.logOf("select")).toEqual([expect.objectContaining({ sheet: "公开06表", address: "公开06表!E9" })]);
    expect(fake.logOf("activate")).toEqual([expect.objectContaining({ sheet: "公开06表" })]);
  });

  it("handles sheet names with quotes and spaces", async () => {
    fake = installFakeExcel([buildSheet("张三's 表 1", [["x"]]), buildSheet("Sheet1", [["y"]])]);
    await selectCell({ sheet: "张三's 表 1", row: 2, col: 1 });
    expect(fake.doc.selection).toMatchObject({ area: { top: 2, left: 1, rowCount: 1, columnCount: 1 } });
    expect(fake.logOf("select")[0]?.sheet).toBe("张三's 表 1");
  });

  it("says in Chinese that a sheet no longer exists", async () => {
    fake = installFakeExcel(await tables());
    await expect(selectCell({ sheet: "公开99表", row: 0, col: 0 })).rejects.toMatchObject({ code: "ItemNotFound", message: expect.stringMatching(/找不到工作表“公开99表”/) });
  });
});

describe("readAllSheets and the add-in's own sheets", () => {
  it("leaves out the sheets the add-in generated (under any name) but keeps 补充信息 and a user's 审核结果", async () => {
    const sheets = await oneDefectSheets();
    const { check } = analysisOf(sheets);
    fake = installFakeExcel([...sheets, buildSheet("审核结果", [["我的"]])]);
    await publishCheckResults({ findings: check.findings, mark: true });
    await writeNarrativeSheet([{ section: "一", text: "正文" }]);
    fake.syncCount = 0;
    const read = await readAllSheets();
    expect(fake.syncCount).toBe(3);
    const names = read.map((s) => s.name);
    expect(names).not.toContain("审核结果（助手）");
    expect(names).not.toContain("情况说明");
    expect(names).toEqual(expect.arrayContaining(["补充信息", "审核结果", "公开06表"]));
    // The analysis of what was read is the same as before the add-in wrote anything.
    expect(analysisOf(read).check.findings).toEqual(check.findings);
  });
});
