/**
 * Issue 10, item 3: a cell with no fill reads back as colour #FFFFFF with pattern null on the web
 * and recent builds (OfficeDev/office-js#4900, #6218). 清除标记 must give it no fill again — not a
 * solid white, which hides the gridlines — while a real white fill stays white.
 */
import { clearMarks } from "../../src/adapters/office/clear-marks";
import { NO_FILL, readFill } from "../../src/adapters/office/fills";
import { publishCheckResults } from "../../src/adapters/office/write-findings";
import { type FakeExcel, installFakeExcel } from "../helpers/fake-excel";
import { analysisOf, fillOf, oneDefectSheets, resetCounters, userFills } from "./office-fixtures";

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

describe("readFill", () => {
  it("tells no fill from white by pattern (desktop) or by tintAndShade (web)", () => {
    expect(readFill("#FFFFFF", { pattern: "None", patternColor: null, tintAndShade: null })).toEqual(NO_FILL);
    expect(readFill("#FFFFFF", { pattern: null, patternColor: null, tintAndShade: null })).toEqual(NO_FILL);
    expect(readFill("#ffffff", { pattern: null, patternColor: null, tintAndShade: 0 })).toEqual({ color: "#FFFFFF", pattern: null, patternColor: null });
    expect(readFill("#FFFFFF", { pattern: "Solid", patternColor: null, tintAndShade: 0 })).toEqual({ color: "#FFFFFF", pattern: null, patternColor: null });
    expect(readFill("#FFFF00", { pattern: "Gray25", patternColor: "#ff0000", tintAndShade: 0 })).toEqual({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
    // Without ExcelApi 1.9 white and none cannot be told apart: restored as none.
    expect(readFill("#FFFFFF", null)).toEqual(NO_FILL);
    expect(readFill(null, null)).toEqual(NO_FILL);
  });
});

describe.each(["web", "desktop"] as const)("清除标记 with fills read back as on the %s", (fillReadback) => {
  it("restores no-fill cells as no fill and a white fill as white", async () => {
    const sheets = await oneDefectSheets();
    const { findings } = analysisOf(sheets).check;
    fake = installFakeExcel(sheets, { fillReadback });
    await userFills(fake, [{ sheet: "公开06表", a1: "E11", color: "#FFFFFF" }]);
    await publishCheckResults({ findings, mark: true });
    expect(fillOf(fake, "公开06表", "E10").color).not.toBeNull();
    resetCounters(fake);

    await clearMarks();
    expect(fillOf(fake, "公开06表", "E10")).toEqual({ color: null });
    expect(fillOf(fake, "公开06表", "E9")).toEqual({ color: null });
    expect(fillOf(fake, "公开06表", "E11")).toEqual({ color: "#FFFFFF" });
    // Nothing painted white: a cleared mark is fill.clear(), never colour #FFFFFF.
    const white = fake.logOf("fill").filter((e) => e.color.toUpperCase() === "#FFFFFF");
    expect(white.map((e) => e.address)).toEqual(["公开06表!E11"]);
  });
});
