/**
 * Property over the mutation corpus of bench:rules: whatever the defect, every cause's listed
 * findings are repaired by its suggestion. Checked the way a user would: the suggested values are
 * typed into the sheets, the file is read again and checked, and none of the listed findings may
 * still be 不一致, nor may any 不一致 appear that was not there.
 */
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { writeRawSheets } from "../../src/adapters/xlsx/write-raw-sheets";
import { findCauses } from "../../src/core/causes/find-causes";
import { findingKey, isBroken } from "../../src/core/causes/verify";
import { FIGURES_2021_CONSISTENT, resolveOptions } from "../../src/sample";
import { planDefects } from "../../bench/rules-corpus";
import { check, insertMissingRow, sampleWithCells, typeValue } from "./helpers";

jest.setTimeout(600_000);

/** Every n-th defect of the corpus: all kinds (shifts, transpositions, moves, deleted rows, signs, clears). */
const STRIDE = 12;

describe("causes over the one-defect corpus", () => {
  it("every cause repairs every finding it lists, and breaks nothing else (a missing row inserted into the sheet)", async () => {
    const { sheets, cells } = await sampleWithCells();
    const defects = planDefects({ figures: FIGURES_2021_CONSISTENT, options: resolveOptions({}), sheets, cells, write: writeRawSheets }, 20_211_231).filter((_, i) => i % STRIDE === 0);
    expect(defects.length).toBeGreaterThan(40);
    let causes = 0;
    let rows = 0;
    const groups = new Set<string>();
    for (const d of defects) {
      const { bytes } = await d.build();
      const edited = await readXlsx(bytes);
      const { workbook, findings } = check(edited);
      const before = new Set(findings.filter(isBroken).map(findingKey));
      for (const cause of findCauses(workbook, findings)) {
        causes++;
        if (cause.kind === "missingRow") rows++;
        groups.add(d.group);
        let fixed: typeof edited;
        if (cause.kind === "missingRow") {
          // A row to add: inserted where the cause says, with its code, name and amounts.
          fixed = insertMissingRow(edited, workbook, cause);
        } else {
          fixed = typeValue(edited, cause.ref, cause.suggestedValue);
          if (cause.also) fixed = typeValue(fixed, cause.also.ref, cause.also.suggestedValue);
        }
        const after = check(fixed).findings.filter(isBroken).map(findingKey);
        const listed = cause.findings.map((i) => findingKey(findings[i]!));
        expect({ defect: d.what, cause: cause.message, stillBroken: listed.filter((k) => after.includes(k)) }).toEqual({ defect: d.what, cause: cause.message, stillBroken: [] });
        expect({ defect: d.what, cause: cause.message, newlyBroken: after.filter((k) => !before.has(k)) }).toEqual({ defect: d.what, cause: cause.message, newlyBroken: [] });
      }
    }
    // The property is not vacuous: causes were claimed, for several kinds of defect.
    expect(causes).toBeGreaterThan(40);
    expect(groups.size).toBeGreaterThan(5);
    // Deleted rows among the sampled defects are named as rows to add, and those are checked too.
    expect(rows).toBeGreaterThan(0);
  });
});
