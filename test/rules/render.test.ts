/** The one renderer: headline, detail and the full message from messageId + data. */
import { messageText, renderFinding, shownFinding, shownLoadIssue, shownTextFinding, splitSentence } from "../../src/core/rules/render";
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

  it("gives load issues and text findings the same shape as rule findings", async () => {
    const issue = shownLoadIssue({ code: "text-in-number", severity: "error", message: "公开06表 公开06表!E9 应为金额，却是文字“abc”，按 0 计算。请改为数字。", cells: [{ sheet: "公开06表", row: 8, col: 4 }], table: "T06" });
    expect(issue).toEqual({ source: "load", id: "text-in-number", severity: "error", outcome: "inconsistent", headline: "公开06表 公开06表!E9 应为金额，却是文字“abc”，按 0 计算", detail: "请改为数字。", refs: [{ sheet: "公开06表", row: 8, col: 4 }] });
    const text = shownTextFinding({ ruleId: "N-07", severity: "error", outcome: "inconsistent", message: "占比应为 97.78%。", cells: ["公开01表!C7", "'My sheet'!B2"] });
    expect(text).toMatchObject({ source: "text", id: "N-07", headline: "占比应为 97.78%", detail: "", refs: [{ sheet: "公开01表", row: 6, col: 2 }, { sheet: "My sheet", row: 1, col: 1 }] });
    const { sheets, cells } = await sampleWithCells();
    const { findings } = check(shiftAmount(sheets, cells.find((c) => c.cents > 0)!, 100).sheets);
    const rule = shownFinding(findings[0]!);
    expect(Object.keys(rule).sort()).toEqual(Object.keys(issue).sort());
    expect(rule).toMatchObject({ source: "rule", refs: findings[0]!.refs, headline: renderFinding(findings[0]!).headline });
  });

  it("splits a rule's sentence into headline and detail", () => {
    expect(splitSentence("公开08表 未找到。请检查表名。")).toEqual({ headline: "公开08表 未找到", detail: "请检查表名。" });
    expect(splitSentence("只有一句。")).toEqual({ headline: "只有一句", detail: "" });
    // A full stop inside quotes or brackets belongs to the quoted words, not to the headline.
    expect(splitSentence("表下提示语应删除（只保留“说明：本表无数据。”）。请修改。")).toEqual({ headline: "表下提示语应删除（只保留“说明：本表无数据。”）", detail: "请修改。" });
    expect(renderFinding({ messageId: "note", data: { kind: "note", text: "缺少单位。应注明万元。" }, outcome: "inconsistent", note: "补0" })).toEqual({ headline: "缺少单位", detail: "应注明万元。（补0）" });
  });
});
