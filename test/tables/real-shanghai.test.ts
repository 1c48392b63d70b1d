/**
 * The real Shanghai 2024 disclosure in ../shared/real (re-keyed from its PDF, defects kept). It
 * must read with no load issue: its fund tables print the 本年支出 sub-headings in the 合计 row.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { checkWorkbook } from "../../src/core/rules";
import { readWorkbook } from "../../src/core/tables";

const FILE = join(__dirname, "../../../shared/real/shanghai-putuo-shehuigongzuobu-2024.xlsx");

describe("real workbook: Shanghai 普陀区委社会工作部 2024", () => {
  let wb: ReturnType<typeof readWorkbook>;
  beforeAll(async () => {
    wb = readWorkbook(await readXlsx(new Uint8Array(readFileSync(FILE))));
  });

  it("reads all nine tables with no load issue", () => {
    expect(wb.family).toBe("central9");
    expect(wb.issues.map((i) => i.message)).toEqual([]);
    expect(wb.tables.T06!.total!.values.total!.micros).toBe(307_820_000);
    expect(wb.tables.T08!.personnel.total!.micros).toBe(95_360_000);
  });

  it("takes 合计 | 基本支出 | 项目支出 in the fund tables' 合计 row as sub-headers of 本年支出", () => {
    for (const t of [wb.tables.T11!, wb.tables.T13!]) {
      expect(t.columns.map((c) => `${String.fromCharCode(65 + c.col)}=${c.role}`)).toEqual(["A=code", "B=name", "C=opening", "D=income", "E=expTotal", "F=basic", "G=project", "H=closing"]);
      expect(t.total!.values.expTotal).toBeUndefined();
      expect(t.total!.values.opening!.micros).toBe(0);
      expect(t.emptyStatement).not.toBeNull();
    }
  });

  it("reports its real defect S3: the template's instruction printed under T11 and T13 (C-10)", () => {
    const c10 = checkWorkbook(wb).findings.filter((f) => f.ruleId === "C-10");
    expect(c10.map((f) => f.cells)).toEqual([["政府性基金预算财政拨款收入支出决算表!A10"], ["国有资本经营预算财政拨款收入支出决算表!A10"]]);
    expect(c10.map((f) => f.severity)).toEqual(["warning", "warning"]);
  });
});
