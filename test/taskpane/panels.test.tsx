/**
 * The panels rendered on the server (no DOM here): what a user sees for a clean workbook, a
 * defect, a workbook without the tables, and the 情况说明 with its placeholders.
 */
import { analyze } from "../../src/core/analyze";
import type { RawSheet } from "../../src/core/raw-sheet";
import { ChartsPanel } from "../../src/taskpane/ChartsPanel";
import { CheckPanel } from "../../src/taskpane/CheckPanel";
import { DEFAULT_SETTINGS } from "../../src/taskpane/host/settings-store";
import { NarrativePanel } from "../../src/taskpane/NarrativePanel";
import { FIGURES_2021_PUBLISHED } from "../../src/sample";
import { deleteRow } from "../../src/sample/mutate";
import { sampleSheets } from "../helpers/sample-workbooks";
import { render, session, EXCEL, BROWSER, noop } from "../helpers/pane-render";


function withDefect(sheets: RawSheet[]): RawSheet[] {
  const t06 = sheets.find((s) => s.name === "公开06表")!;
  (t06.values[9] as (number | string | null)[])[4] = 2143.76;
  return sheets;
}

describe("校验 panel", () => {
  it("a clean sample: zero counts, no findings, the write buttons in Excel", async () => {
    const html = render(<CheckPanel session={session(analyze(await sampleSheets()))} actions={EXCEL} canRun needsFile={false} />);
    expect(html).toContain('data-kind="error" data-count="0"');
    expect(html).toContain("没有发现不一致或尾差");
    expect(html).toContain("标记单元格");
    expect(html).toContain("清除标记");
  });

  it("a defect: the cell to fix first, the findings it explains folded under it with headline and details", async () => {
    const analysis = analyze(withDefect(await sampleSheets()));
    const html = render(<CheckPanel session={session(analysis)} actions={EXCEL} canRun needsFile={false} />);
    expect(html).toMatch(/data-kind="error" data-count="[1-9]/);
    expect(analysis.causes[0]).toMatchObject({ cell: "公开06表!E10" });
    expect(html.indexOf("最可能的出错位置")).toBeLessThan(html.indexOf('data-testid="finding"'));
    expect(html).toContain('data-testid="cause" data-cell="公开06表!E10"');
    expect(html).toContain(`由此产生的 ${analysis.causes[0]!.findings.length} 条问题`);
    expect(html).toContain("详细说明");
    // Headlines, not the paragraphs: the intervals are in the folded details only.
    expect(html).toMatch(/data-testid="finding-headline">[^<]*差 1\.00 万元</);
  });

  it("a row deleted from one table: the row to add, linked to the table that lists it", async () => {
    const sheets = await sampleSheets();
    const t06 = sheets.find((s) => s.name === "公开06表")!;
    // Row 26 of 公开06表 is 2080501 行政单位离退休; Excel's 删除行 moves the rows below up.
    expect(t06.values[24]!.slice(0, 4)).toEqual(["208", "05", "01", "行政单位离退休"]);
    const analysis = analyze(deleteRow(sheets, "公开06表", 24, []).sheets);
    const cause = analysis.causes[0]!;
    expect(cause).toMatchObject({ kind: "missingRow", missingRow: { table: "T06", code: "2080501" } });
    const html = render(<CheckPanel session={session(analysis)} actions={EXCEL} canRun needsFile={false} />);
    expect(html).toContain(`data-testid="cause" data-cell="${cause.cell}"`);
    expect(html).toContain("公开06表缺少 2080501 行政单位离退休 这一行");
    expect(html).toContain(`由此产生的 ${cause.findings.length} 条问题`);
  });

  it("a finding is listed once: under its cause, or under its table when no cause explains it", async () => {
    const analysis = analyze(withDefect(await sampleSheets()));
    const rest = analysis.check.findings.length - analysis.causes.reduce((n, c) => n + c.findings.length, 0);
    const html = render(<CheckPanel session={session(analysis)} actions={EXCEL} canRun needsFile={false} />);
    expect(html.includes("一般公共预算财政拨款支出决算表（")).toBe(rest > 0);
    expect(html.split('data-testid="finding"').length - 1).toBe(analysis.check.findings.length);
  });

  it("published figures with 尾差: the 舍位平衡 cells listed, and the apply button in Excel only", async () => {
    const analysis = analyze(await sampleSheets({}, FIGURES_2021_PUBLISHED));
    const n = analysis.roundingAdjustments!.length;
    const excel = render(<CheckPanel session={session(analysis)} actions={{ ...EXCEL, applyRounding: noop }} canRun needsFile={false} />);
    expect(excel).toContain(`应用舍位平衡（<!-- -->${n}<!-- --> 处）`);
    expect(excel).toContain('data-testid="rounding-suggestions"');
    for (const a of analysis.roundingAdjustments!) expect(excel).toContain(a.message);
    const browser = render(<CheckPanel session={session(analysis)} actions={BROWSER} canRun needsFile={false} />);
    expect(browser).not.toContain("应用舍位平衡（");
    expect(browser).toContain('data-testid="rounding-suggestions"');
    // No suggestion, no button: the clean sample.
    const clean = render(<CheckPanel session={session(analyze(await sampleSheets()))} actions={{ ...EXCEL, applyRounding: noop }} canRun needsFile={false} />);
    expect(clean).not.toContain("应用舍位平衡（");
  });

  it("outside Excel: no write buttons, and a polite note instead", async () => {
    const analysis = analyze(withDefect(await sampleSheets()));
    const html = render(<CheckPanel session={session(analysis)} actions={BROWSER} canRun needsFile={false} />);
    expect(html).not.toContain(">标记单元格</button>");
    expect(html).toContain("在浏览器中打开的文件只能查看");
  });

  it("a workbook without the tables: one plain sentence, not fourteen", () => {
    const analysis = analyze([{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [["姓名", "金额"]], numberFormats: null }]);
    const html = render(<CheckPanel session={session(analysis)} actions={EXCEL} canRun needsFile={false} />);
    expect(html).toContain("没有找到部门决算公开附表");
    expect(html).not.toContain("未找到公开07表");
  });

  it("a missing table is shown once (as C-01's finding)", async () => {
    const analysis = analyze((await sampleSheets()).filter((s) => s.name !== "公开07表"));
    const html = render(<CheckPanel session={session(analysis)} actions={EXCEL} canRun needsFile={false} />);
    expect(html).toContain("缺少公开07表");
    expect(html.match(/公开07表（一般公共预算财政拨款支出决算明细表）/g)?.length).toBe(1);
  });
});

describe("情况说明 panel", () => {
  it("shows every section with 复制本节 and highlights placeholders and missing inputs", async () => {
    const sheets = (await sampleSheets()).filter((s) => s.name !== "补充信息");
    const html = render(<NarrativePanel session={session(analyze(sheets))} actions={EXCEL} settings={DEFAULT_SETTINGS} onSettings={noop} canRun needsFile={false} />);
    for (const s of ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]) expect(html).toContain(`data-section="${s}"`);
    expect(html.match(/复制本节/g)?.length).toBe(10);
    expect(html).toContain('data-testid="placeholder"');
    expect(html).toContain("还缺");
    expect(html).toContain("创建补充信息表");
    expect(html).toContain("写入工作表");
  });

  it("before the workbook is read: a prompt, and in a browser the hint to open a file", () => {
    const excel = render(<NarrativePanel session={session(null)} actions={EXCEL} settings={DEFAULT_SETTINGS} onSettings={noop} canRun needsFile={false} />);
    expect(excel).toContain("读取工作簿");
    const browser = render(<NarrativePanel session={session(null)} actions={BROWSER} settings={DEFAULT_SETTINGS} onSettings={noop} canRun={false} needsFile />);
    expect(browser).toContain("请先在上方打开一个 .xlsx 文件");
  });
});

describe("图表 panel", () => {
  it("draws 图1–图7 as SVG previews, columns and pies as the specs say", async () => {
    const analysis = analyze(await sampleSheets());
    const html = render(<ChartsPanel session={session(analysis)} actions={EXCEL} settings={DEFAULT_SETTINGS} onSettings={noop} canRun needsFile={false} />);
    const types = [...html.matchAll(/data-testid="chart-svg" data-type="(\w+)"/g)].map((m) => m[1]);
    expect(types).toEqual(analysis.charts.map((c) => c.type));
    expect(html).toContain("插入全部");
    expect(html).toContain("插入所选");
    for (const c of analysis.charts) expect(html).toContain(c.caption);
  });
});
