import rule from "../../src/core/rules/i-15-t08-basic-expenditure";
import { basicTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

/** Personnel panel A–C, public panel D–F, footer row 9 (index 8), 基本支出合计 row 10. */
const t08 = (o: { personnelTotal?: string; cls301?: string; basic?: string | null } = {}) =>
  workbook([
    basicTable(
      [
        ["301", o.cls301 ?? "2000.00", "工资福利支出"],
        ["30101", "1200.00", "基本工资"],
        ["30102", "800.00", "津贴补贴"],
        ["303", "670.44", "对个人和家庭的补助"],
      ],
      [
        ["302", "500.00", "商品和服务支出"],
        ["30201", "500.00", "办公费"],
        ["31002", "17.07", "办公设备购置"],
      ],
      { personnel: o.personnelTotal ?? "2670.44", publicFunds: "517.07", basic: o.basic === undefined ? "3187.51" : o.basic },
    ),
  ]);

testRule(rule, {
  valid: [
    { name: "2670.44 + 517.07 = 3187.51; classes = Σ items; a 310 item without its class row counts", workbook: t08() },
    { name: "no 基本支出合计 row", workbook: t08({ basic: null }) },
  ],
  invalid: [
    { name: "人员经费合计 0.01 off (3 values): 尾差, and 基本支出合计 尾差", workbook: t08({ personnelTotal: "2670.45" }), findings: [{ outcome: "rounding", cell: "公开08表!C9" }, { outcome: "rounding", cell: "公开08表!C10" }] },
    {
      name: "301 class 0.02 off its 2 items: 不一致, and 人员经费合计 (3 values) also 不一致",
      workbook: t08({ cls301: "2000.02" }),
      findings: [
        { outcome: "inconsistent", cell: "公开08表!C5", message: "301 工资福利支出（类）应等于其下各款之和" },
        { outcome: "inconsistent", cell: "公开08表!C9" },
      ],
    },
    { name: "基本支出合计 1 off", workbook: t08({ basic: "3188.51" }), findings: [{ outcome: "inconsistent", cell: "公开08表!C10", cells: ["公开08表!C9", "公开08表!F9"], message: "基本支出合计应等于人员经费合计 + 公用经费合计" }] },
  ],
});
