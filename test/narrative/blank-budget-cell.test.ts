/** A blank 预算数 cell is no budget, in both templates: never a rate over it, never "0%". */
import { codeTable } from "../helpers/model-builders";
import { exampleWorkbook, T06_ROWS, UNIT } from "./fixtures/example-model";
import { inputsWith, narrate, textOf } from "./helpers";

const withBlankBudget = () => {
  const rows = T06_ROWS.map(([code, v, name]) => [code, { ...v, budget: code === "2010301" ? "" : v.total! }, name] as const);
  return exampleWorkbook({ T06: codeTable("T06", rows, { unitName: UNIT }) });
};

test("Sichuan: a blank T06 预算数 cell asks 补充信息 (placeholder), a filled one is used", () => {
  const blank = textOf(narrate({ workbook: withBlankBudget(), inputs: inputsWith({ "预算数：2010301": undefined }) }), "s05.3.item.2010301");
  expect(blank).toContain("完成预算【待补充：预算数：2010301】");
  expect(blank).not.toContain("未安排预算");
  const zero = textOf(narrate({ workbook: withBlankBudget(), inputs: inputsWith({ "预算数：2010301": 0 }) }), "s05.3.item.2010301");
  expect(zero).toContain("未安排预算");
});

test("Shanghai: a blank T06 预算数 cell is a named placeholder, with no rate and no comparison", () => {
  const n = narrate({ workbook: withBlankBudget(), inputs: inputsWith({ "预算数：2010301": undefined }), options: { template: "shanghai" } });
  const item = textOf(n, "sh05.3.item.2010301");
  expect(item).toContain("年初预算为【待补充：年初预算数：2010301】万元，支出决算为2142.76万元。");
  expect(item).not.toMatch(/决算数[大小]于|持平|%/);
  expect(n.missingInputs.map((m) => m.label)).toContain("年初预算数：2010301");
});
