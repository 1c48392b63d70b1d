/** 舍位平衡 on the published seed figures: the suggested cents, typed in, leave no finding at all. */
import { balanceRounding } from "../../src/core/causes/rounding-balance";
import { FIGURES_2021_PUBLISHED } from "../../src/sample";
import { sampleSheets } from "../helpers/sample-workbooks";
import { check, typeValue } from "./helpers";

jest.setTimeout(120_000);

describe("balanceRounding", () => {
  it("suggests nothing for the consistent sample", async () => {
    const { workbook, findings } = check(await sampleSheets());
    expect(balanceRounding(workbook, findings)).toBeNull();
  });

  it("makes the published figures (two real 0.01 尾差) tie exactly once applied", async () => {
    const sheets = await sampleSheets({}, FIGURES_2021_PUBLISHED);
    const { workbook, findings } = check(sheets);
    expect(findings.map((f) => f.outcome)).toEqual(["rounding", "rounding"]);
    const adjustments = balanceRounding(workbook, findings)!;
    expect(adjustments.length).toBeGreaterThan(0);
    // Every adjustment is a cent or a few, never a real change of a figure.
    for (const a of adjustments) expect(Math.abs(a.to - a.from)).toBeLessThanOrEqual(0.0200001);
    let fixed = sheets;
    for (const a of adjustments) fixed = typeValue(fixed, a.ref, a.to);
    expect(check(fixed).findings).toEqual([]);
  });
});
