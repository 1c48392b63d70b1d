/**
 * Issue 10, item 1: the user deletes a marked row and a marked sheet between two 校验 runs. In
 * Excel the hidden mark names turn into #REF! and keep their names (OfficeDev/office-js#4772);
 * adding a name with such an id fails with ItemAlreadyExists, and Excel does not roll back the
 * batch. The fake does the same, so this is the real sequence: read → analyse → publish, twice.
 */
import { clearMarks } from "../../src/adapters/office/clear-marks";
import { MARK_COLOURS } from "../../src/adapters/office/marks";
import { readAllSheets } from "../../src/adapters/office/read-workbook";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { analyze } from "../../src/core/analyze";
import { type FakeExcel, installFakeExcel } from "../helpers/fake-excel";
import { oneDefectSheets } from "./office-fixtures";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const markNames = (f: FakeExcel) => f.names().filter((n) => n.name.startsWith("_JueSuan_Mark_"));
const MARKS = new Set(Object.values(MARK_COLOURS));

/** Cells wearing a mark colour, over every sheet of the workbook. */
function paintedCells(f: FakeExcel): string[] {
  const out: string[] = [];
  for (const sheet of f.doc.sheets) for (const [k, cell] of sheet.cells) if (cell.fill && MARKS.has(cell.fill)) out.push(`${sheet.name}:${k}`);
  return out;
}

async function checkWithMarks(): Promise<Awaited<ReturnType<typeof publishCheckResults>>> {
  const { check, workbook } = analyze(await readAllSheets());
  return publishCheckResults({ findings: check.findings, loadIssues: workbook.issues, mark: true });
}

describe("marks after the user deletes marked rows and sheets", () => {
  it("a second 校验 with marks succeeds with exactly one set of marks and no #REF! names", async () => {
    fake = installFakeExcel(await oneDefectSheets());
    const first = await checkWithMarks();
    expect(first.marked).toBeGreaterThan(0);
    const marked = markNames(fake).map((n) => `${n.sheet?.name}!${n.area?.top}`);
    // The defect's row on 公开06表 (E10 → row 10) and the whole of 公开05表 carry marks.
    expect(marked).toContain("公开06表!9");
    expect(marked.some((m) => m.startsWith("公开05表!"))).toBe(true);

    fake.deleteRows("公开06表", 10);
    fake.deleteSheet("公开05表");
    const broken = markNames(fake).filter((n) => n.area === null || n.sheet?.deleted);
    expect(broken.length).toBeGreaterThanOrEqual(2);

    const second = await checkWithMarks();
    expect(second.sheetName).toBe("审核结果");
    const names = markNames(fake);
    // Exactly one set: one live name per painted cell, ids distinct, none broken.
    expect(names).toHaveLength(second.marked);
    expect(new Set(names.map((n) => n.name.toLowerCase())).size).toBe(names.length);
    expect(names.every((n) => n.sheet && !n.sheet.deleted && n.area)).toBe(true);
    expect(paintedCells(fake)).toHaveLength(second.marked);
    expect(fake.sheetList().filter((s) => s.name.startsWith("审核结果"))).toHaveLength(1);

    // And 清除标记 afterwards leaves no mark anywhere.
    await clearMarks();
    expect(markNames(fake)).toHaveLength(0);
    expect(paintedCells(fake)).toEqual([]);
  });

  it("清除标记 after a marked sheet was deleted takes the #REF! names away too", async () => {
    fake = installFakeExcel(await oneDefectSheets());
    await checkWithMarks();
    fake.deleteSheet("公开05表");
    const result = await clearMarks();
    expect(result.restored).toBeGreaterThan(0);
    expect(markNames(fake)).toHaveLength(0);
    expect(paintedCells(fake)).toEqual([]);
  });

  it("new ids start above every existing mark id, broken ones included", async () => {
    fake = installFakeExcel(await oneDefectSheets());
    await checkWithMarks();
    const highest = Math.max(...markNames(fake).map((n) => Number(n.name.slice("_JueSuan_Mark_".length))));
    fake.deleteSheet("公开05表");
    await checkWithMarks();
    const ids = markNames(fake).map((n) => Number(n.name.slice("_JueSuan_Mark_".length)));
    expect(Math.min(...ids)).toBeGreaterThan(highest);
  });
});
