import type { Inputs } from "../../inputs/model";
import type { SanGongItem, SanGongStat, SanGongTable, Workbook } from "../../tables/model";
import { makeContext, type NarrativeContext } from "../context";
import { allZero } from "../figures";
import { writeRate, writeYoyB } from "../fragments";
import { chartLine, sectionHeading } from "../headings";
import type { NarrativeOptions } from "../options";
import { cellSlot, difference, firstKnown, inputAmountSlot, inputCountSlot, inputTextSlot, isAbsent, known, sum, type Known, type Slot } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";

export const ITEM_NAMES: Record<SanGongItem, string> = {
  sgTotal: "合计",
  abroad: "因公出国（境）费",
  vehicle: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
  receptionDomestic: "国内公务接待费",
  receptionForeign: "外事接待费",
};

/** Input keys of the 三公 budgets and budget-difference reasons, by T10 group. */
export const BUDGET_KEYS: Partial<Record<SanGongItem, string>> = { sgTotal: "sg.total", abroad: "sg.abroad", vehicle: "sg.vehicle", reception: "sg.reception" };

/**
 * 七、“三公”经费财政拨款支出决算情况说明 (§3.7). All three items are always written, including
 * zero ones (N-14); an entirely zero T10 gets the absence sentence and no shares.
 */
export function sectionSanGong(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const sg = new SanGongFigures(ctx);
  const heading = (text: string, section: string, id: string) => new ParagraphWriter(ctx).t(text).paragraph(section, id, "heading");
  return [
    sectionHeading(ctx, "七"),
    heading("（一）“三公”经费财政拨款支出决算总体情况说明。", "七（一）", "s07.1.heading"),
    overall(ctx, sg),
    heading("（二）“三公”经费财政拨款支出决算具体情况说明。", "七（二）", "s07.2.heading"),
    summary(ctx, sg),
    ...(sg.allZero ? [] : chartLine(ctx, "七（二）", 7)),
    abroad(ctx, sg),
    ...vehicle(ctx, sg),
    ...reception(ctx, sg),
  ];
}

/** Figures of T10, with the derivations a partial table allows (合计 = Σ items, 车 = 购置 + 运行). */
export class SanGongFigures {
  readonly t10: SanGongTable | undefined;
  readonly allZero: boolean;

  constructor(readonly ctx: NarrativeContext) {
    this.t10 = ctx.workbook.tables.T10;
    this.allZero = this.t10 !== undefined && allZero(this.t10.amounts.length > 0 ? this.t10.amounts : Object.values(this.t10.items).flatMap((i) => (i?.actual ? [i.actual] : [])));
  }

  private cell(item: SanGongItem): Slot<number> {
    const a = this.t10?.items[item]?.actual;
    return cellSlot(a, `T10.${item}.actual`, `公开10表 ${ITEM_NAMES[item]}决算数`);
  }

  actual(item: SanGongItem): Slot<number> {
    const direct = this.cell(item);
    if (!isAbsent(direct) || !this.t10) return direct;
    const parts = (items: SanGongItem[]) => {
      const slots = items.map((i) => this.cell(i));
      return slots.every((s) => !isAbsent(s)) ? sum(slots as Known<number>[]) : direct;
    };
    if (item === "sgTotal") return parts(["abroad", "vehicle", "reception"]);
    if (item === "vehicle") return parts(["vehiclePurchase", "vehicleOperation"]);
    if (item === "vehiclePurchase") return firstKnown(difference(this.cell("vehicle"), this.cell("vehicleOperation")), direct);
    if (item === "vehicleOperation") return firstKnown(difference(this.cell("vehicle"), this.cell("vehiclePurchase")), direct);
    return direct;
  }

  /** T10's 预算数 where it has one (a blank cell is no budget: no "0%" rate on it), else the 补充信息 budget. */
  budget(item: SanGongItem): Slot<number> {
    const b = this.t10?.items[item]?.budget;
    if (b && !b.blank) return cellSlot(b, `T10.${item}.budget`, `公开10表 ${ITEM_NAMES[item]}预算数`);
    return inputAmountSlot(this.ctx.inputs, `budget.${BUDGET_KEYS[item]}`);
  }

  /** A statistic from 补充信息, else from T10 variant B's 统计数 rows. */
  stat(key: string, stat?: SanGongStat): Slot<number> {
    const fromInputs = inputCountSlot(this.ctx.inputs, key);
    const s = stat ? this.t10?.stats[stat] : undefined;
    return !isAbsent(fromInputs) || !s ? fromInputs : known(s.value, [s.ref]);
  }
}

function rate(w: ParagraphWriter, sg: SanGongFigures, item: SanGongItem): void {
  writeRate(w, { actual: sg.actual(item), budget: sg.budget(item), reasonKey: `reason.budget.${BUDGET_KEYS[item]}` });
}

function overall(ctx: NarrativeContext, sg: SanGongFigures): Paragraph {
  const w = new ParagraphWriter(ctx);
  if (sg.allZero) {
    w.unit().year().t("年度无“三公”经费财政拨款支出。");
  } else {
    w.year().t("年“三公”经费财政拨款支出决算为").amount(sg.actual("sgTotal")).t("万元，");
    rate(w, sg, "sgTotal");
    w.t("。");
  }
  return w.paragraph("七（一）", "s07.1.overall");
}

function summary(ctx: NarrativeContext, sg: SanGongFigures): Paragraph {
  const total = sg.actual("sgTotal");
  const w = new ParagraphWriter(ctx).year().t("年“三公”经费财政拨款支出决算中，");
  const parts: [string, SanGongItem][] = [
    ["因公出国（境）费支出决算", "abroad"],
    ["公务用车购置及运行维护费支出决算", "vehicle"],
    ["公务接待费支出决算", "reception"],
  ];
  parts.forEach(([name, item], i) => {
    const v = sg.actual(item);
    w.t(i === 0 ? name : `；${name}`).amount(v).t("万元");
    if (!isAbsent(v) && !isAbsent(total) && total.value > 0) {
      w.use(total);
      w.t("，占").percentOf(v.value, total.value).t("%");
    }
  });
  w.t("。具体情况如下：");
  return w.paragraph("七（二）", "s07.2.summary");
}

function abroad(ctx: NarrativeContext, sg: SanGongFigures): Paragraph {
  const w = new ParagraphWriter(ctx).t("1．因公出国（境）经费支出").amount(sg.actual("abroad")).t("万元，");
  rate(w, sg, "abroad");
  w.t("。全年安排因公出国（境）团组").count(sg.stat("sg.abroad.groups", "abroadGroups")).t("次，出国（境）").count(sg.stat("sg.abroad.persons", "abroadPersons")).t("人。");
  return w.paragraph("七（二）", "s07.2.abroad");
}

/** A per-type figure; when the whole is known to be 0, each part is 0 as well. */
export function partOf(part: Slot<number>, whole: Slot<number>): Slot<number> {
  if (!isAbsent(part) || isAbsent(whole) || whole.value !== 0) return part;
  return known(0, whole.cells, whole.inputs);
}

function vehicle(ctx: NarrativeContext, sg: SanGongFigures): Paragraph[] {
  const inputs = ctx.inputs;
  const head = new ParagraphWriter(ctx).t("2．公务用车购置及运行维护费支出").amount(sg.actual("vehicle")).t("万元，");
  rate(head, sg, "vehicle");
  head.t("。");
  writeYoyB(head, { subject: "公务用车购置及运行维护费支出决算", current: sg.actual("vehicle"), prior: inputAmountSlot(inputs, "prior.sg.vehicle"), reasonKey: "reason.sg.vehicle" });

  const purchase = sg.actual("vehiclePurchase");
  const bought = sg.stat("sg.vehicle.bought.total", "vehiclesBought");
  const fleet = sg.stat("sg.vehicle.fleet.total", "vehicleFleet");
  const p = new ParagraphWriter(ctx).t("其中：公务用车购置支出").amount(purchase).t("万元。全年按规定更新购置公务用车").count(bought).t("辆，其中：");
  const types: [string, string][] = [
    ["轿车", "sedan"],
    ["越野车", "suv"],
    ["载客汽车", "bus"],
  ];
  types.forEach(([name, key], i) => {
    const n = partOf(inputCountSlot(inputs, `sg.vehicle.bought.${key}`), bought);
    const amount = partOf(partOf(inputAmountSlot(inputs, `sg.vehicle.bought.${key}Amount`), n), purchase);
    p.t(`${i === 0 ? "" : "，"}${name}`).count(n).t("辆、金额").amount(amount).t("万元");
  });
  p.t("。截至").year().t("年12月底，单位共有公务用车").count(fleet).t("辆，其中：");
  types.forEach(([name, key], i) => {
    p.t(`${i === 0 ? "" : "、"}${name}`).count(partOf(inputCountSlot(inputs, `sg.vehicle.fleet.${key}`), fleet)).t("辆");
  });
  p.t("。");

  const operation = sg.actual("vehicleOperation");
  const o = new ParagraphWriter(ctx).t("公务用车运行维护费支出").amount(operation).t("万元。");
  if (isAbsent(operation) || operation.value !== 0) o.t("主要用于").text(inputTextSlot(inputs, "sg.vehicle.operationUse")).t("。");
  return [head.paragraph("七（二）", "s07.2.vehicle"), p.paragraph("七（二）", "s07.2.vehiclePurchase"), o.paragraph("七（二）", "s07.2.vehicleOperation")];
}

function reception(ctx: NarrativeContext, sg: SanGongFigures): Paragraph[] {
  const inputs = ctx.inputs;
  const total = sg.actual("reception");
  const head = new ParagraphWriter(ctx).t("3．公务接待费支出").amount(total).t("万元，");
  rate(head, sg, "reception");
  head.t("。");
  writeYoyB(head, { subject: "公务接待费支出决算", current: total, prior: inputAmountSlot(inputs, "prior.sg.reception"), reasonKey: "reason.sg.reception" });
  head.t("其中：");

  // 国内/外事 from T10 when it splits them, else 补充信息; one of them may be derived from the other.
  const given = (item: SanGongItem, key: string) => {
    const a = sg.t10?.items[item]?.actual;
    return a ? cellSlot(a, `T10.${item}.actual`, ITEM_NAMES[item]) : inputAmountSlot(inputs, key);
  };
  const domesticGiven = given("receptionDomestic", "sg.reception.domestic.amount");
  const foreignGiven = given("receptionForeign", "sg.reception.foreign.amount");
  const domestic = firstKnown(domesticGiven, isAbsent(foreignGiven) ? domesticGiven : difference(total, foreignGiven));
  const foreign = firstKnown(foreignGiven, isAbsent(domesticGiven) ? foreignGiven : difference(total, domesticGiven));

  const d = new ParagraphWriter(ctx).t("国内公务接待支出").amount(domestic).t("万元，");
  const batches = sg.stat("sg.reception.domestic.batches", "receptionDomesticBatches");
  const persons = sg.stat("sg.reception.domestic.persons", "receptionDomesticPersons");
  const zero = !isAbsent(domestic) && domestic.value === 0;
  if (!zero) d.t("主要用于").text(inputTextSlot(inputs, "sg.reception.domestic.use")).t("。");
  d.t("国内公务接待").count(batches).t("批次，").count(persons).t("人次（不包括陪同人员），共计支出").amount(domestic).t("万元");
  if (!zero) d.t("，具体内容包括：").text(inputTextSlot(inputs, "sg.reception.domestic.content"));
  d.t("。");

  const f = new ParagraphWriter(ctx).t("外事接待支出").amount(foreign).t("万元，外事接待");
  f.count(sg.stat("sg.reception.foreign.batches", "receptionForeignBatches")).t("批次，");
  f.count(sg.stat("sg.reception.foreign.persons", "receptionForeignPersons")).t("人，共计支出").amount(foreign).t("万元。");
  return [head.paragraph("七（二）", "s07.2.reception"), d.paragraph("七（二）", "s07.2.receptionDomestic"), f.paragraph("七（二）", "s07.2.receptionForeign")];
}

