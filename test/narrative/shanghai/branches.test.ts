/**
 * The Shanghai template's branches on the real workbook, edited where a branch needs other
 * figures: 三公 with budgets, a fund with spending, 持平 / decrease / zero base, budget rates.
 */
import { analyze } from "../../../src/core/analyze";
import type { RawValue } from "../../../src/core/raw-sheet";
import type { Narrative } from "../../../src/core/narrative";
import { editedRealSheets, inputSheetXlsx, realSheets } from "./real-workbook";

const BASE_ROWS: (readonly RawValue[])[] = [
  ["单位名称", "某局"],
  ["决算年度", 2024],
];

async function narrate(rows: (readonly RawValue[])[], sheets?: Awaited<ReturnType<typeof realSheets>>): Promise<Narrative> {
  return analyze([...(sheets ?? (await realSheets())), ...(await inputSheetXlsx([...BASE_ROWS, ...rows]))]).narrative;
}

const text = (n: Narrative, id: string) => n.paragraphs.find((p) => p.id === id)?.text;

describe("year-on-year (一, 四, 五（一）, 十一（一）)", () => {
  test("equal figures are 持平 and ask no reason", async () => {
    const n = await narrate([["上年收支总计", 307.82]]);
    expect(text(n, "sh01.totals")).toBe("某局2024年度收入支出总计307.82万元。与2023年度相比，收入支出总计持平。");
    expect(n.missingInputs.map((m) => m.label)).not.toContain("变动原因：收支总计");
  });

  test("an increase and a decrease get one direction word and a rate of the prior year", async () => {
    const up = await narrate([["上年财政拨款收支总计", 300]]);
    expect(text(up, "sh04.fiscalTotals")).toBe(
      "某局2024年度财政拨款收入支出总计307.82万元。与2023年度相比，财政拨款收入支出总计增加7.82万元，增长2.61%。主要原因：【待补充：变动原因】。",
    );
    expect(up.missingInputs.map((m) => m.label)).toContain("变动原因：财政拨款收支总计");
    const down = await narrate([["上年一般公共预算财政拨款支出", 400], ["变动原因：一般公共预算财政拨款支出", "项目减少。"]]);
    expect(text(down, "sh05.1.overall")).toBe(
      "一般公共预算财政拨款支出307.82万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出减少92.18万元，下降23.05%。主要原因：项目减少。",
    );
  });

  test("机关运行经费: none, 持平, a missing prior year", async () => {
    expect(text(await narrate([["机关运行经费", 0]]), "sh11.1.operatingFunds")).toBe("某局2024年度无机关运行经费支出。");
    expect(text(await narrate([["机关运行经费", 8], ["上年机关运行经费", 8]]), "sh11.1.operatingFunds")).toBe("机关运行经费支出8.00万元，与2023年度持平。");
    expect(text(await narrate([["机关运行经费", 8]]), "sh11.1.operatingFunds")).toBe("机关运行经费支出8.00万元，与2023年度相比的变动情况【待补充：上年机关运行经费】。");
  });
});

describe("五（三） budgets", () => {
  test("a 年初预算 alone gives the template's rate and the direction of the difference", async () => {
    const n = await narrate([["一般公共预算财政拨款支出年初预算数", 300]]);
    expect(text(n, "sh05.3.detail")).toBe(
      "一般公共预算财政拨款支出年初预算为300.00万元，支出决算为307.82万元，完成年初预算的102.61%。决算数大于预算数的主要原因：【待补充：预决算差异原因】。其中：",
    );
  });

  test("a zero 年初预算 without 全年预算 has no rate; a blank one has a placeholder, never 0%", async () => {
    const zero = await narrate([["一般公共预算财政拨款支出年初预算数", 0], ["预决算差异原因：一般公共预算财政拨款支出", "年中追加"]]);
    expect(text(zero, "sh05.3.detail")).toBe("一般公共预算财政拨款支出年初预算为0万元，支出决算为307.82万元。决算数大于预算数的主要原因：年中追加。其中：");
    const blank = await narrate([]);
    expect(text(blank, "sh05.3.detail")).toBe("一般公共预算财政拨款支出年初预算为【待补充：一般公共预算财政拨款支出年初预算数】万元，支出决算为307.82万元。其中：");
    expect(blank.text).not.toMatch(/完成[^。]*预算[^。]*的0(\.00)?%/);
  });

  test("an item whose budget equals its spending is 持平 without a reason", async () => {
    const n = await narrate([["年初预算数：2210203", 11.72], ["主要用于：2210203", "购房补贴"]]);
    expect(text(n, "sh05.3.item.2210203")).toBe("9、住房保障支出（类）住房改革支出（款）购房补贴（项）。主要用于：购房补贴。年初预算为11.72万元，支出决算为11.72万元。决算数与预算数持平。");
  });
});

describe("七 三公 with spending", () => {
  // 合计 20/15; 因公出国 5/0; 公务用车 10/12 (购置 0/0, 运行 10/12); 公务接待 5/3 (budget/actual)
  const T10 = { "6,0": 20, "6,1": 15, "6,2": 5, "6,3": 0, "6,4": 10, "6,5": 12, "6,6": 0, "6,7": 0, "6,8": 10, "6,9": 12, "6,10": 5, "6,11": 3 };

  test("budgets, rates, the change on the prior year and the reasons asked", async () => {
    const sheets = await editedRealSheets({ "三公": T10 });
    const n = await narrate([["上年“三公”经费", 15], ["上年因公出国（境）费", 2], ["上年公务用车购置及运行维护费", 12], ["上年公务接待费", 0]], sheets);
    expect(text(n, "sh07.1.budgets")).toBe(
      "“三公”经费财政拨款支出年初预算为20.00万元，支出决算为15.00万元，完成预算的75.00%，其中：因公出国（境）费决算为0万元，完成预算的0%；公务用车购置及运行维护费支出决算为12.00万元，完成预算的120.00%；公务接待费支出决算为3.00万元，完成预算的60.00%。2024年度“三公”经费支出决算数小于预算数的主要原因：【待补充：预决算差异原因】。",
    );
    expect(text(n, "sh07.1.changes")).toBe(
      "2024年度“三公”经费财政拨款支出决算数与2023年度持平，其中：因公出国（境）费支出决算减少2.00万元，下降100.00%；公务用车购置及运行维护费支出决算持平；公务接待费支出决算增加3.00万元（2023年度为0，不计算增长率）。因公出国（境）费支出减少的主要原因是【待补充：变动原因】。公务接待费支出增加的主要原因是【待补充：变动原因】。",
    );
    expect(text(n, "sh07.2.shares")).toBe(
      "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算12.00万元，占80.00%；公务接待费支出决算3.00万元，占20.00%。具体情况如下：",
    );
    // A zero item still states its counts, as 0 (every item accounted for).
    expect(text(n, "sh07.2.abroad")).toBe("1、因公出国（境）费支出0万元。全年安排因公出国（境）团组0个、累计0人次。");
    expect(text(n, "sh07.2.vehiclePurchase")).toBe("公务用车购置支出为0万元，购置公务用车0辆。");
    expect(text(n, "sh07.2.vehicleOperation")).toBe(
      "公务用车运行维护支出12.00万元。主要用于【待补充：公务用车运行维护费主要用途】。2024年，某局所属各预算单位开支财政拨款的公务用车保有量为【待补充：公务用车保有量】辆。",
    );
    expect(text(n, "sh07.2.receptionDomestic")).toBe(
      "国内公务接待支出3.00万元（含外宾接待支出【待补充：外事接待支出】万元）。主要用于【待补充：国内公务接待主要用途】，共接待【待补充：国内公务接待批次】批次、【待补充：国内公务接待人次】人次，其中：接待外宾【待补充：外事接待批次】批次、【待补充：外事接待人次】人次。",
    );
    expect(n.text).not.toContain("无“三公”经费");
  });

  test("a blank budget column gives a placeholder where the rate would be, never 0%", async () => {
    const actualOnly = Object.fromEntries(Object.entries(T10).filter(([k]) => Number(k.split(",")[1]) % 2 === 1));
    const n = await narrate([], await editedRealSheets({ "三公": actualOnly }));
    const p = text(n, "sh07.1.budgets")!;
    expect(p).toContain("完成预算的【待补充：“三公”经费预算数】");
    expect(p).not.toMatch(/完成预算的0%/);
  });
});

test("八 with spending: income, spending and one line per 项", async () => {
  const fund = {
    "4,2": 0, "4,3": 50, "4,4": 40, "4,5": 0, "4,6": 40, "4,7": 10,
    "5,0": "212", "5,1": "城乡社区支出", "5,2": 0, "5,3": 50, "5,4": 40, "5,5": 0, "5,6": 40, "5,7": 10,
    "6,0": "21208", "6,1": "国有土地使用权出让收入安排的支出", "6,2": 0, "6,3": 50, "6,4": 40, "6,5": 0, "6,6": 40, "6,7": 10,
    "7,0": "2120801", "7,1": "征地和拆迁补偿支出", "7,2": 0, "7,3": 50, "7,4": 40, "7,5": 0, "7,6": 40, "7,7": 10,
  };
  const n = await narrate([["全年预算数：2120801", 40]], await editedRealSheets({ 政府性基金: fund }));
  expect(text(n, "sh08.total")).toBe("政府性基金预算财政拨款收入50.00万元，支出40.00万元，支出具体情况如下：");
  expect(text(n, "sh08.item.2120801")).toBe(
    "1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。主要用于：【待补充：主要用于：2120801】。全年预算为40.00万元，支出决算为40.00万元。决算数与全年预算数持平。",
  );
  expect(text(n, "sh09.none")).toBe("某局2024年度无国有资本经营预算财政拨款收入和支出。");
});

test("十一: no procurement is one sentence; vehicles by use from a non-zero fleet ask for each use", async () => {
  const n = await narrate([["政府采购金额", 0], ["车辆总数", 3], ["主要领导干部用车", 1], ["其他用车", 2], ["单价100万元以上设备", 1]]);
  expect(text(n, "sh11.2.procurement")).toBe("某局2024年度政府采购金额（以合同签订为准）为0万元。");
  expect(text(n, "sh11.2.sme")).toBeUndefined();
  const assets = text(n, "sh11.3.assets")!;
  expect(assets).toContain("共有车辆3辆，其中：部级领导干部用车【待补充：部级领导干部用车】辆、主要领导干部用车1辆、机要通信用车【待补充：机要通信用车】辆");
  expect(assets).toContain("其他用车2辆。单价100万元（含）以上设备（不含车辆）1台（套）。");
});
