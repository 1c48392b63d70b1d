/** I-21 on generated workbooks in the layouts that carry breakdown columns (T09, T07, T05). */
import rule from "../../src/core/rules/i-21-row-breakdown";
import { readWorkbook } from "../../src/core/tables";
import { shiftAmount } from "../../src/sample/mutate";
import { layoutCase, leafCell } from "../helpers/layout-cases";
import { rawSheet } from "../helpers/raw-sheet-builder";
import { runRule } from "../helpers/rule-tester";

jest.setTimeout(60_000);

const LAYOUTS = { t09Columns: "economic", t07Layout: "matrix", t05Columns: "fundParts" } as const;

describe("I-21 each row's total equals its breakdown columns", () => {
  it("valid: the consistent sample in all three layouts gives no finding", async () => {
    const c = await layoutCase(LAYOUTS);
    expect(runRule(rule, { name: "layout", workbook: c.workbook }).map((f) => f.message)).toEqual([]);
  });

  it("valid: tables without breakdown columns are not touched", async () => {
    const c = await layoutCase({});
    expect(runRule(rule, { name: "layout", workbook: c.workbook })).toEqual([]);
  });

  it.each([
    ["T09", "资本性支出", 100, "inconsistent"],
    ["T07", "302 商品和服务支出", 3, "inconsistent"],
    ["T05", "基本支出", 1, "rounding"],
  ] as const)("invalid: a %s cell under %s off by %i cents", async (table, header, delta, outcome) => {
    const c = await layoutCase(LAYOUTS);
    const cell = leafCell(c, table, (a) => a.header[a.header.length - 1] === header);
    const m = shiftAmount(c.sheets, cell, delta);
    const findings = runRule(rule, { name: "layout", workbook: readWorkbook(m.sheets) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ outcome, table });
    expect(findings[0]!.cells).toContain(m.changed[0]);
    expect(findings[0]!.message).toMatch(outcome === "rounding" ? /有尾差/ : /不一致/);
  });
});

describe("I-21 with an economic 款 column beside its 类 column", () => {
  const t07 = (total: number) =>
    readWorkbook([
      rawSheet("公开07表", [
        ["一般公共预算财政拨款支出决算明细表"],
        ["单位：万元"],
        ["科目编码", "科目名称", "合计", "301 工资福利支出", "302 商品和服务支出", "30217 公务接待费"],
        ["合计", null, total, 40, 60, 0.6],
        ["201", "一般公共服务支出", 100, 40, 60, 0.6],
      ]),
    ]);

  it("valid: the 款 is part of its 类, not another addend", () => {
    expect(runRule(rule, { name: "layout", workbook: t07(100) })).toEqual([]);
  });

  it("invalid: 合计 100.60 ≠ 301 + 302", () => {
    expect(runRule(rule, { name: "layout", workbook: t07(100.6) }).map((f) => f.outcome)).toEqual(["inconsistent"]);
  });
});
