import rule from "../../src/core/rules/c-10-template-instruction";
import { readWorkbook } from "../../src/core/tables";
import { rawSheet } from "../helpers/raw-sheet-builder";
import { testRule } from "../helpers/rule-tester";

/** An empty T11 as the Shanghai 2024 template lays it out, with the given lines under it. */
const t11 = (...lines: string[]) =>
  readWorkbook([
    rawSheet("基金表", [
      ["政府性基金预算财政拨款收入支出决算表"],
      [null, null, null, null, null, null, null, "单位：万元"],
      ["项目", "项目", "年初结转和结余", "本年收入", "本年支出", "本年支出", "本年支出", "年末结转和结余"],
      ["功能分类科目编码", "科目名称", "年初结转和结余", "本年收入", "合计", "基本支出", "项目支出", "年末结转和结余"],
      ["合计", "合计"],
      [],
      ...lines.map((l) => [l]),
    ]),
  ]);

const NOTE = "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。";
const STATEMENT = "说明：某单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。";
const INSTRUCTION = "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：";

testRule(rule, {
  valid: [
    { name: "a note and the emptiness statement", workbook: t11(NOTE, STATEMENT) },
    { name: "no lines under the table", workbook: t11() },
  ],
  invalid: [
    {
      name: "the template's instruction left between the note and the statement",
      workbook: t11(NOTE, INSTRUCTION, STATEMENT),
      findings: [{ severity: "warning", table: "T11", cell: "基金表!A8", message: "是模板给编制人的提示语" }],
    },
  ],
});

test("the instruction line does not count as the emptiness statement", () => {
  const wb = t11(NOTE, INSTRUCTION, STATEMENT);
  expect(wb.tables.T11!.emptyStatement!.text).toBe(STATEMENT);
  expect(wb.tables.T11!.notes.map((n) => n.instruction ?? false)).toEqual([false, true, false]);
});
