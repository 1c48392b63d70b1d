/**
 * Real-world layouts the reader must read into the same model (issue 13): each is a generated
 * variant with known figures, read with the right totals, and with one defect found in it.
 */
import { layoutCase, leafCell, errorsNaming, problems } from "../helpers/layout-cases";

jest.setTimeout(60_000);

const wan = (m: number | undefined): string => ((m ?? NaN) / 1e6).toFixed(2);

describe("fund tables with 本年支出 sub-headings in the 合计 row (Shanghai 2024 template)", () => {
  it("reads the sub-headings as columns, the 合计 row's other amounts and every data row", async () => {
    const c = await layoutCase({ family: "central9", fundSubHeaders: "totalRow" });
    const t11 = c.workbook.tables.T11!;
    expect(t11.columns.filter((x) => ["expTotal", "basic", "project"].includes(x.role)).map((x) => x.path.join(" › "))).toEqual(["本年支出 › 合计", "本年支出 › 基本支出", "本年支出 › 项目支出"]);
    expect(t11.total!.values.expTotal).toBeUndefined();
    expect(wan(t11.total!.values.income?.micros)).toBe("82.16");
    const classes = t11.rows.filter((r) => r.level === "class");
    expect(wan(classes.reduce((s, r) => s + (r.values.expTotal?.micros ?? 0), 0))).toBe("82.16");
    // No text-in-number error; one info that says which totals cannot be checked.
    expect(c.workbook.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const note = c.workbook.issues.filter((i) => i.code === "total-row-headings");
    expect(note).toHaveLength(1);
    expect(note[0]!.message).toContain("请把栏目名称移到表头");
    expect(problems(c.workbook).map((f) => f.message)).toEqual([]);
  });

  it("finds a wrong 项 in it", async () => {
    const c = await layoutCase({ family: "central9", fundSubHeaders: "totalRow" });
    const cell = leafCell(c, "T11", (a) => a.header.includes("本年支出"));
    expect(errorsNaming(c, cell).length).toBeGreaterThan(0);
  });
});
