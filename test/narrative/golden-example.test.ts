/**
 * Golden test: the example disclosure's 第二部分, regenerated from a model of its figures and its
 * 补充信息. Every line below is copied from narrative.md §5 (= shared/seed, leading indentation
 * removed), with the ⚑ corrections of §6 applied where marked. Profile of §5: defaults plus
 * zeroFundStyle=amount, chartPlaceholderLines=on (chartZeroSlices concerns the charts only).
 */
import { readSupplementarySheet } from "../../src/core/inputs";
import { generateNarrative } from "../../src/core/narrative";
import { EXAMPLE_PROFILE, EXPECTED_EXAMPLE_TEXT } from "./fixtures/example-expected";
import { exampleInputSheet, exampleWorkbook } from "./fixtures/example-model";

const EXPECTED = EXPECTED_EXAMPLE_TEXT;

const PROFILE = EXAMPLE_PROFILE;

function generate() {
  const inputs = readSupplementarySheet(exampleInputSheet());
  expect(inputs.issues).toEqual([]);
  return generateNarrative(exampleWorkbook(), inputs, PROFILE);
}

describe("golden: the example disclosure's 第二部分", () => {
  const result = generate();
  const lines = result.text.split("\n");

  test.each(EXPECTED.map((line, i) => [i + 1, line] as const))("line %i reproduces the example", (i, line) => {
    expect(lines[i - 1]).toBe(line);
  });

  test("the whole text is exactly the expected lines, nothing more", () => {
    expect(lines).toEqual(EXPECTED);
  });

  test("nothing is missing and no placeholder is left", () => {
    expect(result.missingInputs).toEqual([]);
    expect(result.text).not.toContain("【待补充");
  });

  test("default profile: absence wording for the empty 国有资本经营 fund, no chart lines", () => {
    const text = generateNarrative(exampleWorkbook(), readSupplementarySheet(exampleInputSheet())).text;
    expect(text).toContain("攀枝花市人民政府办公室2021年度无国有资本经营预算财政拨款收入和支出。");
    expect(text).not.toContain("（图");
    expect(text).toContain("2021年政府性基金预算财政拨款支出82.16万元。");
  });
});
