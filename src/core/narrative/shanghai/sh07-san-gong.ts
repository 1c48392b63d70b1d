import type { Inputs } from "../../inputs/model";
import type { SanGongItem, Workbook } from "../../tables/model";
import type { YearChange } from "../change";
import { makeContext, type NarrativeContext } from "../context";
import { percentHundredths } from "../format";
import type { NarrativeOptions } from "../options";
import { BUDGET_KEYS, partOf, SanGongFigures } from "../sections/s07-san-gong";
import { cellSlot, firstKnown, inputAmountSlot, isAbsent, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { changeOf, writeChangeAmount, writeShReason, writeShText } from "./fragments";
import { shHeading, shSubHeading } from "./headings";

const PARTS: readonly [SanGongItem, string][] = [
  ["abroad", "因公出国（境）费"],
  ["vehicle", "公务用车购置及运行维护费"],
  ["reception", "公务接待费"],
];

/**
 * 七、财政拨款“三公”经费支出决算情况说明. A blank or all-zero 公开07表 gets the template's one line
 * for units without 三公 spending; otherwise （一） budgets and the change on the prior year,
 * （二） shares and the three items with their statistics.
 */
export function shSanGong(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const sg = new SanGongFigures(ctx);
  if (sg.allZero) {
    const w = new ParagraphWriter(ctx).unit().year().t("年度无“三公”经费财政拨款支出。");
    return [shHeading(ctx, "七"), w.paragraph("七", "sh07.none")];
  }
  return [
    shHeading(ctx, "七"),
    shSubHeading(ctx, "七（一）", "sh07.1.heading", "（一）“三公”经费财政拨款支出决算总体情况说明。"),
    budgets(ctx, sg),
    changes(ctx, sg),
    shSubHeading(ctx, "七（二）", "sh07.2.heading", "（二）“三公”经费财政拨款支出决算具体情况说明。"),
    shares(ctx, sg),
    ...details(ctx, sg),
  ];
}

/** "，完成预算的P%" — no rate over a zero budget, a placeholder for a blank one (never "0%"). */
function rate(w: ParagraphWriter, actual: Slot<number>, budget: Slot<number>): void {
  if (isAbsent(actual)) return;
  if (isAbsent(budget)) {
    w.t("，完成预算的").hole(budget.key, budget.label);
    return;
  }
  w.use(budget);
  if (budget.value > 0) w.t("，完成预算的").percentOf(actual.value, budget.value).t("%");
  else if (actual.value !== 0) w.t("，未安排预算");
}

function budgets(ctx: NarrativeContext, sg: SanGongFigures): Paragraph {
  const total = sg.actual("sgTotal");
  const budget = sg.budget("sgTotal");
  const w = new ParagraphWriter(ctx).t("“三公”经费财政拨款支出年初预算为").amount(budget).t("万元，支出决算为").amount(total).t("万元");
  rate(w, total, budget);
  PARTS.forEach(([item, name], i) => {
    const a = sg.actual(item);
    w.t(i === 0 ? `，其中：${name}决算为` : `；${name}支出决算为`).amount(a).t("万元");
    rate(w, a, sg.budget(item));
  });
  w.t("。");
  if (!isAbsent(total) && !isAbsent(budget)) {
    w.year().t("年度“三公”经费支出决算数");
    if (total.value === budget.value) w.t("与预算数持平。");
    else writeShReason(w, `${total.value > budget.value ? "大于" : "小于"}预算数的主要原因：`, `reason.budget.${BUDGET_KEYS.sgTotal}`, "预决算差异原因");
  }
  return w.paragraph("七（一）", "sh07.1.budgets");
}

/** "增加X万元，增长P%" / "持平" / a placeholder for the missing prior year, after the subject. */
function changeWords(w: ParagraphWriter, change: YearChange, prior: Slot<number>): void {
  if (change.kind === "missing") {
    const p = prior as { key: string; label: string };
    w.t("的变动情况").hole(p.key, p.label);
  } else if (change.kind === "flat") {
    w.t("持平");
  } else {
    writeChangeAmount(w, change);
  }
}

function changes(ctx: NarrativeContext, sg: SanGongFigures): Paragraph {
  const w = new ParagraphWriter(ctx).year().t("年度“三公”经费财政拨款支出决算数");
  const prior = inputAmountSlot(ctx.inputs, "prior.sg.total");
  const total = changeOf(w, sg.actual("sgTotal"), prior);
  if (total?.kind === "flat") w.t("与").priorYear().t("年度持平");
  else if (total) {
    w.t("比").priorYear().t("年度");
    changeWords(w, total, prior);
  }
  const reasons: [string, YearChange, string][] = [];
  PARTS.forEach(([item, name], i) => {
    const itemPrior = inputAmountSlot(ctx.inputs, `prior.sg.${item}`);
    const c = changeOf(w, sg.actual(item), itemPrior);
    if (!c) return;
    w.t(`${i === 0 ? "，其中：" : "；"}${name}支出决算`);
    changeWords(w, c, itemPrior);
    if (c.kind !== "flat" && c.kind !== "missing") reasons.push([name, c, `reason.sg.${item}`]);
  });
  w.t("。");
  for (const [name, c, key] of reasons) {
    const dir = c.kind === "decrease" || (c.kind === "fromZero" && c.direction === "减少") ? "减少" : "增加";
    writeShReason(w, `${name}支出${dir}的主要原因是`, key, "变动原因");
  }
  return w.paragraph("七（一）", "sh07.1.changes");
}

function shares(ctx: NarrativeContext, sg: SanGongFigures): Paragraph {
  const total = sg.actual("sgTotal");
  const w = new ParagraphWriter(ctx).t("“三公”经费财政拨款支出决算中，");
  PARTS.forEach(([item, name], i) => {
    const a = sg.actual(item);
    w.t(`${i === 0 ? "" : "；"}${name}支出决算`).amount(a).t("万元");
    if (!isAbsent(a) && !isAbsent(total) && total.value > 0) {
      w.use(total);
      w.t("，占").percent(percentHundredths(a.value, total.value)!).t("%");
    }
  });
  w.t("。具体情况如下：");
  return w.paragraph("七（二）", "sh07.2.shares");
}

const nonZero = (s: Slot<number>) => isAbsent(s) || s.value !== 0;

function details(ctx: NarrativeContext, sg: SanGongFigures): Paragraph[] {
  const p = (section: string, id: string, build: (w: ParagraphWriter) => void) => {
    const w = new ParagraphWriter(ctx);
    build(w);
    return w.paragraph(section, id);
  };
  const count = (key: string, stat?: Parameters<SanGongFigures["stat"]>[1]) => sg.stat(key, stat);
  const abroad = sg.actual("abroad");
  const vehicle = sg.actual("vehicle");
  const purchase = sg.actual("vehiclePurchase");
  const operation = sg.actual("vehicleOperation");
  const reception = sg.actual("reception");
  // 国内公务接待 includes 外宾接待 in this template ("国内公务接待支出X万（含外宾接待支出Y万元）").
  const domesticCell = sg.t10?.items.receptionDomestic?.actual;
  const domestic = domesticCell ? cellSlot(domesticCell, "T10.receptionDomestic.actual", "国内公务接待费决算数") : firstKnown(inputAmountSlot(ctx.inputs, "sg.reception.domestic.amount"), reception);
  const foreign = partOf(inputAmountSlot(ctx.inputs, "sg.reception.foreign.amount"), domestic);
  return [
    p("七（二）", "sh07.2.abroad", (w) => {
      // Counts are written even for a zero item (they are then 0): every item is accounted for (N-14).
      w.t("1、因公出国（境）费支出").amount(abroad).t("万元。");
      w.t("全年安排因公出国（境）团组").count(partOf(count("sg.abroad.groups", "abroadGroups"), abroad)).t("个、累计");
      w.count(partOf(count("sg.abroad.persons", "abroadPersons"), abroad)).t("人次。");
      if (!nonZero(abroad)) return;
      w.t("开支内容包括：");
      writeShText(w, "sg.abroad.content");
      w.t("。");
    }),
    p("七（二）", "sh07.2.vehicle", (w) => w.t("2、公务用车购置及运行维护费支出").amount(vehicle).t("万元。其中：")),
    p("七（二）", "sh07.2.vehiclePurchase", (w) => {
      const bought = partOf(count("sg.vehicle.bought.total", "vehiclesBought"), purchase);
      w.t("公务用车购置支出为").amount(purchase).t("万元");
      if (!nonZero(purchase)) {
        w.t("，购置公务用车").count(bought).t("辆。");
        return;
      }
      w.t("。主要用于");
      writeShText(w, "sg.vehicle.purchaseUse");
      w.t("，购置公务用车").count(bought).t("辆。");
    }),
    p("七（二）", "sh07.2.vehicleOperation", (w) => {
      w.t("公务用车运行维护支出").amount(operation).t("万元。");
      if (nonZero(operation)) {
        w.t("主要用于");
        writeShText(w, "sg.vehicle.operationUse");
        w.t("。");
      }
      w.year().t("年，").unit().t("所属各预算单位开支财政拨款的公务用车保有量为").count(count("sg.vehicle.fleet.total", "vehicleFleet")).t("辆。");
    }),
    p("七（二）", "sh07.2.reception", (w) => w.t("3、公务接待费支出").amount(reception).t("万元。其中：")),
    p("七（二）", "sh07.2.receptionDomestic", (w) => {
      w.t("国内公务接待支出").amount(domestic).t("万元（含外宾接待支出").amount(foreign).t("万元）");
      const batches = partOf(count("sg.reception.domestic.batches", "receptionDomesticBatches"), domestic);
      const persons = partOf(count("sg.reception.domestic.persons", "receptionDomesticPersons"), domestic);
      if (!nonZero(domestic)) {
        w.t("，共接待").count(batches).t("批次、").count(persons).t("人次。");
        return;
      }
      w.t("。主要用于");
      writeShText(w, "sg.reception.domestic.use");
      w.t("，共接待").count(batches).t("批次、").count(persons).t("人次，其中：接待外宾");
      const fb = partOf(count("sg.reception.foreign.batches", "receptionForeignBatches"), foreign);
      const fp = partOf(count("sg.reception.foreign.persons", "receptionForeignPersons"), foreign);
      w.count(fb).t("批次、").count(fp).t("人次。");
    }),
  ];
}
