/** How messages name columns, rows and amounts ("合计行 基本支出 3,187.51"). */
import { formatWan } from "../amounts";
import type { AmountRole, CodeRow, SanGongItem } from "../tables/model";
import type { Figure } from "./figures";

/** Column role → the header words an accountant sees. */
export const ROLE_ZH: Readonly<Record<AmountRole, string>> = {
  amount: "金额",
  total: "合计",
  fiscal: "财政拨款收入",
  superior: "上级补助收入",
  business: "事业收入",
  operating: "经营收入",
  affiliated: "附属单位上缴收入",
  other: "其他收入",
  basic: "基本支出",
  project: "项目支出",
  toSuperior: "上缴上级支出",
  operatingExp: "经营支出",
  toAffiliated: "对附属单位补助支出",
  gpb: "一般公共预算财政拨款",
  gfb: "政府性基金预算财政拨款",
  socb: "国有资本经营预算财政拨款",
  opening: "年初结转和结余",
  income: "本年收入",
  expTotal: "本年支出合计",
  closing: "年末结转和结余",
  budget: "预算数",
  actual: "决算数",
};

export const SANGONG_ZH: Readonly<Record<SanGongItem, string>> = {
  sgTotal: "“三公”经费合计",
  abroad: "因公出国（境）费",
  vehicle: "公务用车购置及运行费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行费",
  reception: "公务接待费",
  receptionDomestic: "国内公务接待费",
  receptionForeign: "外事接待费",
};

/** "合计行" or "2010301 行政运行". */
export function codeRowLabel(row: CodeRow): string {
  if (row.level === "total" || row.code === null) return "合计行";
  return row.name ? `${row.code} ${row.name}` : row.code;
}

/** "3,187.51" */
export function fmt(f: Figure): string {
  return formatWan(f.amount.micros);
}

