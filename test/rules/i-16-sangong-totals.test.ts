import rule from "../../src/core/rules/i-16-sangong-totals";
import { sanGongTable, workbook } from "../helpers/model-builders";
import { testRule } from "../helpers/rule-tester";

const example = (o: { total?: string; vehicle?: string } = {}) => ({
  sgTotal: { budget: "60.00", actual: o.total ?? "50.69" },
  abroad: { budget: "", actual: "0.00" },
  vehicle: { budget: "50.00", actual: o.vehicle ?? "50.14" },
  vehiclePurchase: { budget: "", actual: "" },
  vehicleOperation: { budget: "50.00", actual: "50.14" },
  reception: { budget: "10.00", actual: "0.55" },
});

testRule(rule, {
  valid: [
    { name: "0 + 50.14 + 0.55 = 50.69, budget and actual (§6.2)", workbook: workbook([sanGongTable("T10", example())]) },
    { name: "variant B, vertical", workbook: workbook([sanGongTable("T10", example(), { variant: "vertical" })]) },
    {
      name: "without a vehicle 小计 the sub-items stand in",
      workbook: workbook([sanGongTable("T12", { sgTotal: { actual: "3.00" }, vehiclePurchase: { actual: "1.00" }, vehicleOperation: { actual: "2.00" } })]),
    },
    {
      name: "vehicle sub-items left blank in 预算数: not split there",
      workbook: workbook([sanGongTable("T10", { ...example(), vehicleOperation: { budget: "", actual: "50.14" } })]),
    },
  ],
  invalid: [
    { name: "决算 total 0.01 off (3 values): 尾差", workbook: workbook([sanGongTable("T10", example({ total: "50.70" }))]), findings: [{ outcome: "rounding", message: "决算数：“三公”经费合计" }] },
    { name: "决算 total 0.02 off: 不一致", workbook: workbook([sanGongTable("T10", example({ total: "50.71" }))]), findings: [{ outcome: "inconsistent", cell: "公开10表!B5" }] },
    {
      name: "vehicle 小计 vs one sub-item: 0.01 boundary, and the total 尾差",
      workbook: workbook([sanGongTable("T10", example({ vehicle: "50.15" }))]),
      findings: [{ outcome: "rounding", boundary: false, message: "“三公”经费合计应等于" }, { outcome: "rounding", boundary: true, message: "公务用车购置及运行费应等于" }],
    },
    {
      name: "T12 checked too",
      workbook: workbook([sanGongTable("T12", { sgTotal: { actual: "3.00" }, abroad: { actual: "1.00" }, reception: { actual: "1.00" } })]),
      findings: [{ outcome: "inconsistent", table: "T12", difference: 1 }],
    },
  ],
});
