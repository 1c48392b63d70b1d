import rule from "../../src/core/rules/i-07-code-roll-up";
import { codeTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

/**
 * T06 rows (sheet rows 5…): 合计, 201, 20103, 2010301, 2010302, 208, 20805, 2080505, 2080501.
 * The 合计 row comes first here; parent/child is by code, so row order does not matter.
 */
const t06 = (o: { item2010302?: string; total?: string; section20805?: string; itemsFirst?: boolean } = {}) => {
  const rows: [string, { total: string; basic: string }, string?][] = [
    ["合计", { total: o.total ?? "3000.00", basic: "2500.00" }],
    ["201", { total: "2000.00", basic: "1500.00" }, "一般公共服务支出"],
    ["20103", { total: "2000.00", basic: "1500.00" }, "政府办公厅（室）及相关机构事务"],
    ["2010301", { total: "1500.00", basic: "1500.00" }, "行政运行"],
    ["2010302", { total: o.item2010302 ?? "500.00", basic: "" }, "一般行政管理事务"],
    ["208", { total: "1000.00", basic: "1000.00" }, "社会保障和就业支出"],
    ["20805", { total: o.section20805 ?? "1000.00", basic: "1000.00" }, "行政事业单位养老支出"],
    ["2080505", { total: "600.00", basic: "600.00" }, "机关事业单位基本养老保险缴费支出"],
    ["2080501", { total: "400.00", basic: "400.00" }, "行政单位离退休"],
  ];
  if (o.itemsFirst) rows.push(rows.splice(1, 1)[0]!); // the 201 class row moved to the bottom
  return codeTable("T06", rows);
};

testRule(rule, {
  valid: [
    { name: "合计 = Σ类, 类 = Σ款, 款 = Σ项 in both columns", workbook: workbook([t06()]) },
    { name: "parents found by code even when rows are out of order", workbook: workbook([t06({ itemsFirst: true })]) },
    {
      name: "T07 economic rows are not functional roll-ups",
      workbook: workbook([codeTable("T07", [["合计", { total: "1.00" }], ["301", { total: "5.00" }]], { domain: "economic" })]),
    },
    {
      name: "T05 with an unknown domain is left alone",
      workbook: workbook([codeTable("T05", [["合计", { total: "1.00" }], ["201", { total: "5.00" }]], { domain: "unknown" })]),
    },
  ],
  invalid: [
    {
      name: "a 项 0.01 off: 款 (3 values) 尾差, and the class and total still tie",
      workbook: workbook([t06({ item2010302: "500.01" })]),
      findings: [{ outcome: "rounding", cell: "公开06表!C7", message: "20103 政府办公厅（室）及相关机构事务（款）“合计”列应等于其下各项之和" }],
    },
    {
      name: "a 项 0.02 off (款 with 2 项, bound 0.015): 不一致",
      workbook: workbook([t06({ item2010302: "500.02" })]),
      findings: [{ outcome: "inconsistent", cell: "公开06表!C7", cells: ["公开06表!C8", "公开06表!C9"], difference: -0.02 }],
    },
    {
      name: "a cleared 项 (blank) is named after its 款 and the non-zero sibling",
      workbook: workbook([t06({ item2010302: "" })]),
      findings: [{ outcome: "inconsistent", cell: "公开06表!C7", cells: ["公开06表!C8", "公开06表!C9"], difference: 500 }],
    },
    {
      name: "合计 off by 1 with 2 classes",
      workbook: workbook([t06({ total: "3001.00" })]),
      findings: [{ outcome: "inconsistent", cell: "公开06表!C5", difference: 1, message: "合计行“合计”列应等于其下各类之和" }],
    },
    {
      name: "a 款 off breaks both its class and its items",
      workbook: workbook([t06({ section20805: "1000.10" })]),
      findings: [
        { outcome: "inconsistent", cell: "公开06表!C10", difference: -0.1 },
        { outcome: "inconsistent", cell: "公开06表!C11", difference: 0.1 },
      ],
    },
    {
      name: "runs on every coded table present and T05 when functional",
      workbook: workbook([
        codeTable("T03", [["合计", { total: "2.00", basic: "2.00" }], ["201", { total: "1.00", basic: "1.00" }]]),
        codeTable("T05", [["合计", { total: "9.00" }], ["201", { total: "5.00" }]], { domain: "functional" }),
      ]),
      findings: [
        { table: "T03", cell: "公开03表!C5" },
        { table: "T03", cell: "公开03表!D5" },
        { table: "T05", cell: "公开05表!C5" },
      ],
    },
  ],
});
