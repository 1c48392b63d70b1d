/** The one renderer: headline, detail and the full message from messageId + data. */
import { messageText, renderFinding, splitSentence } from "../../src/core/rules/render";
import { shiftAmount } from "../../src/sample/mutate";
import { check, sampleWithCells } from "../causes/helpers";

jest.setTimeout(60_000);

describe("render", () => {
  it("gives a one-line headline and the intervals as detail for a row identity", async () => {
    const { sheets, cells } = await sampleWithCells();
    const basic = cells.find((c) => c.table === "T06" && c.code === "2080501" && c.header.includes("基本支出"))!;
    const { findings } = check(shiftAmount(sheets, basic, 10_000).sheets);
    const i14 = findings.find((f) => f.ruleId === "I-14")!;
    const { headline, detail } = renderFinding(i14);
    expect(headline).toBe("公开06表 2080501 行政单位离退休：合计 414.16 ≠ 基本支出 514.16 + 项目支出 空，差 100.00 万元");
    expect(detail).toContain("合计应等于基本支出 + 项目支出");
    expect(detail).toContain("容差 0.010 万元");
    expect(detail).toContain("报告值 [414.155, 414.165]");
    // The full text is rendered from the same data, and refs and cells name the same cells.
    expect(i14.message).toBe(messageText(i14.messageId, i14.data));
    expect(i14.messageId).toBe("compare.sum");
    expect(i14.cells).toEqual(i14.refs.map((r) => `${r.sheet}!${String.fromCharCode(65 + r.col)}${r.row + 1}`));
    const i07 = findings.find((f) => f.ruleId === "I-07")!;
    expect(renderFinding(i07).headline).toMatch(/^公开06表：20805 行政事业单位养老支出 基本支出 575\.89 ≠ 2080501 行政单位离退休 基本支出 514\.16 \+ .* = 675\.89，差 100\.00 万元$/);
  });

  it("splits a rule's sentence into headline and detail", () => {
    expect(splitSentence("公开08表 未找到。请检查表名。")).toEqual({ headline: "公开08表 未找到", detail: "请检查表名。" });
    expect(splitSentence("只有一句。")).toEqual({ headline: "只有一句", detail: "" });
    expect(renderFinding({ messageId: "note", data: { kind: "note", text: "缺少单位。应注明万元。" }, outcome: "inconsistent", note: "补0" })).toEqual({ headline: "缺少单位", detail: "应注明万元。（补0）" });
  });
});
