/**
 * Real-world layouts the reader must read into the same model (issue 13): each is a generated
 * variant with known figures, read with the right totals, and with one defect found in it.
 */
import { readWorkbook } from "../../src/core/tables";
import { setAmount } from "../../src/sample/mutate";
import { layoutCase, leafCell, errorsNaming, problems } from "../helpers/layout-cases";

jest.setTimeout(60_000);

const wan = (m: number | undefined): string => ((m ?? NaN) / 1e6).toFixed(2);

describe("fund tables with 本年支出 sub-headings in the 合计 row (Shanghai 2024 template)", () => {
  it("reads the sub-headings as columns, the 合计 row's other amounts and every data row", async () => {
    const c = await layoutCase({ family: "central9", fundSubHeaders: "totalRow" });
    const t11 = c.workbook.tables.T11!;
    expect(t11.columns.filter((x) => ["expTotal", "basic", "project"].includes(x.role)).map((x) => x.path.join(" › "))).toEqual(["本年支出 › 合计", "本年支出 › 基本支出", "本年支出 › 项目支出"]);
    expect(t11.total!.values.expTotal).toBeUndefined();
    expect(wan(t11.total!.values.income?.micros)).toBe("82.16");
    const classes = t11.rows.filter((r) => r.level === "class");
    expect(wan(classes.reduce((s, r) => s + (r.values.expTotal?.micros ?? 0), 0))).toBe("82.16");
    // No text-in-number error; one info that says which totals cannot be checked.
    expect(c.workbook.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const note = c.workbook.issues.filter((i) => i.code === "total-row-headings");
    expect(note).toHaveLength(1);
    expect(note[0]!.message).toContain("请把栏目名称移到表头");
    expect(problems(c.workbook).map((f) => f.message)).toEqual([]);
  });

  it("finds a wrong 项 in it", async () => {
    const c = await layoutCase({ family: "central9", fundSubHeaders: "totalRow" });
    const cell = leafCell(c, "T11", (a) => a.header.includes("本年支出"));
    expect(errorsNaming(c, cell).length).toBeGreaterThan(0);
  });
});

describe("T09 printed by 经济分类 columns (本年支出 › 合计 | 商品和服务支出 | …)", () => {
  it("reads the economic columns as a breakdown of each row's 合计", async () => {
    const c = await layoutCase({ t09Columns: "economic" });
    const t09 = c.workbook.tables.T09!;
    expect(t09.domain).toBe("functional");
    expect(t09.breakdowns!.map((b) => `${b.key} ${b.label} → ${b.of}`)).toEqual([
      "econ:302 302 商品和服务支出 → total",
      "econ:303 303 对个人和家庭的补助 → total",
      "econ:310 310 资本性支出 → total",
      "econ:399 399 其他支出 → total",
    ]);
    expect(wan(t09.total!.values.total?.micros)).toBe("560.19");
    expect(wan(Object.values(t09.total!.breakdown!).reduce((s, a) => s + a.micros, 0))).toBe("560.19");
    expect(t09.total!.breakdown!["econ:302"]!.ref!.sheet).toBe("公开09表");
    expect(c.workbook.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(problems(c.workbook).map((f) => f.message)).toEqual([]);
  });

  it("finds a wrong 项 in an economic column (I-21 row, I-22 roll-up)", async () => {
    const c = await layoutCase({ t09Columns: "economic" });
    const cell = leafCell(c, "T09", (a) => a.header.includes("资本性支出"));
    expect(new Set(errorsNaming(c, cell).map((f) => f.ruleId))).toEqual(new Set(["I-21", "I-22"]));
  });
});

describe("T07 as a 功能分类 × 经济分类 matrix", () => {
  it("reads T06's rows with their economic split, and X-11 compares them with T06 instead of skipping", async () => {
    const c = await layoutCase({ t07Layout: "matrix" });
    const t07 = c.workbook.tables.T07!;
    expect(t07.domain).toBe("functional");
    expect(t07.breakdowns!.map((b) => b.label)).toEqual(["301 工资福利支出", "302 商品和服务支出", "303 对个人和家庭的补助", "310 资本性支出"]);
    expect(wan(t07.total!.values.total?.micros)).toBe("3747.70");
    expect(t07.rows.filter((r) => r.level === "item")).toHaveLength(15);
    expect(c.workbook.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const findings = problems(c.workbook);
    expect(findings.map((f) => f.message)).toEqual([]);
  });

  it("finds a wrong 项 合计 (X-11 against T06, I-21 against its classes)", async () => {
    const c = await layoutCase({ t07Layout: "matrix" });
    const cell = leafCell(c, "T07", (a) => a.header.join() === "合计");
    expect(new Set(errorsNaming(c, cell).map((f) => f.ruleId))).toEqual(new Set(["I-07", "I-21", "X-11"]));
  });
});

describe("T05 with every fund split into 小计 | 基本支出 | 项目支出", () => {
  it("reads the fund subtotals as gpb/gfb/socb and the parts as their breakdown", async () => {
    const c = await layoutCase({ t05Columns: "fundParts" });
    const t05 = c.workbook.tables.T05!;
    expect(t05.breakdowns!.map((b) => `${b.key} → ${b.of}`)).toEqual(["gpb:basic → gpb", "gpb:project → gpb", "gfb:basic → gfb", "gfb:project → gfb", "socb:basic → socb", "socb:project → socb"]);
    expect(wan(t05.total!.values.gpb?.micros)).toBe("3747.70");
    expect(wan(t05.total!.breakdown!["gpb:basic"]?.micros)).toBe("3187.51");
    expect(wan(t05.total!.breakdown!["gfb:project"]?.micros)).toBe("82.16");
    expect(c.workbook.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(problems(c.workbook).map((f) => f.message)).toEqual([]);
  });

  it("finds a wrong 基本支出 of one fund", async () => {
    const c = await layoutCase({ t05Columns: "fundParts" });
    const cell = leafCell(c, "T05", (a) => a.header.join(" › ") === "一般公共预算财政拨款 › 基本支出");
    expect(errorsNaming(c, cell).map((f) => f.ruleId)).toEqual(expect.arrayContaining(["I-21", "I-22"]));
  });
});

describe("header wording, decimals, units and 合计 position", () => {
  const variants: [string, Record<string, unknown>, number][] = [
    ["功能分类科目编码 / 经济分类科目编码", { codeHeaderWording: "分类科目编码" }, 100],
    ["功能分类 / 经济分类 alone, whole codes", { codeHeaderWording: "分类", codes: "whole" }, 100],
    ["万元 with four decimals", { decimals: 4 }, 100],
    ["元 without decimals", { unit: "元", decimals: 0 }, 1_000_000],
    ["元 without decimals, as text", { unit: "元", decimals: 0, amountsAsText: true }, 1_000_000],
    ["every 合计 row after the details", { totalRows: "last" }, 100],
    ["a 栏次 row without the word 栏次, its numbers formatted like amounts (1.00, 2.00 …)", { columnNumberRow: "bare" }, 100],
    ["the same with the vertical 三公 table and whole codes", { columnNumberRow: "bare", sanGongLayout: "vertical", codes: "whole" }, 100],
  ];

  it.each(variants)("%s: right totals, no load issue, no finding", async (_name, options) => {
    const c = await layoutCase(options);
    const wb = c.workbook;
    expect(wan(wb.tables.T02!.total?.values.total?.micros)).toBe("3789.00");
    expect(wan(wb.tables.T06!.total?.values.total?.micros)).toBe("3747.70");
    expect(wb.tables.T06!.rows.filter((r) => r.level === "item")).toHaveLength(15);
    expect(wan(wb.tables.T07!.total?.values.basic?.micros)).toBe("3187.51");
    expect(wan(wb.tables.T08!.personnel.total?.micros)).toBe("2670.44");
    expect(wan(wb.tables.T11!.total?.values.expTotal?.micros)).toBe("82.16");
    expect(wb.issues.filter((i) => i.severity !== "info").map((i) => i.message)).toEqual([]);
    expect(problems(wb).map((f) => f.message)).toEqual([]);
  });

  // The mutation helpers write numbers, so the text-amount variant's defect is the numeric one's.
  it.each(variants.filter(([, o]) => !o.amountsAsText))("%s: a 项 off by 1 万元 is an error naming it", async (_name, options, delta) => {
    const c = await layoutCase(options);
    const cell = leafCell(c, "T06", (a) => a.header.includes("基本支出"));
    expect(errorsNaming(c, cell, delta).length).toBeGreaterThan(0);
  });

  it("four decimals: each amount is read to 0.0001 万元 (its rounding interval is that narrow)", async () => {
    const c = await layoutCase({ decimals: 4 });
    const t06 = c.workbook.tables.T06!;
    expect(t06.total!.values.total!.ulp).toBe(100);
  });
});

describe("hidden rows and columns (a hidden duplicate 项 row and a hidden 上年数 column in T06)", () => {
  it("leaves them out, reads the right totals, and says once what was left out and what to do", async () => {
    const c = await layoutCase({ hiddenRowsAndColumns: true });
    const t06Sheet = c.sheets.find((s) => s.name === "公开06表")!;
    expect(t06Sheet.hiddenRows).toHaveLength(1);
    expect(t06Sheet.hiddenCols).toHaveLength(1);
    const t06 = c.workbook.tables.T06!;
    expect(t06.rows.filter((r) => r.level === "item")).toHaveLength(15);
    expect(t06.columns.map((x) => x.role)).not.toContain("上年数");
    expect(wan(t06.total?.values.total?.micros)).toBe("3747.70");
    const hidden = c.workbook.issues.filter((i) => i.code === "hidden-cells");
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.message).toMatch(/^公开06表（工作表“公开06表”）第 \d+ 行 和 [A-Z]+ 列已隐藏且有内容，未读取.*请取消隐藏后重新校验。$/);
    expect(c.workbook.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(problems(c.workbook).map((f) => f.message)).toEqual([]);
  });

  it("finds a wrong visible 项 beside them", async () => {
    const c = await layoutCase({ hiddenRowsAndColumns: true });
    const cell = leafCell(c, "T06", (a) => a.header.includes("项目支出"));
    expect(errorsNaming(c, cell).length).toBeGreaterThan(0);
  });
});

describe("a table continued on a second sheet (公开06表 and 公开06表（续）)", () => {
  it("joins both parts into one table, each value keeping its own sheet", async () => {
    const c = await layoutCase({ continuedTable: true });
    expect(c.sheets.map((s) => s.name)).toContain("公开06表（续）");
    const t06 = c.workbook.tables.T06!;
    expect(t06.rows.filter((r) => r.level === "item")).toHaveLength(15);
    expect(new Set(t06.rows.map((r) => r.ref.sheet))).toEqual(new Set(["公开06表", "公开06表（续）"]));
    expect(wan(t06.total?.values.total?.micros)).toBe("3747.70");
    expect(t06.total!.values.total!.ref!.sheet).toBe("公开06表（续）");
    expect(c.workbook.issues.filter((i) => i.severity !== "info").map((i) => i.message)).toEqual([]);
    expect(c.workbook.unrecognisedSheets).toEqual([]);
    expect(problems(c.workbook).map((f) => f.message)).toEqual([]);
  });

  it("finds a wrong 项 on the continuation sheet", async () => {
    const c = await layoutCase({ continuedTable: true });
    const cell = c.cells.find((a) => a.sheet === "公开06表（续）" && a.role === "leaf" && a.cents > 0)!;
    expect(errorsNaming(c, cell).length).toBeGreaterThan(0);
  });

  it("a continued table of another kind is not joined, and the user is told how to fix it", async () => {
    const c = await layoutCase({});
    const t08 = c.sheets.find((s) => s.name === "公开08表")!;
    const copy = { ...t08, name: "公开08表续", values: t08.values.map((r, i) => (i === 0 ? r.map((v) => (typeof v === "string" ? `${v}（续）` : v)) : r)) };
    const wb = readWorkbook([...c.sheets, copy]);
    const issue = wb.issues.find((i) => i.code === "table-continued")!;
    expect(issue.message).toBe("工作表“公开08表续”上的公开08表（一般公共预算财政拨款基本支出决算表）续表未读取：续表目前只支持按科目编码列示的表。请把续表的行移到工作表“公开08表”中原表的下方。");
  });
});

describe("numbers that look like a 栏次 row but are amounts", () => {
  it("a 三公 row with one cell of 1.00 is data, not column numbers", async () => {
    const c = await layoutCase({});
    const cell = c.cells.find((a) => a.table === "T12" && a.header.includes("公务接待费") && a.header.includes("决算数"))!;
    const m = setAmount(c.sheets, cell, 100);
    const wb = readWorkbook(m.sheets);
    expect(wb.tables.T12!.items.reception?.actual?.micros).toBe(1_000_000);
  });
});
