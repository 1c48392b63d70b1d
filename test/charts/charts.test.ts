import { analyze } from "../../src/core/analyze";
import { CHARTS, buildCharts, type ChartSpec } from "../../src/core/charts";
import { EMPTY_INPUTS } from "../../src/core/inputs";
import { readWorkbook } from "../../src/core/tables";
import { sampleSheets } from "../helpers/sample-workbooks";

jest.setTimeout(60_000);

const values = (c: ChartSpec): [string, number][] => c.points.map((p) => [p.category, p.value]);

describe("图1–图7 from the sample workbook and its 补充信息", () => {
  let charts: ChartSpec[];
  beforeAll(async () => {
    charts = analyze(await sampleSheets()).charts;
  });

  it("builds seven charts in order with the example's titles and types", () => {
    expect(charts.map((c) => [c.number, c.title, c.type])).toEqual([
      [1, "收、支决算总计变动情况图", "columnClustered"],
      [2, "收入决算结构图", "pie"],
      [3, "支出决算结构图", "pie"],
      [4, "财政拨款收、支决算总计变动情况", "columnClustered"],
      [5, "一般公共预算财政拨款支出决算变动情况", "columnClustered"],
      [6, "一般公共预算财政拨款支出决算结构", "pie"],
      [7, "“三公”经费财政拨款支出结构", "pie"],
    ]);
    expect(charts.every((c) => c.missing.length === 0 && c.unavailable === null)).toBe(true);
  });

  it("takes the year-over-year columns from 补充信息 and the tables", () => {
    expect(values(charts[0]!)).toEqual([["2020年度收、支总计", 4540.77], ["2021年度收、支总计", 3850.88]]);
    expect(values(charts[3]!)).toEqual([["2020年财政拨款收、支总计", 4528.01], ["2021年财政拨款收、支总计", 3848.87]]);
    expect(values(charts[4]!)).toEqual([["2020年一般公共预算财政拨款支出", 3726.87], ["2021年一般公共预算财政拨款支出", 3747.7]]);
    expect(charts[0]!.points[0]!.ref).toMatchObject({ sheet: "补充信息" });
    expect(charts[0]!.points[1]!.ref).toMatchObject({ sheet: "公开01表" });
  });

  it("drops zero pie slices by default and lists classes in code order", () => {
    expect(values(charts[1]!)).toEqual([["一般公共预算财政拨款收入", 3704.83], ["政府性基金预算财政拨款收入", 82.16], ["其他收入", 2.01]]);
    expect(values(charts[2]!)).toEqual([["基本支出", 3187.51], ["项目支出", 644.36]]);
    expect(values(charts[5]!).map(([c]) => c)).toEqual([
      "一般公共服务（类）支出",
      "科学技术（类）支出",
      "社会保障和就业（类）支出",
      "农林水（类）支出",
      "住房保障（类）支出",
      "灾害防治及应急管理（类）支出",
    ]);
    expect(values(charts[6]!)).toEqual([["公务用车购置及运行维护费支出决算", 50.14], ["公务接待费支出决算", 0.55]]);
  });

  it("keeps zero slices when asked, as the example does", async () => {
    const kept = analyze(await sampleSheets(), { charts: { zeroSlices: "keep" } }).charts;
    expect(kept[1]!.points).toHaveLength(8);
    expect(values(kept[6]!)[0]).toEqual(["因公出国（境）费支出决算", 0]);
  });

  it("says what is missing instead of inventing prior-year figures", async () => {
    const wb = readWorkbook(await sampleSheets({ supplementary: false }));
    const bare = buildCharts(wb, { year: null, priorT01Total: null, priorT04Total: null, priorT06Total: null });
    expect(bare[0]!.missing).toEqual(["上年收支总计"]);
    expect(bare[0]!.points[0]!.category).toBe("上年度收、支总计");
    expect(EMPTY_INPUTS.amounts).toEqual({});
  });

  it("reports a chart whose table is absent", () => {
    const wb = readWorkbook([]);
    const none = buildCharts(wb, { year: 2021, priorT01Total: null, priorT04Total: null, priorT06Total: null });
    expect(none.map((c) => c.unavailable)).toEqual(["缺少公开01表", "缺少公开01表", "缺少公开03表的合计行", "缺少公开04表", "缺少公开06表", "缺少公开06表", "缺少公开10表"]);
  });

  it("registers one definition per chart file", () => {
    expect(CHARTS.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(7);
  });
});
