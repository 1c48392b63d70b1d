import type { Amount } from "../amounts";
import { formatRef } from "../cells";
import type { Inputs } from "../inputs/model";
import { tableLabel } from "../tables/table-ids";
import { T01_EXPENDITURE, T01_INCOME, T01_INCOME_CATEGORIES } from "../tables/labels";
import { expenditureRow, incomeRow, nameOf } from "../tables/lookup";
import type { CodeRow, CodeTable, EconomicPanel, SanGongItem, Workbook } from "../tables/model";
import { normaliseText } from "../tables/normalise";
import { EXPENDITURE_CATEGORIES } from "./sections/s03-expenditure";
import { shortClassName } from "./sections/s05-general-budget";
import type { Topic } from "./verify/outline";

/**
 * The subject vocabulary of 部门决算 情况说明 texts: which words name which figure, in the
 * wordings of both families (四川 "收、支总计", 上海/中央 "收入支出总计"; "一般公共服务（类）" and
 * "一般公共服务支出（类）"; 类（类）款（款）项（项） paths; 人员经费, 公用经费, the 三公 items, 机关运行经费,
 * 政府采购 …). A text statement is bound to its subject by the words in front of its number
 * (`bindSubject`), the section's topic only disambiguating a word that means different figures
 * in different sections (基本支出 in 三 is 公开03表's, in 六 公开08表's).
 *
 * Used by 表文一致 (verify-text) to find the figure a sentence restates, and meant for the
 * narrative templates, which name the same subjects when they write.
 */

/** Where the vocabulary reads figures from: the workbook and the 补充信息 inputs. */
export interface VocabularySources {
  readonly wb: Workbook;
  readonly inputs: Inputs;
}

export interface Subject {
  /** Stable id, e.g. "total.grand", "gpb.total", "basic.personnel", "t06:2013901". */
  readonly id: string;
  /** The subject in words, for messages ("收入支出总计"). */
  readonly label: string;
  /** Where its figure stands, in words ("公开01表“总计”"). */
  readonly source: string;
  /** The figure with its cell; null when the workbook and inputs lack it. */
  readonly figure: Amount | null;
  /** The 补充信息 key holding the prior-year figure, when there is one. */
  readonly priorKey?: string;
  /** Parts that add up to the subject (人员经费 + 公用经费 = 基本支出), by subject id. */
  readonly partition?: readonly string[];
  /** The subject's budget in the tables (公开10表 预算数 of a 三公 item), when they give one. */
  readonly budget?: Amount | null;
}

interface Entry {
  readonly id: string;
  readonly label: string;
  /** Normalised wordings (normaliseText: no quotes, full-width brackets). */
  readonly wordings: readonly string[];
  /** Topics where the wording means this subject; absent: anywhere. */
  readonly topics?: readonly Topic[];
  readonly source: string;
  readonly figure: (s: VocabularySources) => Amount | null;
  readonly priorKey?: string;
  readonly partition?: readonly string[];
  readonly budget?: (s: VocabularySources) => Amount | null;
}

const t01 = (s: VocabularySources, label: string, side: "income" | "expenditure" = "income"): Amount | null => {
  const t = s.wb.tables.T01;
  return (t && (side === "income" ? incomeRow(t, label) : expenditureRow(t, label))?.values.amount) ?? null;
};
const t04Income = (s: VocabularySources, label: string): Amount | null => {
  const t = s.wb.tables.T04;
  return (t && incomeRow(t, label)?.values.amount) ?? null;
};
const t04Exp = (s: VocabularySources, role: "gfb" | "socb"): Amount | null => {
  const t = s.wb.tables.T04;
  return (t && expenditureRow(t, "本年支出合计")?.values[role]) ?? null;
};
const input = (s: VocabularySources, key: string): Amount | null => s.inputs.amounts[key]?.value ?? null;
const sg = (s: VocabularySources, item: SanGongItem): Amount | null => s.wb.tables.T10?.items[item]?.actual ?? null;
const sgBudget = (item: SanGongItem) => (s: VocabularySources): Amount | null => s.wb.tables.T10?.items[item]?.budget ?? null;

const BASIC_TOPICS: readonly Topic[] = ["basic"];
const NOT_BASIC: readonly Topic[] = ["totals", "income", "expenditure", "fiscalTotals"];

const RAW_ENTRIES: readonly Entry[] = [
  { id: "total.grand", label: "收入支出总计", wordings: ["收入支出总计", "收、支总计", "收支总计", "收入支出决算总计", "收、支决算总计"], source: "公开01表“总计”", figure: (s) => t01(s, T01_INCOME.grandTotal), priorKey: "prior.t01Total" },
  { id: "total.income", label: "本年收入合计", wordings: ["本年收入合计", "本年收入"], source: "公开01表“本年收入合计”", figure: (s) => t01(s, T01_INCOME.currentTotal) },
  {
    id: "total.expenditure",
    label: "本年支出合计",
    wordings: ["本年支出合计", "本年支出"],
    source: "公开01表“本年支出合计”",
    figure: (s) => t01(s, T01_EXPENDITURE.currentTotal, "expenditure"),
    partition: EXPENDITURE_CATEGORIES.map((c) => `expenditure.${c.role}`),
  },
  ...T01_INCOME_CATEGORIES.map(
    (k): Entry => ({ id: `income.${k}`, label: T01_INCOME[k], wordings: [T01_INCOME[k]], topics: ["totals", "income", "fiscalTotals"], source: `公开01表“${T01_INCOME[k]}”`, figure: (s) => t01(s, T01_INCOME[k]) }),
  ),
  {
    id: "income.fiscal",
    label: "财政拨款收入",
    wordings: ["财政拨款收入"],
    topics: ["totals", "income", "fiscalTotals"],
    source: "公开04表“本年收入合计”",
    figure: (s) => t04Income(s, "本年收入合计") ?? sumOf([t01(s, T01_INCOME.gpb), t01(s, T01_INCOME.gfb), t01(s, T01_INCOME.socb)]),
  },
  ...EXPENDITURE_CATEGORIES.map(
    (c): Entry => ({ id: `expenditure.${c.role}`, label: c.name, wordings: [c.name], topics: NOT_BASIC, source: `公开03表“合计”${c.name}`, figure: (s) => s.wb.tables.T03?.total?.values[c.role] ?? null }),
  ),
  { id: "fiscal.grand", label: "财政拨款收入支出总计", wordings: ["财政拨款收入支出总计", "财政拨款收、支总计", "财政拨款收支总计", "财政拨款收入支出决算总计"], source: "公开04表“总计”", figure: (s) => t04Income(s, "总计"), priorKey: "prior.t04Total" },
  { id: "gpb.total", label: "一般公共预算财政拨款支出", wordings: ["一般公共预算财政拨款支出", "一般公共预算财政拨款支出决算", "一般公共预算支出"], source: "公开06表“合计”", figure: (s) => s.wb.tables.T06?.total?.values.total ?? null, priorKey: "prior.t06Total" },
  {
    id: "gpb.basic",
    label: "一般公共预算财政拨款基本支出",
    wordings: ["一般公共预算财政拨款基本支出"],
    source: "公开08表基本支出合计（公开06表“合计”基本支出）",
    figure: (s) => s.wb.tables.T08?.basicTotal ?? s.wb.tables.T06?.total?.values.basic ?? null,
    partition: ["basic.personnel", "basic.public"],
  },
  {
    id: "gpb.basic",
    label: "基本支出",
    wordings: ["基本支出"],
    topics: BASIC_TOPICS,
    source: "公开08表基本支出合计（公开06表“合计”基本支出）",
    figure: (s) => s.wb.tables.T08?.basicTotal ?? s.wb.tables.T06?.total?.values.basic ?? null,
    partition: ["basic.personnel", "basic.public"],
  },
  { id: "basic.personnel", label: "人员经费", wordings: ["人员经费"], source: "公开08表“人员经费合计”", figure: (s) => s.wb.tables.T08?.personnel.total ?? null },
  { id: "basic.public", label: "公用经费", wordings: ["公用经费"], source: "公开08表“公用经费合计”", figure: (s) => s.wb.tables.T08?.publicFunds.total ?? null },
  { id: "sangong.total", label: "“三公”经费", wordings: ["三公经费", "三公经费财政拨款支出", "三公经费支出"], source: "公开10表“三公”经费合计决算数", figure: (s) => sg(s, "sgTotal"), budget: sgBudget("sgTotal"), partition: ["sangong.abroad", "sangong.vehicle", "sangong.reception"] },
  { id: "sangong.abroad", label: "因公出国（境）费", wordings: ["因公出国（境）费", "因公出国（境）经费", "因公出国（境）费用", "因公出国（境）费支出", "因公出国（境）经费支出"], source: "公开10表因公出国（境）费决算数", figure: (s) => sg(s, "abroad"), budget: sgBudget("abroad"), priorKey: "prior.sg.abroad" },
  { id: "sangong.vehicle", label: "公务用车购置及运行维护费", wordings: ["公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置及运行维护费支出"], source: "公开10表公务用车购置及运行维护费决算数", figure: (s) => sg(s, "vehicle"), budget: sgBudget("vehicle"), priorKey: "prior.sg.vehicle", partition: ["sangong.vehiclePurchase", "sangong.vehicleOperation"] },
  { id: "sangong.vehiclePurchase", label: "公务用车购置费", wordings: ["公务用车购置费", "公务用车购置支出", "公务用车购置"], source: "公开10表公务用车购置费决算数", figure: (s) => sg(s, "vehiclePurchase"), budget: sgBudget("vehiclePurchase") },
  { id: "sangong.vehicleOperation", label: "公务用车运行维护费", wordings: ["公务用车运行维护费", "公务用车运行维护费支出", "公务用车运行维护支出", "公务用车运行费"], source: "公开10表公务用车运行维护费决算数", figure: (s) => sg(s, "vehicleOperation"), budget: sgBudget("vehicleOperation") },
  { id: "sangong.reception", label: "公务接待费", wordings: ["公务接待费", "公务接待费支出"], source: "公开10表公务接待费决算数", figure: (s) => sg(s, "reception"), budget: sgBudget("reception"), priorKey: "prior.sg.reception" },
  { id: "sangong.receptionDomestic", label: "国内公务接待费", wordings: ["国内公务接待费", "国内公务接待支出", "国内公务接待费支出"], source: "公开10表国内公务接待费决算数", figure: (s) => sg(s, "receptionDomestic"), budget: sgBudget("receptionDomestic") },
  { id: "sangong.receptionForeign", label: "外事接待费", wordings: ["外事接待费", "外事接待支出", "外事接待费支出", "外宾接待费", "外宾接待支出", "外宾接待费支出"], source: "公开10表外事接待费决算数", figure: (s) => sg(s, "receptionForeign"), budget: sgBudget("receptionForeign") },
  { id: "gfb.expenditure", label: "政府性基金预算财政拨款支出", wordings: ["政府性基金预算财政拨款支出"], source: "公开11表“合计”本年支出", figure: (s) => s.wb.tables.T11?.total?.values.expTotal ?? t04Exp(s, "gfb") },
  {
    id: "socb.expenditure",
    label: "国有资本经营预算财政拨款支出",
    wordings: ["国有资本经营预算财政拨款支出"],
    source: "公开13表“合计”本年支出",
    figure: (s) => s.wb.tables.T13?.total?.values.expTotal ?? s.wb.tables.T14?.total?.values.total ?? t04Exp(s, "socb"),
  },
  { id: "operatingFunds", label: "机关运行经费", wordings: ["机关运行经费", "机关运行经费支出"], source: "补充信息“机关运行经费”", figure: (s) => input(s, "operatingFunds"), priorKey: "prior.operatingFunds" },
];

const ENTRIES: readonly Entry[] = RAW_ENTRIES.map((e) => ({ ...e, wordings: e.wordings.map(normaliseText) }));

function sumOf(amounts: readonly (Amount | null)[]): Amount | null {
  const present = amounts.filter((a): a is Amount => a !== null);
  if (present.length === 0) return null;
  return { micros: present.reduce((t, a) => t + a.micros, 0), ulp: present.reduce((t, a) => t + a.ulp, 0), ref: present[0]!.ref, blank: present.every((a) => a.blank) };
}

/** Words that link a subject to its number ("为", "共计") and may stand between them. */
const LINK = /(?:合计为|共计|总额为|金额为|为|是|达到|达|共)$/;

/**
 * The subject a phrase ends with — the words in front of a number, e.g. "中共…部2024年度收入支出总计"
 * → 收入支出总计. The longest wording wins (财政拨款收入支出总计 over 收入支出总计); a wording whose
 * topics exclude `topic` is skipped. 类/款/项 names are bound by `bindCoded`, not here.
 */
export function bindSubject(phrase: string, topic: Topic | null, s: VocabularySources): Subject | null {
  const p = normaliseText(phrase).replace(LINK, "");
  let best: Entry | null = null;
  let bestLength = 0;
  for (const e of ENTRIES) {
    if (e.topics && (!topic || !e.topics.includes(topic.split(".")[0] as Topic))) continue;
    for (const w of e.wordings) {
      if (w.length > bestLength && p.endsWith(w)) {
        best = e;
        bestLength = w.length;
      }
    }
  }
  return best ? subjectOf(best, s) : null;
}

/** A subject by id (for partitions and relations), null when the vocabulary has none. */
export function subjectById(id: string, s: VocabularySources): Subject | null {
  const e = ENTRIES.find((x) => x.id === id);
  return e ? subjectOf(e, s) : null;
}

function subjectOf(e: Entry, s: VocabularySources): Subject {
  return { id: e.id, label: e.label, source: e.source, figure: e.figure(s), ...(e.priorKey ? { priorKey: e.priorKey } : {}), ...(e.partition ? { partition: e.partition } : {}), ...(e.budget ? { budget: e.budget(s) } : {}) };
}

/** A 功能分类 path as written: "一般公共服务支出（类）社会工作事务（款）行政运行（项）", or a 类 alone. */
export interface CodedPath {
  readonly className: string;
  readonly sectionName: string | null;
  readonly itemName: string | null;
  /** The path as written. */
  readonly text: string;
  readonly index: number;
}

const NAME = "(?:[\\u4e00-\\u9fff、]|（[\\u4e00-\\u9fff]{1,4}）)+?";
const PATH = new RegExp(`([\\u4e00-\\u9fff]+?)（类）(?:(${NAME})（款）(?:(${NAME})（项）)?)?`, "g");

/** Every 类（类）[款（款）[项（项）]] path in a sentence, in order. */
export function codedPaths(text: string): CodedPath[] {
  const t = normaliseText(text);
  return [...t.matchAll(PATH)].map((m) => ({
    className: stripLead(m[1]!),
    sectionName: m[2] ?? null,
    itemName: m[3] ?? null,
    text: m[0],
    index: m.index!,
  }));
}

/** "1、一般公共服务支出" / "其中：一般…" → the name without numbering or list words. */
function stripLead(name: string): string {
  return name.replace(/^.*?(?:其中|主要用于以下方面|主要用于|包括)/, "").replace(/^\d+[、.．]?/, "").replace(/^(?:[一二三四五六七八九十]+、)/, "");
}

/** Two 类 names mean the same class: "一般公共服务支出" = "一般公共服务"; "…类" artefacts tolerated. */
export function sameClassName(written: string, table: string): boolean {
  const w = normaliseText(written).replace(/类$/, "");
  const t = normaliseText(table);
  return w === t || w === shortClassName(t) || shortClassName(w) === shortClassName(t);
}

export interface CodedBinding {
  /** The table row the path stands for (the 项, else the 款, else the 类). */
  readonly row: CodeRow;
  /** The table's own names on the path, "一般公共服务支出（类）社会工作事务（款）行政运行（项）". */
  readonly tableText: string;
  /** True when every name written is the table's name for that code. */
  readonly exact: boolean;
  /** Only the 类 name differs from the table's (款 and 项 as the table names them). */
  readonly classOnlyDiffers: boolean;
}

/**
 * The T06 (or other 功能分类 table) row a written path stands for: exact names first; else the
 * 项 name alone when it is unique, or the 类 name (so that a 款/项 name that is not the table's
 * name for that code is reported, N-11, instead of silently unbound).
 */
export function bindCoded(path: CodedPath, table: CodeTable): CodedBinding | null {
  const rows = table.rows.filter((r) => r.code !== null);
  const nameAt = (code: string, n: number) => nameOf(table, code.slice(0, n)) ?? "";
  const render = (r: CodeRow) => {
    const code = r.code!;
    const parts = [`${nameAt(code, 3)}（类）`];
    if (code.length >= 5) parts.push(`${nameAt(code, 5)}（款）`);
    if (code.length >= 7) parts.push(`${nameAt(code, 7)}（项）`);
    return parts.join("");
  };
  const level = path.itemName ? 7 : path.sectionName ? 5 : 3;
  const candidates = rows.filter((r) => r.code!.length === level);
  const matches = (r: CodeRow) =>
    sameClassName(path.className, nameAt(r.code!, 3)) &&
    (!path.sectionName || normaliseText(nameAt(r.code!, 5)) === normaliseText(path.sectionName)) &&
    (!path.itemName || normaliseText(r.name) === normaliseText(path.itemName));
  const exact = candidates.find(matches);
  if (exact) {
    const classExact = normaliseText(nameAt(exact.code!, 3)) === normaliseText(path.className);
    return { row: exact, tableText: render(exact), exact: classExact, classOnlyDiffers: !classExact };
  }
  const last = normaliseText(path.itemName ?? path.sectionName ?? path.className);
  const byName = candidates.filter((r) => normaliseText(r.name) === last || (level === 3 && sameClassName(last, r.name)));
  if (byName.length === 1) return { row: byName[0]!, tableText: render(byName[0]!), exact: false, classOnlyDiffers: false };
  return null;
}

/** The coded row as a subject of the text (its 合计 column; 本年支出合计 in the fund tables). */
export function codedSubject(binding: CodedBinding, table: CodeTable, label: string): Subject {
  const r = binding.row;
  return { id: `${table.id}:${r.code}`, label: binding.tableText, source: `${label}“${r.code} ${r.name}”`, figure: r.values.total ?? r.values.expTotal ?? null };
}

/**
 * The 功能分类 table whose names and figures a 类/款/项 path in a section of `topic` restates: the
 * table of the section's fund — 政府性基金 (八) 公开11表, 国有资本经营 (九) 公开13表 (else 14表),
 * 收入 (二) 公开02表, 支出 (三) 公开03表, otherwise 一般公共预算 公开06表.
 */
export function codeTableFor(topic: Topic | null, wb: Workbook): { readonly table: CodeTable; readonly label: string } | null {
  const base = topic?.split(".")[0];
  const id = base === "gfb" ? "T11" : base === "socb" ? (wb.tables.T13 ? "T13" : "T14") : base === "income" ? "T02" : base === "expenditure" ? "T03" : "T06";
  const table = wb.tables[id];
  return table ? { table, label: tableLabel(id) } : null;
}

/** The 公开08表 款 row an item name of 人员经费/公用经费 stands for ("邮电费" → 30207). */
export function economicItem(panel: EconomicPanel, name: string): CodeRow | null {
  const n = normaliseText(name).replace(/^(?:支付|缴纳)/, "");
  const rows = panel.rows.filter((r) => r.level === "section");
  return rows.find((r) => normaliseText(r.name) === n) ?? rows.find((r) => normaliseText(r.name).endsWith(n) && n.length >= 4) ?? null;
}

/** A cell reference list for a figure, for findings. */
export function cellsOf(...amounts: (Amount | null | undefined)[]): string[] {
  return amounts.flatMap((a) => (a?.ref ? [formatRef(a.ref)] : []));
}
