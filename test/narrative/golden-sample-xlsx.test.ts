/**
 * End to end: the sample .xlsx (the example's published figures and its 补充信息), read by the
 * xlsx adapter and the table reader, gives the same 第二部分 as the model-based golden test.
 */
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { analyze } from "../../src/core/analyze";
import { generateNarrative } from "../../src/core/narrative";
import { buildSampleWorkbook, FIGURES_2021_PUBLISHED } from "../../src/sample";
import { EXAMPLE_PROFILE, EXPECTED_EXAMPLE_TEXT } from "./fixtures/example-expected";

test("the sample workbook's narrative reproduces the example line by line", async () => {
  const sheets = await readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_PUBLISHED)));
  const { workbook, inputs } = analyze(sheets);
  expect(inputs.issues).toEqual([]);
  const narrative = generateNarrative(workbook, inputs, EXAMPLE_PROFILE);
  expect(narrative.text.split("\n")).toEqual(EXPECTED_EXAMPLE_TEXT);
  expect(narrative.missingInputs).toEqual([]);
}, 60_000);
