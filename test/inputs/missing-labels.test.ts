/** What the user is asked for is named in Chinese: no internal key ("assets.vehicles.byUse") leaks. */
import { analyze } from "../../src/core/analyze";
import { labelOfKey } from "../../src/core/inputs";
import { SUPPLEMENTARY_SHEET } from "../../src/sample";
import { sampleSheets } from "../helpers/sample-workbooks";

jest.setTimeout(60_000);

const INTERNAL_KEY = /[A-Za-z]+\.[A-Za-z]/;

describe("missing inputs are named by their labels", () => {
  it("a workbook without 补充信息 lists every missing input by a Chinese label", async () => {
    const sheets = (await sampleSheets()).filter((s) => s.name !== SUPPLEMENTARY_SHEET);
    const { narrative, charts } = analyze(sheets);
    expect(narrative.missingInputs.length).toBeGreaterThan(5);
    expect(narrative.missingInputs.map((m) => m.key)).toContain("assets.vehicles.byUse");
    for (const m of narrative.missingInputs) expect(m.label).not.toMatch(INTERNAL_KEY);
    for (const key of charts.flatMap((c) => c.missing)) expect(labelOfKey(key)).not.toMatch(INTERNAL_KEY);
    expect(narrative.paragraphs.map((p) => p.text).join("")).not.toMatch(/【待补充：[^】]*[A-Za-z]+\.[A-Za-z]/);
  });
});
