/** The batch benchmark's corpus is what it claims: varied layouts, and a defect where it says. */
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { checkWorkbook } from "../../src/core/rules";
import { readWorkbook } from "../../src/core/tables";
import { buildCorpus } from "../../src/sample/corpus";

jest.setTimeout(120_000);

describe("buildCorpus", () => {
  it("is deterministic for a seed, varies the layout, and every defect is found at its cell", async () => {
    const a = await buildCorpus(10, 3);
    const b = await buildCorpus(10, 3);
    expect(a.map((w) => [w.name, w.defect, w.options])).toEqual(b.map((w) => [w.name, w.defect, w.options]));
    expect(new Set(a.map((w) => w.options.family)).size).toBeGreaterThan(1);
    expect(a.filter((w) => w.defect).length).toBeGreaterThan(0);
    for (const w of a) {
      const wb = readWorkbook(await readXlsx(w.bytes));
      expect(wb.family).toBe(w.options.family);
      const errors = checkWorkbook(wb).findings.filter((f) => f.severity === "error");
      if (w.defect) {
        expect(w.options.unit === "万元" && !w.options.amountsAsText).toBe(true);
        expect(errors.some((f) => f.cells.includes(w.defect!))).toBe(true);
      } else {
        expect(errors).toEqual([]);
      }
    }
  });
});
