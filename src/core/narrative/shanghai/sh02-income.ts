import type { Inputs } from "../../inputs/model";
import { T01_INCOME } from "../../tables/labels";
import type { Workbook } from "../../tables/model";
import { makeContext } from "../context";
import { t01CurrentIncome, t01IncomeRow } from "../figures";
import type { NarrativeOptions } from "../options";
import { cellOrZero, sum } from "../slots";
import type { Paragraph } from "../types";
import { ParagraphWriter } from "../writer";
import { writeShList } from "./fragments";
import { shHeading } from "./headings";

/**
 * 二、收入决算情况说明: "本年收入合计X万元，其中：财政拨款收入X万元，占P%；事业收入…" — the template
 * names 财政拨款收入 as one item (the three fund rows of T01 together), then T01's other income rows.
 */
export function shIncome(workbook: Workbook, inputs: Inputs, options: NarrativeOptions = {}): Paragraph[] {
  const ctx = makeContext(workbook, inputs, options);
  const total = t01CurrentIncome(workbook);
  const row = (key: keyof typeof T01_INCOME) => cellOrZero(t01IncomeRow(workbook, T01_INCOME[key]));
  const items = [
    { name: "财政拨款收入", value: sum([row("gpb"), row("gfb"), row("socb")]) },
    ...(["superior", "business", "operating", "affiliated", "other"] as const).map((key) => ({ name: T01_INCOME[key], value: row(key) })),
  ];
  const w = new ParagraphWriter(ctx).t("本年收入合计").amount(total).t("万元");
  if (writeShList(new ParagraphWriter(ctx), items, total) > 0) {
    w.t("，其中：");
    writeShList(w, items, total);
  }
  w.t("。");
  return [shHeading(ctx, "二"), w.paragraph("二", "sh02.income")];
}
