/**
 * A small consistent set of the tables the cross-table rules read (figures after the 2021 sample:
 * T01 本年收入合计 3789.00, T04 财政拨款 3786.99, T06 3747.70 …). Each builder takes overrides so a
 * test changes one cell. Cell addresses follow test/helpers/model-builders.ts: data from sheet
 * row 5; T01/T04 income label A, amount B; expenditure label C, T01 amount D, T04 total D, gpb E,
 * gfb F, socb G; coded tables code A, name B, amount roles from C in table order.
 */
import { basicTable, codeTable, sanGongTable, summaryTable, type CodeRowSpec, type LabelRowSpec, type RowValues } from "../helpers/model-builders";

type Overrides = Readonly<Record<string, string | RowValues>>;

function apply(specs: readonly LabelRowSpec[], prefix: string, over: Overrides): LabelRowSpec[] {
  return specs.map(([label, v, opts]) => {
    const key = `${prefix}:${label}`;
    const o = over[key];
    if (o === undefined) return [label, v, opts] as LabelRowSpec;
    const merged = typeof o === "string" || typeof v === "string" ? o : { ...v, ...o };
    return [label, merged, opts] as LabelRowSpec;
  });
}

/** T01 rows: income A5…A16, expenditure C5…C12. */
export function t01(over: Overrides = {}) {
  return summaryTable("T01", {
    income: apply(
      [
        ["一般公共预算财政拨款收入", "3704.83"],
        ["政府性基金预算财政拨款收入", "82.16"],
        ["国有资本经营预算财政拨款收入", "0.00"],
        ["上级补助收入", ""],
        ["事业收入", "2.01"],
        ["经营收入", ""],
        ["附属单位上缴收入", ""],
        ["其他收入", ""],
        ["本年收入合计", "3789.00"],
        ["使用非财政拨款结余", "0.00"],
        ["年初结转和结余", "61.87"],
        ["总计", "3850.87"],
      ],
      "in",
      over,
    ),
    expenditure: apply(
      [
        ["一般公共服务支出", "2002.01"],
        ["社会保障和就业支出", "1000.00"],
        ["城乡社区支出", "82.16"],
        ["住房保障支出", "747.70"],
        ["本年支出合计", "3831.87"],
        ["结余分配", "0.00"],
        ["年末结转和结余", "19.00"],
        ["总计", "3850.87"],
      ],
      "ex",
      over,
    ),
  });
}

/** T04 rows: income A5…A13 (年初 sub-rows A10…A12), expenditure C5…C11. */
export function t04(over: Overrides = {}, extraClasses: readonly LabelRowSpec[] = []) {
  return summaryTable("T04", {
    income: [
      ...apply(
        [
          ["一般公共预算财政拨款", "3704.83"],
          ["政府性基金预算财政拨款", "82.16"],
          ["国有资本经营预算财政拨款", "0.00"],
          ["本年收入合计", "3786.99"],
          ["年初财政拨款结转和结余", "61.87"],
        ],
        "in",
        over,
      ),
      ...apply(
        [
          ["一般公共预算财政拨款", "61.87", { section: "opening" }],
          ["政府性基金预算财政拨款", "0.00", { section: "opening" }],
          ["国有资本经营预算财政拨款", "0.00", { section: "opening" }],
        ],
        "open",
        over,
      ),
      ...apply([["总计", "3848.86"]], "in", over),
    ],
    expenditure: apply(
      [
        ["一般公共服务支出", { total: "2000.00", gpb: "2000.00", gfb: "", socb: "" }],
        ["社会保障和就业支出", { total: "1000.00", gpb: "1000.00", gfb: "", socb: "" }],
        ["城乡社区支出", { total: "82.16", gpb: "", gfb: "82.16", socb: "" }],
        ["住房保障支出", { total: "747.70", gpb: "747.70", gfb: "", socb: "" }],
        ...extraClasses,
        ["本年支出合计", { total: "3829.86", gpb: "3747.70", gfb: "82.16", socb: "0.00" }],
        ["年末财政拨款结转和结余", { total: "19.00", gpb: "19.00", gfb: "0.00", socb: "0.00" }],
        ["总计", { total: "3848.86", gpb: "3766.70", gfb: "82.16", socb: "0.00" }],
      ],
      "ex",
      over,
    ),
  });
}

/** Base rows with `over` merged in, `drop` codes left out and `extra` rows appended. */
function applyCoded(specs: readonly CodeRowSpec[], over: Readonly<Record<string, RowValues>>, drop: readonly string[] = [], extra: readonly CodeRowSpec[] = []): CodeRowSpec[] {
  return [...specs, ...extra].filter(([c]) => !drop.includes(c as string)).map(([code, v, name]) => [code, { ...v, ...(over[code] ?? {}) }, name] as CodeRowSpec);
}

/** T02: total C, fiscal D, superior E, business F, operating G, affiliated H, other I; 合计 on row 5. */
export function t02(over: Readonly<Record<string, RowValues>> = {}) {
  const z = { superior: "", operating: "", affiliated: "", other: "" };
  return codeTable(
    "T02",
    applyCoded(
      [
        ["合计", { total: "3789.00", fiscal: "3786.99", business: "2.01", ...z }],
        ["201", { total: "2002.01", fiscal: "2000.00", business: "2.01", ...z }, "一般公共服务支出"],
        ["208", { total: "1000.00", fiscal: "1000.00", business: "", ...z }, "社会保障和就业支出"],
        ["212", { total: "82.16", fiscal: "82.16", business: "", ...z }, "城乡社区支出"],
        ["221", { total: "747.70", fiscal: "747.70", business: "", ...z }, "住房保障支出"],
      ],
      over,
    ),
  );
}

/** T03: total C, basic D, project E; 合计 row 5, classes 201 row 6, 208 row 7, 212 row 8, 221 row 9. */
export function t03(over: Readonly<Record<string, RowValues>> = {}, drop: readonly string[] = [], extra: readonly CodeRowSpec[] = []) {
  return codeTable(
    "T03",
    applyCoded(
      [
        ["合计", { total: "3831.87", basic: "3187.51", project: "644.36" }],
        ["201", { total: "2002.01", basic: "1800.00", project: "202.01" }, "一般公共服务支出"],
        ["208", { total: "1000.00", basic: "900.00", project: "100.00" }, "社会保障和就业支出"],
        ["212", { total: "82.16", basic: "", project: "82.16" }, "城乡社区支出"],
        ["221", { total: "747.70", basic: "487.51", project: "260.19" }, "住房保障支出"],
      ],
      over,
      drop,
      extra,
    ),
  );
}

/** T06: total C, basic D, project E; 合计 row 5, 201 row 6, 20103 row 7, 2010301 row 8, 208 row 9, 221 row 10. */
export function t06(over: Readonly<Record<string, RowValues>> = {}, drop: readonly string[] = [], extra: readonly CodeRowSpec[] = []) {
  return codeTable(
    "T06",
    applyCoded(
      [
        ["合计", { total: "3747.70", basic: "3187.51", project: "560.19" }],
        ["201", { total: "2000.00", basic: "1800.00", project: "200.00" }, "一般公共服务支出"],
        ["20103", { total: "2000.00", basic: "1800.00", project: "200.00" }, "政府办公厅（室）及相关机构事务"],
        ["2010301", { total: "2000.00", basic: "1800.00", project: "200.00" }, "行政运行"],
        ["208", { total: "1000.00", basic: "900.00", project: "100.00" }, "社会保障和就业支出"],
        ["221", { total: "747.70", basic: "487.51", project: "260.19" }, "住房保障支出"],
      ],
      over,
      drop,
      extra,
    ),
  );
}

/** T08: personnel 301 C5, 30101 C6, footer C8; public 302 F5, 30201 F6, 30217 F7, footer F8; 基本支出合计 C9. */
export function t08(totals: { personnel?: string | null; publicFunds?: string | null; basic?: string | null } = {}, over: Readonly<Record<string, string>> = {}, withClasses = true) {
  const rows = (specs: [string, string, string][]) =>
    specs.filter(([c]) => withClasses || c.length !== 3).map(([c, v, n]) => [c, over[c] ?? v, n] as [string, string, string]);
  return basicTable(
    rows([
      ["301", "2670.44", "工资福利支出"],
      ["30101", "2670.44", "基本工资"],
    ]),
    rows([
      ["302", "517.07", "商品和服务支出"],
      ["30201", "516.52", "办公费"],
      ["30217", "0.55", "公务接待费"],
    ]),
    { personnel: "2670.44", publicFunds: "517.07", ...totals },
  );
}

/**
 * T05 (功能分类 × fund): total C, gpb D, gfb E, socb F; 合计 5, 201 6, 20103 7, 2010301 8, 208 9,
 * 212 10, 221 11, then 21208 12 and 2120801 13 (T11's 政府性基金 项), then `extra` rows from 14.
 */
export function t05(over: Readonly<Record<string, RowValues>> = {}, extra: readonly CodeRowSpec[] = []) {
  return codeTable(
    "T05",
    applyCoded(
      [
        ["合计", { total: "3829.86", gpb: "3747.70", gfb: "82.16", socb: "" }],
        ["201", { total: "2000.00", gpb: "2000.00", gfb: "", socb: "" }, "一般公共服务支出"],
        ["20103", { total: "2000.00", gpb: "2000.00", gfb: "", socb: "" }, "政府办公厅（室）及相关机构事务"],
        ["2010301", { total: "2000.00", gpb: "2000.00", gfb: "", socb: "" }, "行政运行"],
        ["208", { total: "1000.00", gpb: "1000.00", gfb: "", socb: "" }, "社会保障和就业支出"],
        ["212", { total: "82.16", gpb: "", gfb: "82.16", socb: "" }, "城乡社区支出"],
        ["221", { total: "747.70", gpb: "747.70", gfb: "", socb: "" }, "住房保障支出"],
        ["21208", { total: "82.16", gpb: "", gfb: "82.16", socb: "" }, "国有土地使用权出让收入安排的支出"],
        ["2120801", { total: "82.16", gpb: "", gfb: "82.16", socb: "" }, "征地和拆迁补偿支出"],
        ...extra,
      ],
      over,
    ),
  );
}

/** T07 (经济分类): total C, basic D, project E; 合计 5, 301 6, 30101 7, 302 8, 30201 9, 30217 10. */
export function t07(over: Readonly<Record<string, RowValues>> = {}, drop: readonly string[] = []) {
  return codeTable(
    "T07",
    applyCoded(
      [
        ["合计", { total: "3747.70", basic: "3187.51", project: "560.19" }],
        ["301", { total: "2700.44", basic: "2670.44", project: "30.00" }, "工资福利支出"],
        ["30101", { total: "2700.44", basic: "2670.44", project: "30.00" }, "基本工资"],
        ["302", { total: "1047.26", basic: "517.07", project: "530.19" }, "商品和服务支出"],
        ["30201", { total: "1046.71", basic: "516.52", project: "530.19" }, "办公费"],
        ["30217", { total: "0.55", basic: "0.55", project: "" }, "公务接待费"],
      ],
      over,
      drop,
    ),
  );
}

/** T09 (项目支出 by 功能分类, one column) matching T06's project column: project C; 合计 5, 201 6, 20103 7, 2010301 8, 208 9, 221 10. */
export function t09(over: Readonly<Record<string, RowValues>> = {}, drop: readonly string[] = []) {
  return codeTable(
    "T09",
    applyCoded(
      [
        ["合计", { project: "560.19" }],
        ["201", { project: "200.00" }, "一般公共服务支出"],
        ["20103", { project: "200.00" }, "政府办公厅（室）及相关机构事务"],
        ["2010301", { project: "200.00" }, "行政运行"],
        ["208", { project: "100.00" }, "社会保障和就业支出"],
        ["221", { project: "260.19" }, "住房保障支出"],
      ],
      over,
      drop,
    ),
  );
}

/** T10 (horizontal): actual cells sgTotal B5, abroad D5, vehicle F5, vehiclePurchase H5, vehicleOperation J5, reception L5. */
export function t10(actual: Partial<Record<"sgTotal" | "abroad" | "vehicle" | "vehiclePurchase" | "vehicleOperation" | "reception", string>> = {}) {
  const a = { sgTotal: "50.69", abroad: "0.00", vehicle: "50.14", vehiclePurchase: "0.00", vehicleOperation: "50.14", reception: "0.55", ...actual };
  return sanGongTable("T10", {
    sgTotal: { budget: "60.00", actual: a.sgTotal },
    abroad: { budget: "0.00", actual: a.abroad },
    vehicle: { budget: "59.00", actual: a.vehicle },
    vehiclePurchase: { budget: "0.00", actual: a.vehiclePurchase },
    vehicleOperation: { budget: "59.00", actual: a.vehicleOperation },
    reception: { budget: "1.00", actual: a.reception },
  });
}

/** T11 tied to the T04 fixture's gfb column: opening C, income D, expTotal E, basic F, project G, closing H; 合计 5, 212 6, 21208 7, 2120801 8. */
export function t11(over: Readonly<Record<string, RowValues>> = {}) {
  const v = { opening: "", income: "82.16", expTotal: "82.16", basic: "", project: "82.16", closing: "" };
  return codeTable(
    "T11",
    applyCoded(
      [
        ["合计", v],
        ["212", v, "城乡社区支出"],
        ["21208", v, "国有土地使用权出让收入安排的支出"],
        ["2120801", v, "征地和拆迁补偿支出"],
      ],
      over,
    ),
  );
}

const EMPTY_FLOW = { opening: "", income: "", expTotal: "", basic: "", project: "", closing: "" };

/** T13 with only a blank 合计 row (no 国有资本经营 money), as the T04 fixture implies. */
export function emptyT13() {
  return codeTable("T13", [["合计", EMPTY_FLOW]], { domain: "unknown", emptyStatement: "本单位无国有资本经营预算财政拨款收入和支出，故本表无数据。" });
}

/** T13 with 5.00 of spending: opening C, income D, expTotal E, basic F, project G, closing H; 合计 5, 223 6, 22301 7, 2230101 8. */
export function t13(over: Readonly<Record<string, RowValues>> = {}) {
  const v = { opening: "", income: "5.00", expTotal: "5.00", basic: "", project: "5.00", closing: "" };
  return codeTable(
    "T13",
    applyCoded(
      [
        ["合计", v],
        ["223", v, "国有资本经营预算支出"],
        ["22301", v, "解决历史遗留问题及改革成本支出"],
        ["2230101", v, "厂办大集体改革支出"],
      ],
      over,
    ),
  );
}

/** T14 matching t13(): total C, basic D, project E; 合计 5, 223 6, 22301 7, 2230101 8. */
export function t14(over: Readonly<Record<string, RowValues>> = {}) {
  const v = { total: "5.00", basic: "", project: "5.00" };
  return codeTable(
    "T14",
    applyCoded(
      [
        ["合计", v],
        ["223", v, "国有资本经营预算支出"],
        ["22301", v, "解决历史遗留问题及改革成本支出"],
        ["2230101", v, "厂办大集体改革支出"],
      ],
      over,
    ),
  );
}

export function emptyT14() {
  return codeTable("T14", [["合计", { total: "", basic: "", project: "" }]], { domain: "unknown" });
}

/** T04 whose socb column carries T13's 5.00: income B7; class 223 row 9 (socb G9); 本年支出合计 row 10 (socb G10). */
export function t04WithSocb() {
  return t04(
    {
    "in:国有资本经营预算财政拨款": "5.00",
    "in:本年收入合计": "3791.99",
    "in:总计": "3853.86",
    "ex:本年支出合计": { total: "3834.86", socb: "5.00" },
    "ex:总计": { total: "3853.86", socb: "5.00" },
    },
    [["国有资本经营预算支出", { total: "5.00", gpb: "", gfb: "", socb: "5.00" }, { classCode: "223" }]],
  );
}
