/**
 * 校验 written to Excel: the 审核结果 sheet, marks and their removal, on the generator's sample
 * workbook with one defect, in the in-memory Excel.
 */
import { clearMarks } from "../../src/adapters/office/clear-marks";
import { OfficeAdapterError } from "../../src/adapters/office/errors";
import { MARK_COLOURS } from "../../src/adapters/office/marks";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { parseRef } from "../../src/core/cells";
import type { Finding } from "../../src/core/rules";
import { renderFinding } from "../../src/core/rules/render";
import { buildSheet, type FakeExcel, hyperlinkTarget, installFakeExcel } from "../helpers/fake-excel";
import { sampleSheets } from "../helpers/sample-workbooks";
import { analysisOf, fillOf, oneDefectSheets, resetCounters, roundingSheets, userFills, writesOf } from "./office-fixtures";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const ownNames = (f: FakeExcel) => f.names().filter((n) => n.name.startsWith("_JueSuan_Own_"));
const markNames = (f: FakeExcel) => f.names().filter((n) => n.name.startsWith("_JueSuan_Mark_"));
const sheetNames = (f: FakeExcel) => f.sheetList().map((s) => s.name);

async function defect(): Promise<{ fake: FakeExcel; findings: Finding[] }> {
  const sheets = await oneDefectSheets();
  const { check, workbook } = analysisOf(sheets);
  expect(check.findings.length).toBeGreaterThanOrEqual(3);
  expect(workbook.issues).toEqual([]);
  fake = installFakeExcel(sheets);
  return { fake, findings: check.findings };
}

describe("publishCheckResults", () => {
  it("writes the 审核结果 sheet with a link per finding and marks the cells, in at most 4 syncs", async () => {
    const { fake, findings } = await defect();
    const result = await publishCheckResults({ findings, mark: true });

    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(fake.syncCount).toBe(3);
    expect(fake.runCount).toBe(1);
    expect(result.sheetName).toBe("审核结果");
    expect(result.notice).toBeNull();

    const sheet = fake.sheets().find((s) => s.name === "审核结果")!;
    expect(sheet.values[2]).toEqual(["序号", "表", "规则", "结果", "说明", "单元格", "期望值", "实际值", "差额", "详细说明"]);
    expect(sheet.values.length).toBe(3 + findings.length);
    const first = findings[0]!;
    const row = sheet.values[3]!;
    // 说明 is the headline, 详细说明 the explanation: both from the core's one renderer.
    const { headline, detail } = renderFinding(first);
    expect(row.slice(0, 5)).toEqual([1, first.table.replace("T", "公开") + "表", first.ruleId, "错误", headline]);
    expect(headline).toMatch(/差 \d+\.\d\d 万元$/);
    expect(row[5]).toBe(first.cells[0]);
    expect(row.slice(6)).toEqual([first.expected, first.actual, first.difference, detail]);
    expect(detail).toContain("区间");
    // A Range.hyperlink inside the workbook (ExcelApi 1.7), not a HYPERLINK formula (issue 10, item 7).
    expect(fake.cell("审核结果", "F4")).toMatchObject({ value: first.cells[0], hyperlink: { documentReference: `'公开05表'!F11` } });
    expect(fake.cell("审核结果", "F4")!.formula).toBeUndefined();
    expect(fake.logOf("hyperlink")).toHaveLength(findings.length);

    // Every cell of every error finding is red; nothing else was painted on the user's tables.
    const cells = new Set(findings.flatMap((f) => f.cells));
    expect(result.marked).toBe(cells.size);
    for (const c of cells) {
      const [s, a1] = c.split("!") as [string, string];
      expect(fillOf(fake, s, a1)).toEqual({ color: MARK_COLOURS.error });
    }
    const painted = fake.logOf("fill").filter((e) => e.sheet !== "审核结果");
    expect(painted.map((e) => `${e.sheet}!${e.address.split("!")[1]}`).sort()).toEqual([...cells].sort());
    expect(markNames(fake)).toHaveLength(cells.size);
    expect(markNames(fake).every((n) => !n.visible)).toBe(true);
    expect(ownNames(fake).map((n) => n.name)).toEqual(["_JueSuan_Own_Check"]);
  });

  it("colours 尾差 yellow and warnings orange; hints are not painted", async () => {
    const sheets = await roundingSheets();
    const { check } = analysisOf(sheets);
    expect(new Set(check.findings.map((f) => f.outcome))).toEqual(new Set(["inconsistent", "rounding"]));
    fake = installFakeExcel(sheets);
    const extra = (severity: Finding["severity"], cell: string): Finding => ({ ...check.findings[0]!, severity, outcome: "inconsistent", cells: [cell], refs: [parseRef(cell)!] });
    await publishCheckResults({ findings: [...check.findings, extra("warning", "公开01表!B6"), extra("info", "公开01表!B7")], mark: true });
    // E10 is in an error and in 尾差 findings: the strongest colour wins.
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: MARK_COLOURS.error });
    expect(fillOf(fake, "公开06表", "E9")).toEqual({ color: MARK_COLOURS.rounding });
    expect(fillOf(fake, "公开06表", "F10")).toEqual({ color: MARK_COLOURS.rounding });
    expect(fillOf(fake, "公开01表", "B6")).toEqual({ color: MARK_COLOURS.warning });
    expect(fillOf(fake, "公开01表", "B7")).toEqual({ color: null });
    const labels = fake.sheets().find((s) => s.name === "审核结果")!.values.slice(3).map((r) => r[3]);
    expect(new Set(labels)).toEqual(new Set(["错误", "尾差", "警告", "提示"]));
  });

  it("a second run leaves one sheet, one set of marks and, after clearMarks, the user's fills exactly", async () => {
    const { fake, findings } = await defect();
    await userFills(fake, [
      { sheet: "公开06表", a1: "E10", color: "#00B050" },
      { sheet: "公开06表", a1: "E11", color: "#FFFFFF" }, // white, not "no fill"
      { sheet: "公开06表", a1: "E12", color: "#FFFF00", pattern: "Gray25" },
    ]);
    const before = fake.sheets().filter((s) => s.name.startsWith("公开"));

    const first = await publishCheckResults({ findings, mark: true });
    resetCounters(fake);
    const second = await publishCheckResults({ findings, mark: true });
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(second).toEqual(first);

    expect(sheetNames(fake).filter((n) => n.startsWith("审核结果"))).toEqual(["审核结果"]);
    expect(ownNames(fake)).toHaveLength(1);
    expect(markNames(fake)).toHaveLength(first.marked);
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: MARK_COLOURS.error });

    resetCounters(fake);
    const cleared = await clearMarks();
    expect(cleared).toEqual({ restored: first.marked, kept: 0, valuesRestored: 0, valuesKept: 0 });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(markNames(fake)).toHaveLength(0);
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: "#00B050" });
    expect(fillOf(fake, "公开06表", "E11")).toEqual({ color: "#FFFFFF" });
    expect(fillOf(fake, "公开06表", "E12")).toEqual({ color: "#FFFF00", pattern: "Gray25" });
    expect(fillOf(fake, "公开06表", "E9")).toEqual({ color: null });
    // Values and formats of the user's tables are exactly what they were.
    expect(fake.sheets().filter((s) => s.name.startsWith("公开"))).toEqual(before);
  });

  it("takes earlier marks off when the defect is fixed, and when publishing without marks", async () => {
    const { fake, findings } = await defect();
    await publishCheckResults({ findings, mark: true });
    const result = await publishCheckResults({ findings: [], mark: true });
    expect(result.marked).toBe(0);
    expect(result.restored).toBeGreaterThan(0);
    expect(markNames(fake)).toHaveLength(0);
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: null });
    expect(fake.sheets().find((s) => s.name === "审核结果")!.values[1]?.[0]).toBe("未发现问题。");

    await publishCheckResults({ findings, mark: true });
    await publishCheckResults({ findings, mark: false });
    expect(markNames(fake)).toHaveLength(0);
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: null });
  });

  it("keeps a fill the user chose after the cell was marked", async () => {
    const { fake, findings } = await defect();
    await publishCheckResults({ findings, mark: true });
    await userFills(fake, [{ sheet: "公开06表", a1: "E10", color: "#92D050" }]);
    const cleared = await clearMarks();
    expect(cleared.kept).toBe(1);
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: "#92D050" });
    expect(fillOf(fake, "公开06表", "E9")).toEqual({ color: null });
  });

  it("never touches a user's own sheet called 审核结果; ours goes to 审核结果（助手） and stays there", async () => {
    const sheets = await oneDefectSheets();
    const { check } = analysisOf(sheets);
    const mine = buildSheet("审核结果", [["我自己的审核记录"], ["=不是公式"]]);
    fake = installFakeExcel([...sheets, mine]);
    const userSheetBefore = fake.sheets().find((s) => s.name === "审核结果");

    const first = await publishCheckResults({ findings: check.findings, mark: true });
    expect(first.sheetName).toBe("审核结果（助手）");
    expect(first.notice).toContain("审核结果");
    const second = await publishCheckResults({ findings: check.findings, mark: true });
    expect(second.sheetName).toBe("审核结果（助手）");

    expect(fake.sheets().find((s) => s.name === "审核结果")).toEqual(userSheetBefore);
    expect(fake.log.filter((e) => "sheet" in e && e.sheet === "审核结果")).toEqual([]);
    expect(sheetNames(fake).filter((n) => n.startsWith("审核结果"))).toEqual(["审核结果", "审核结果（助手）"]);
  });

  it("leaves a results sheet the user renamed (adopted) and makes a fresh one", async () => {
    const { fake, findings } = await defect();
    await publishCheckResults({ findings, mark: false });
    const context = fake.newContext();
    context.workbook.worksheets.getItem("审核结果").name = "三月审核";
    await context.sync();
    await publishCheckResults({ findings, mark: false });
    expect(sheetNames(fake)).toEqual(expect.arrayContaining(["三月审核", "审核结果"]));
    expect(fake.sheets().find((s) => s.name === "三月审核")!.values.length).toBe(3 + findings.length);
  });

  it("refuses with a Chinese message and writes nothing when a sheet to mark is protected", async () => {
    const sheets = await oneDefectSheets();
    const { check } = analysisOf(sheets);
    fake = installFakeExcel(sheets, { protectedSheets: ["公开06表"] });
    const error = await publishCheckResults({ findings: check.findings, mark: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect(error).toMatchObject({ code: "AccessDenied" });
    expect((error as Error).message).toMatch(/工作表“公开06表”受保护.*撤销工作表保护/);
    expect(writesOf(fake)).toEqual([]);
    expect(sheetNames(fake)).not.toContain("审核结果");

    // Without marks the sheet is written and the protected table untouched.
    const result = await publishCheckResults({ findings: check.findings, mark: false });
    expect(result.marked).toBe(0);
    expect(writesOf(fake).filter((e) => "sheet" in e && e.sheet === "公开06表")).toEqual([]);
  });

  it("maps an Office error raised by Excel itself (cell edit mode) to the Chinese message", async () => {
    const { fake, findings } = await defect();
    fake.cellEditMode = true;
    await expect(publishCheckResults({ findings, mark: true })).rejects.toMatchObject({
      name: "OfficeAdapterError",
      code: "InvalidOperationInCellEditMode",
      message: expect.stringContaining("请先退出单元格编辑状态"),
    });
    expect(writesOf(fake)).toEqual([]);
  });

  it("keeps formula-looking text as text: messages, rule ids, sheet names", async () => {
    fake = installFakeExcel([buildSheet("-收入", [["项目", "金额"], ["合计", 1]]), ...(await sampleSheets())]);
    const finding: Finding = {
      ruleId: "=1+1",
      severity: "warning",
      outcome: "inconsistent",
      messageId: "note",
      data: { kind: "note", text: "=HYPERLINK(\"http://evil\",\"点我\")" },
      message: "=HYPERLINK(\"http://evil\",\"点我\")",
      refs: [{ sheet: "-收入", row: 1, col: 1 }],
      cells: ["'-收入'!B2"],
      expected: 1,
      actual: 2,
      difference: 1,
      table: "T01",
      note: "+理由",
    };
    await publishCheckResults({ findings: [finding], mark: true, loadIssues: [{ code: "x", severity: "info", message: "@提示", cells: [] }] });
    const c3 = fake.cell("审核结果", "C4")!;
    expect(c3).toMatchObject({ value: "=1+1", quotePrefix: true });
    expect(c3.formula).toBeUndefined();
    expect(fake.cell("审核结果", "E4")).toMatchObject({ value: finding.message });
    expect(fake.cell("审核结果", "J4")).toMatchObject({ value: "（+理由）" });
    expect(fake.cell("审核结果", "E4")!.formula).toBeUndefined();
    expect(fake.cell("审核结果", "E5")).toMatchObject({ value: "@提示" });
    expect(fake.cell("审核结果", "F4")!.hyperlink).toEqual({ documentReference: "'-收入'!B2", screenTip: "跳转到 '-收入'!B2" });
    expect(fake.cell("审核结果", "F4")!.value).toBe("'-收入'!B2");
    expect(fillOf(fake, "-收入", "B2")).toEqual({ color: MARK_COLOURS.warning });
    // No cell anywhere turned into a formula other than the links.
    const formulas = fake.sheets().flatMap((s) => s.values.flat()).filter((v) => v === "#NAME?");
    expect(formulas).toEqual([]);
  });

  it("falls back to a HYPERLINK formula on a host below ExcelApi 1.7", async () => {
    const sheets = await oneDefectSheets();
    const { findings } = analysisOf(sheets).check;
    fake = installFakeExcel(sheets, { apiVersion: "1.6" });
    await publishCheckResults({ findings, mark: false });
    const link = fake.cell("审核结果", "F4")!.formula!;
    expect(hyperlinkTarget(link)).toBe(`#'公开05表'!F11`);
    expect(fake.logOf("hyperlink")).toEqual([]);
  });

  it("runs one action at a time: 校验 pressed twice quickly gives one sheet and one set of marks", async () => {
    const { fake, findings } = await defect();
    const [a, b] = await Promise.all([publishCheckResults({ findings, mark: true }), publishCheckResults({ findings, mark: true })]);
    expect(a.sheetName).toBe("审核结果");
    expect(b.sheetName).toBe("审核结果");
    expect(sheetNames(fake).filter((n) => n.startsWith("审核结果"))).toEqual(["审核结果"]);
    expect(markNames(fake)).toHaveLength(a.marked);
    await clearMarks();
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: null });
  });
});
