/** The pane's pure logic: counts, grouping, filters, placeholders, clipboard payload, chart geometry. */
import { parseRef } from "../../src/core/cells";
import type { ChartPoint } from "../../src/core/charts";
import type { Paragraph } from "../../src/core/narrative";
import type { Finding } from "../../src/core/rules/findings";
import type { LoadIssue } from "../../src/core/tables";
import { columnLayout, pieSlices } from "../../src/taskpane/view/chart-geometry";
import { countByKind, describeNumbers, groupByTable, matchesFilter, noTablesFound, visibleIssues } from "../../src/taskpane/view/check-view";
import { groupSections, splitPlaceholders, toClipboard, topSection } from "../../src/taskpane/view/narrative-view";
import { createSingleFlight } from "../../src/taskpane/view/single-flight";

function finding(over: Partial<Finding>): Finding {
  const cells = over.cells ?? ["公开06表!E9"];
  return {
    ruleId: "I-07",
    severity: "error",
    outcome: "inconsistent",
    messageId: "note",
    data: { kind: "note", text: "合计不等于各项之和" },
    message: "合计不等于各项之和",
    refs: cells.map((c) => parseRef(c)!),
    cells,
    expected: 2645.86,
    actual: 2644.86,
    difference: -1,
    table: "T06",
    ...over,
  };
}

describe("check view", () => {
  const findings = [
    finding({ table: "T05", ruleId: "X-10", cells: ["公开05表!F11"] }),
    finding({}),
    finding({ outcome: "rounding", severity: "warning", ruleId: "I-08", cells: ["公开06表!E20"] }),
    finding({ severity: "warning", ruleId: "C-04" }),
    finding({ severity: "info", ruleId: "X-20", table: "T11", cells: [] }),
  ];

  it("counts 尾差 by outcome and the rest by severity", () => {
    expect(countByKind(findings)).toEqual({ error: 2, rounding: 1, warning: 1, info: 1 });
  });

  it("groups by table in table order with per-group counts", () => {
    const groups = groupByTable([...findings].reverse());
    expect(groups.map((g) => g.table)).toEqual(["T05", "T06", "T11"]);
    expect(groups[1]?.title).toBe("公开06表 一般公共预算财政拨款支出决算表");
    expect(groups[1]?.counts).toEqual({ error: 1, rounding: 1, warning: 1, info: 0 });
  });

  it("filters by kind and by text over message, rule, table label and cell", () => {
    expect(findings.filter((f) => matchesFilter(f, { kinds: ["rounding"], text: "" })).map((f) => f.ruleId)).toEqual(["I-08"]);
    expect(findings.filter((f) => matchesFilter(f, { kinds: [], text: "公开05表" })).map((f) => f.ruleId)).toEqual(["X-10"]);
    expect(findings.filter((f) => matchesFilter(f, { kinds: [], text: "e20" })).map((f) => f.ruleId)).toEqual(["I-08"]);
    expect(findings.filter((f) => matchesFilter(f, { kinds: ["error"], text: "x-" })).map((f) => f.ruleId)).toEqual(["X-10"]);
  });

  it("describes the numbers, or nothing when the rule compared none", () => {
    expect(describeNumbers(findings[0]!)).toBe("填报 2644.86，应为 2645.86，差额 -1.00");
    expect(describeNumbers(finding({ expected: null, actual: null, difference: null }))).toBeNull();
  });

  it("lists a load issue once: a missing table C-01 reports is not repeated", () => {
    const issue = (code: string, table?: "T07" | "T08"): LoadIssue => ({ code, severity: "error", message: `${code} ${table ?? ""}`, cells: [], ...(table ? { table } : {}) });
    const issues = [issue("table-missing", "T07"), issue("table-missing", "T08"), issue("text-in-number")];
    const c01 = finding({ ruleId: "C-01", table: "T07" });
    expect(visibleIssues(issues, [c01]).map((i) => i.message)).toEqual(["table-missing T08", "text-in-number "]);
    expect(noTablesFound([issue("no-tables")])).toBe(true);
    expect(noTablesFound(issues)).toBe(false);
  });
});

describe("narrative view", () => {
  const para = (section: string, kind: Paragraph["kind"], text: string, missing: string[] = []): Paragraph => ({
    section,
    id: `${section}-${text.length}`,
    kind,
    text,
    cells: [],
    inputs: [],
    missing,
  });

  it("splits placeholders out of the text", () => {
    expect(splitPlaceholders("与上年相比，【待补充：上年收支总计】。")).toEqual([
      { text: "与上年相比，", placeholder: false },
      { text: "【待补充：上年收支总计】", placeholder: true },
      { text: "。", placeholder: false },
    ]);
    expect(splitPlaceholders("没有占位")).toEqual([{ text: "没有占位", placeholder: false }]);
  });

  it("groups subsections with their section and counts placeholders", () => {
    expect(topSection("五（二）")).toBe("五");
    const sections = groupSections([
      para("第二部分", "heading", "第二部分　2021年度部门决算情况说明"),
      para("五", "heading", "五、一般公共预算财政拨款支出决算情况说明"),
      para("五（一）", "text", "（一）…总体情况。【待补充：上年一般公共预算财政拨款支出】", ["prior.t06Total"]),
      para("五（二）", "text", "（二）…结构情况。"),
      para("六", "heading", "六、一般公共预算财政拨款基本支出决算情况说明"),
    ]);
    expect(sections.map((s) => [s.key, s.paragraphs.length, s.placeholders])).toEqual([
      ["第二部分", 1, 0],
      ["五", 3, 1],
      ["六", 1, 0],
    ]);
    expect(sections[1]?.title).toBe("五、一般公共预算财政拨款支出决算情况说明");
  });

  it("builds HTML for Word (escaped, headings bold, placeholders highlighted) and plain text", () => {
    const { html, text } = toClipboard([para("一", "heading", "一、收入<支出>"), para("一", "text", "总计【待补充：上年收支总计】&")]);
    expect(text).toBe("一、收入<支出>\n总计【待补充：上年收支总计】&");
    expect(html).toContain("<p style=\"margin:0;font-weight:bold\">一、收入&lt;支出&gt;</p>");
    expect(html).toContain('<span style="background:yellow">【待补充：上年收支总计】</span>&amp;');
    expect(html).toContain('<meta charset="utf-8">');
  });
});

describe("chart geometry", () => {
  const pt = (category: string, value: number): ChartPoint => ({ category, value, micros: Math.round(value * 1e6), ref: null, input: null });

  it("scales columns to the larger value and labels them", () => {
    const layout = columnLayout([pt("2020年", 4540.77), pt("2021年", 3850.88)], 280, 150);
    const [a, b] = layout.bars;
    expect(a && b).toBeTruthy();
    expect(a!.y + a!.height).toBeCloseTo(layout.baseline);
    expect(b!.height / a!.height).toBeCloseTo(3850.88 / 4540.77);
    expect(a!.label).toBe("4540.77");
  });

  it("wraps long category labels to their slot instead of letting them overlap", () => {
    const long = "2020年一般公共预算财政拨款支出";
    const layout = columnLayout([pt(long, 3726.87), pt("2021年一般公共预算财政拨款支出", 3747.7)], 280, 150);
    const lines = layout.bars[0]!.categoryLines;
    expect(lines.join("")).toBe(long);
    expect(lines.length).toBeGreaterThan(1);
    // Each line fits its slot of 140 px at 11 px per character.
    expect(Math.max(...lines.map((l) => l.length)) * 11).toBeLessThanOrEqual(140);
    expect(layout.height).toBeGreaterThan(150);
    expect(columnLayout([pt("2020年", 1), pt("2021年", 2)], 280, 150).bars[0]!.categoryLines).toEqual(["2020年"]);
  });

  it("draws pie slices whose shares add up, skips zero and negative values, and a whole circle for one slice", () => {
    const slices = pieSlices([pt("一般公共预算", 3704.83), pt("政府性基金", 82.16), pt("其他", 2.01), pt("零", 0)]);
    expect(slices.map((s) => s.category)).toEqual(["一般公共预算", "政府性基金", "其他"]);
    expect(slices.reduce((s, x) => s + x.percent, 0)).toBeCloseTo(100, 1);
    expect(slices[0]?.path.startsWith("M 70 70 L 70 10 A 60 60 0 1 1")).toBe(true);
    const whole = pieSlices([pt("唯一", 5)]);
    expect(whole).toHaveLength(1);
    expect(whole[0]?.path).toContain("a 60 60 0 1 0 120 0");
    expect(pieSlices([pt("零", 0)])).toEqual([]);
  });
});

describe("single flight", () => {
  it("refuses a second start while the first runs, and allows one after", async () => {
    const flight = createSingleFlight();
    let runs = 0;
    let release: () => void = () => undefined;
    const first = flight.run(() => new Promise<void>((r) => ((release = r), runs++)));
    expect(first).not.toBeNull();
    expect(flight.busy).toBe(true);
    expect(flight.run(async () => void runs++)).toBeNull();
    await Promise.resolve();
    release();
    await first;
    expect(runs).toBe(1);
    expect(flight.busy).toBe(false);
    await flight.run(async () => void runs++);
    expect(runs).toBe(2);
  });

  it("frees the flight when the work fails", async () => {
    const flight = createSingleFlight();
    await expect(flight.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(flight.busy).toBe(false);
  });
});
