import { readLines } from "../../src/core/narrative/verify/document";

/** The 情况说明 part is found by its title, whatever its number; sections carry a topic. */
describe("readLines", () => {
  test("第三部分 titled …决算情况说明 is the narrative; the other parts are not", () => {
    const text = ["第一部分XX局概况", "一、主要职能", "第二部分XX局2024年度部门决算表", "一、收入支出决算总表", "第三部分XX局2024年度部门决算情况说明", "一、收入支出决算总体情况说明", "收入支出总计1万元。", "第四部分名词解释", "一、财政拨款收入"].join("\n");
    const lines = readLines(text, "central9");
    expect(lines.filter((l) => l.inPart2).map((l) => l.line)).toEqual([5, 6, 7]);
    expect(lines[6]).toMatchObject({ section: "一", topic: "totals", heading: false });
  });

  test("a part heading wrapped over two lines, and 目录 entries, are recognised", () => {
    const text = ["目录", "第三部分 部门决算情况说明……17", "第三部分", "XX局2024年度部门决算情况说明", "十一、其他重要事项的情况说明", "（二）政府采购支出情况", "政府采购金额1万元。"].join("\n");
    const lines = readLines(text, "central9");
    expect(lines[1]!.inPart2).toBe(false);
    expect(lines[6]).toMatchObject({ inPart2: true, section: "十一（二）", topic: "other.procurement" });
  });

  test("a text without parts is the narrative as a whole; a body line starting 一、 with figures is no heading", () => {
    const lines = readLines("五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n一、一般公共服务支出（类）1万元，占10%。");
    expect(lines.map((l) => [l.inPart2, l.heading, l.section, l.topic])).toEqual([
      [true, true, "五", "gpb"],
      [true, false, "五（三）", "gpb.detail"],
      [true, false, "五（三）", "gpb.detail"],
    ]);
  });
});
