/** I-22 on generated workbooks in the layouts that carry breakdown columns (T09, T07, T05). */
import rule from "../../src/core/rules/i-22-breakdown-roll-up";
import { readWorkbook } from "../../src/core/tables";
import { shiftAmount } from "../../src/sample/mutate";
import { layoutCase } from "../helpers/layout-cases";
import { runRule } from "../helpers/rule-tester";

jest.setTimeout(60_000);

const LAYOUTS = { t09Columns: "economic", t07Layout: "matrix", t05Columns: "fundParts" } as const;

describe("I-22 breakdown columns roll up 项 → 款 → 类 → 合计", () => {
  it("valid: the consistent sample in all three layouts gives no finding", async () => {
    const c = await layoutCase(LAYOUTS);
    expect(runRule(rule, { name: "layout", workbook: c.workbook }).map((f) => f.message)).toEqual([]);
  });

  it("invalid: a 款 row's 商品和服务支出 in T09 off by 0.50 is named, with the class above it", async () => {
    const c = await layoutCase(LAYOUTS);
    const cell = c.cells.find((a) => a.table === "T09" && a.code?.length === 5 && a.header.includes("商品和服务支出") && a.cents > 0)!;
    const m = shiftAmount(c.sheets, cell, 50);
    const findings = runRule(rule, { name: "layout", workbook: readWorkbook(m.sheets) });
    // The 款 is both a parent (of its 项) and a child (of its 类): two relations break.
    expect(findings.map((f) => f.outcome)).toEqual(["inconsistent", "inconsistent"]);
    for (const f of findings) expect(f.cells).toContain(m.changed[0]);
    expect(findings[0]!.message).toContain("302 商品和服务支出");
  });

  it("invalid: a 合计 row cell in T05's 政府性基金 项目支出 off by 0.01 is a 尾差", async () => {
    const c = await layoutCase(LAYOUTS);
    const cell = c.cells.find((a) => a.table === "T05" && a.code === null && a.header.join(" › ") === "政府性基金预算财政拨款 › 项目支出")!;
    const m = shiftAmount(c.sheets, cell, 1);
    const findings = runRule(rule, { name: "layout", workbook: readWorkbook(m.sheets) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ outcome: "rounding", table: "T05" });
  });
});
