import { formatRef } from "../../cells";
import type { SanGongItem } from "../../tables/model";
import { parseStated } from "./checker";
import type { TextLine } from "./document";
import { around } from "./hygiene";
import type { Sources } from "./sources";
import type { TextFinding } from "./types";

/**
 * Section 七 as a whole:
 * - N-14: every 三公 item is described, zero ones included — 因公出国（境） with 团组 and 人数,
 *   公务用车购置 with the vehicles bought and held, 公务用车运行维护, 国内公务接待 and 外事接待
 *   with 批次 and 人次 (rules.md §4.1, narrative.md §3.7). Warning.
 * - C-07 (the narrative half): an item the text gives as 0 whose T10 决算数 cell is blank gets the
 *   hint 补0 (info); the table half is rule C-07 of the table checker.
 */

/** A count as written, or the generator's placeholder (N-12 reports the placeholder itself). */
const N = "(?:\\d+|【待补充[^】]*】)";
/** An amount, or a placeholder in its place (N-12 reports the placeholder; the item is still described). */
const AMOUNT = "(?:决算)?(?:为)?([\\d.]+|X+|×+|【[^】]*】)万元";

interface Item {
  readonly name: string;
  /** The T10 row the amount restates, for the 补0 hint. */
  readonly t10: SanGongItem;
  readonly amount: RegExp;
  /** Statistics that must follow the item's amount, before the next item: [label, pattern, "item"
   *  when it may stand anywhere among the parts of the same 三公 item]. */
  readonly stats: readonly (readonly [string, RegExp, ("item" | undefined)?])[];
  /** Required by N-14 (the 合计 lines of 公务用车 and 公务接待 are not: their parts are). */
  readonly required: boolean;
  /** The 三公 item the row is a part of, for statistics of the whole item. */
  readonly group: SanGongItem;
}

const ITEMS: readonly Item[] = [
  {
    name: "因公出国（境）费",
    t10: "abroad",
    amount: new RegExp(`因公出国（境）(?:经)?费(?:用)?支出${AMOUNT}`, "g"),
    stats: [
      ["团组数", new RegExp(`团组(?:数)?(?:为|共)?${N}(?:个|次)|${N}个团组`)],
      ["出国（境）人数", new RegExp(`(?:出国（境）|人数|人员|累计|共)(?:为|共)?${N}人`)],
    ],
    required: true,
    group: "abroad",
  },
  { name: "公务用车购置及运行维护费", t10: "vehicle", amount: new RegExp(`公务用车购置及运行(?:维护)?费(?:用)?支出${AMOUNT}`, "g"), stats: [], required: false, group: "vehicle" },
  {
    name: "公务用车购置费",
    t10: "vehiclePurchase",
    amount: new RegExp(`公务用车购置(?:费)?支出${AMOUNT}`, "g"),
    stats: [
      ["购置车辆数", new RegExp(`购置(?:公务用车|车辆)?${N}辆`)],
      ["公务用车保有量", new RegExp(`(?:共有|保有)(?:公务用车|车辆)?(?:保有量)?(?:为)?${N}辆|保有量(?:为)?${N}辆`), "item"],
    ],
    required: true,
    group: "vehicle",
  },
  { name: "公务用车运行维护费", t10: "vehicleOperation", amount: new RegExp(`(?<!及)(?:公务用车)?运行(?:维护)?(?:费用?)?支出${AMOUNT}`, "g"), stats: [], required: true, group: "vehicle" },
  { name: "公务接待费", t10: "reception", amount: new RegExp(`(?<![国内外事])公务接待费(?:用)?支出${AMOUNT}`, "g"), stats: [], required: false, group: "reception" },
  {
    name: "国内公务接待费",
    t10: "receptionDomestic",
    amount: new RegExp(`国内公务接待(?:费)?支出${AMOUNT}`, "g"),
    stats: [
      ["接待批次", new RegExp(`${N}批次`)],
      ["接待人次", new RegExp(`${N}人次`)],
    ],
    required: true,
    group: "reception",
  },
  {
    name: "外事接待费",
    t10: "receptionForeign",
    amount: new RegExp(`外[事宾]接待(?:费)?支出${AMOUNT}`, "g"),
    stats: [
      ["接待批次", new RegExp(`${N}批次`)],
      ["接待人数", new RegExp(`${N}人`)],
    ],
    required: true,
    group: "reception",
  },
];

interface Hit {
  readonly item: Item;
  readonly index: number;
  readonly match: RegExpMatchArray;
}

export function checkSanGongCoverage(lines: readonly TextLine[], s: Sources): TextFinding[] {
  const part = lines.filter((l) => l.inPart2 && l.topic?.startsWith("sangong"));
  if (part.length === 0) return [];
  // The template's one-line form for a unit without 三公 spending ("…无“三公”经费财政拨款支出。")
  // stands for every item, when the table agrees that there is none.
  const absence = part.find((l) => /无[“"]?三公[”"]?经费/.test(l.text));
  if (absence && Object.values(s.wb.tables.T10?.items ?? {}).every((v) => (v?.actual?.micros ?? 0) === 0)) return [];
  // The section as one string, so that an item's statistics may run on to the next line.
  const starts: number[] = [];
  let text = "";
  for (const l of part) {
    starts.push(text.length);
    text += `${l.text}\n`;
  }
  const lineAt = (index: number): TextLine => part[starts.filter((st) => st <= index).length - 1]!;

  const hits: Hit[] = ITEMS.flatMap((item) => [...text.matchAll(item.amount)].map((match) => ({ item, index: match.index!, match })));
  hits.sort((a, b) => a.index - b.index);
  const out: TextFinding[] = [];
  const section7 = part.find((l) => l.heading) ?? part[0]!;

  for (const item of ITEMS) {
    const own = hits.filter((h) => h.item === item);
    if (item.required && own.length === 0) {
      out.push(finding(section7, "N-14", `七、“三公”经费部分没有说明${item.name}支出（为0也应写明“${item.name.replace(/费$/, "")}支出0万元”）。`, section7.text.slice(0, 20)));
      continue;
    }
    if (item.stats.length > 0 && own.length > 0) {
      // An item's statistics follow it up to the next item; a part named in brackets
      // ("国内公务接待支出X万元（含外宾接待支出Y万元）") does not end it. A statistic of the whole
      // item ("公务用车保有量", often told with 运行维护) may stand anywhere among its parts.
      const scopes = (wide: boolean) =>
        own.map((h) => text.slice(h.index, hits.find((x) => x.index > h.index && x.item !== h.item && !enclosed(text, x.index) && !(wide && x.item.group === h.item.group))?.index ?? text.length));
      const missing = item.stats.filter(([, re, wide]) => !scopes(wide === "item").some((sc) => re.test(sc))).map(([label]) => label);
      if (missing.length > 0) {
        const h = own[own.length - 1]!; // the item's own paragraph comes after the 七（二） summary
        const l = lineAt(h.index);
        out.push(finding(l, "N-14", `${item.name}的说明缺少${missing.join("、")}（为0也应写明，如“${example(item)}”）。`, h.match[0]));
      }
    }
    const zero = own.find((h) => parseStated(h.match[1]!)?.micros === 0);
    const cell = s.wb.tables.T10?.items[item.t10]?.actual;
    if (zero && cell?.blank && cell.ref) {
      const l = lineAt(zero.index);
      out.push({
        ...finding(l, "C-07", `文中写明${item.name}支出0万元，而公开10表对应单元格 ${formatRef(cell.ref)} 为空白，建议在表中补0。`, around(l.text, l.text.indexOf(zero.match[0]), 20) || zero.match[0]),
        severity: "info",
        outcome: "style",
        cells: [formatRef(cell.ref)],
        expected: "0",
      });
    }
  }
  return out;
}

/** The position stands inside a bracket opened on its own line ("（含外宾接待支出0万元）"). */
function enclosed(text: string, index: number): boolean {
  const open = text.lastIndexOf("（", index);
  return open > text.lastIndexOf("）", index) && !text.slice(open, index).includes("\n");
}

function example(item: Item): string {
  switch (item.t10) {
    case "abroad":
      return "全年安排因公出国（境）团组0次，出国（境）0人";
    case "vehiclePurchase":
      return "全年按规定更新购置公务用车0辆……单位共有公务用车N辆";
    case "receptionDomestic":
      return "国内公务接待0批次，0人次";
    default:
      return "外事接待0批次，0人";
  }
}

function finding(line: TextLine, ruleId: string, message: string, excerpt: string): TextFinding {
  return { ruleId, severity: "warning", outcome: "inconsistent", message, section: line.section, line: line.line, excerpt, cells: [], expected: null };
}
