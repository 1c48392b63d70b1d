import type { Amount } from "../../amounts";
import { codedKey } from "../../inputs/fields";
import { T01_EXPENDITURE, T01_INCOME, T01_INCOME_CATEGORIES } from "../../tables/labels";
import { expenditureRow, nameOf } from "../../tables/lookup";
import type { CodeRow, SanGongItem } from "../../tables/model";
import { normaliseText } from "../../tables/normalise";
import { EXPENDITURE_CATEGORIES } from "../sections/s03-expenditure";
import { shortClassName } from "../sections/s05-general-budget";
import { matchYoy, parseStated, StatementChecker } from "./checker";
import { checkGrandTotal } from "./grand-total";
import { amountOfInput, sg, sgBudget, t01, t01Grand, t04Current, t04Grand, total, type Sources } from "./sources";
import type { TextLine } from "./document";
import type { TextFinding } from "./types";

/**
 * Section bindings of rules.md §4.2 (N-20…N-28): each statement the template writes is found by
 * its wording and compared with the cell it must restate. All findings line by line (the
 * 五（三） coverage is the claim rule coded-names.ts, which knows the 项 by their names).
 */
export function checkSections(lines: readonly TextLine[], s: Sources): TextFinding[] {
  const out: TextFinding[] = [];
  const named = new Set<string>();
  for (const line of lines) {
    if (!line.inPart2 || !line.section || line.heading) continue;
    const c = new StatementChecker(line);
    HANDLERS[line.section[0]!]?.(line.text, c, s, line.section, named);
    out.push(...c.findings);
  }
  return out;
}

type Handler = (text: string, c: StatementChecker, s: Sources, section: string, named: Set<string>) => void;

const HANDLERS: Record<string, Handler> = {
  一: (text, c, s) => {
    checkGrandTotal(text, c, {
      subject: "收、支总计",
      bindingRule: "N-20",
      table: "公开01表",
      grand: t01Grand(s),
      currentIncome: t01(s, T01_INCOME.currentTotal),
      currentExpenditure: t01(s, T01_EXPENDITURE.currentTotal, "expenditure"),
    });
    const y = matchYoy(text);
    if (y) c.yoy(y, t01Grand(s), amountOfInput(s, "prior.t01Total"), "收、支总计");
  },
  二: (text, c, s) => {
    const m = /本年收入合计([\d.]+)万元/.exec(text);
    if (!m) return;
    const denominator = t01(s, T01_INCOME.currentTotal);
    c.amount("N-21", m[1]!, denominator, "公开01表“本年收入合计”");
    const names = T01_INCOME_CATEGORIES.map((k) => T01_INCOME[k]);
    listItems(text, c, (name) => (names.includes(name as never) ? t01(s, name) : undefined), denominator, "N-21", "公开01表");
  },
  三: (text, c, s) => {
    const m = /本年支出合计([\d.]+)万元/.exec(text);
    if (!m) return;
    const denominator = t01(s, T01_EXPENDITURE.currentTotal, "expenditure");
    c.amount("N-22", m[1]!, denominator, "公开01表“本年支出合计”");
    const t03 = s.wb.tables.T03?.total?.values;
    listItems(text, c, (name) => {
      const cat = EXPENDITURE_CATEGORIES.find((x) => x.name === name);
      return cat ? (t03?.[cat.role] ?? null) : undefined;
    }, denominator, "N-22", "公开03表");
  },
  四: (text, c, s) => {
    const grand = t04Grand(s);
    checkGrandTotal(text, c, {
      subject: "财政拨款收、支总计",
      bindingRule: "N-23",
      table: "公开04表",
      grand,
      currentIncome: t04Current(s, "income"),
      currentExpenditure: t04Current(s, "expenditure"),
    });
    const y = matchYoy(text);
    if (y) c.yoy(y, grand, amountOfInput(s, "prior.t04Total"), "财政拨款收、支总计");
  },
  五: (text, c, s, section, named) => {
    const t06Total = total(s, "T06", "total");
    if (section === "五（一）") {
      const m = /一般公共预算财政拨款支出([\d.]+)万元(?:，占本年支出合计的([\d.]+)%)?/.exec(text);
      if (m) {
        c.amount("N-24", m[1]!, t06Total, "公开06表“合计”");
        if (m[2]) c.percent(m[2], "share", t06Total, total(s, "T03", "total"), "占本年支出合计的比重");
      }
      const y = matchYoy(text);
      if (y) c.yoy(y, t06Total, amountOfInput(s, "prior.t06Total"), "一般公共预算财政拨款支出");
    } else if (section === "五（二）") {
      structureList(text, c, s, t06Total);
    } else if (section === "五（三）") {
      detailLine(text, c, s, t06Total, named);
    }
  },
  六: (text, c, s) => {
    const t08 = s.wb.tables.T08;
    const basic = /基本支出([\d.]+)万元/.exec(text);
    if (basic) c.amount("N-25", basic[1]!, t08?.basicTotal ?? total(s, "T06", "basic"), "基本支出合计");
    const p = /^人员经费([\d.]+)万元/.exec(text);
    if (p) c.amount("N-25", p[1]!, t08?.personnel.total, "公开08表“人员经费合计”");
    const q = /^公用经费([\d.]+)万元/.exec(text);
    if (q) c.amount("N-25", q[1]!, t08?.publicFunds.total, "公开08表“公用经费合计”");
  },
  七: (text, c, s, section) => {
    if (section === "七（一）") {
      const m = /支出决算为([\d.]+)万元[，,]完成预算([\d.]+)%/.exec(text);
      if (m) {
        c.amount("N-26", m[1]!, sg(s, "sgTotal"), "公开10表“三公”经费合计决算数");
        c.percent(m[2]!, "completion", sg(s, "sgTotal"), sgBudget(s, "sgTotal"), "“三公”经费的完成率");
      }
      return;
    }
    for (const m of text.matchAll(/(因公出国（境）费|公务用车购置及运行维护费|公务接待费)支出决算([\d.]+)万元，占([\d.]+)%/g)) {
      const item: SanGongItem = m[1] === "因公出国（境）费" ? "abroad" : m[1] === "公务接待费" ? "reception" : "vehicle";
      c.amount("N-26", m[2]!, sg(s, item), `公开10表${m[1]}决算数`);
      c.percent(m[3]!, "share", sg(s, item), sg(s, "sgTotal"), `${m[1]}占比`);
    }
    const items: [RegExp, SanGongItem, string][] = [
      [/^1[．.、]因公出国（境）(?:经)?费(?:用)?支出([\d.]+)万元(?:[，,]完成预算([\d.]+)%)?/, "abroad", "因公出国（境）费"],
      [/^2[．.、]公务用车购置及运行(?:维护)?费支出([\d.]+)万元(?:[，,]完成预算([\d.]+)%)?/, "vehicle", "公务用车购置及运行维护费"],
      [/^3[．.、]公务接待费支出([\d.]+)万元(?:[，,]完成预算([\d.]+)%)?/, "reception", "公务接待费"],
      [/^其中：公务用车购置支出([\d.]+)万元/, "vehiclePurchase", "公务用车购置费"],
      [/^公务用车运行维护费支出([\d.]+)万元/, "vehicleOperation", "公务用车运行维护费"],
    ];
    for (const [re, item, label] of items) {
      const m = re.exec(text);
      if (!m) continue;
      c.amount("N-26", m[1]!, sg(s, item), `公开10表${label}决算数`);
      if (m[2]) c.percent(m[2], "completion", sg(s, item), sgBudget(s, item), `${label}的完成率`);
      const y = matchYoy(text);
      if (y && (item === "vehicle" || item === "reception")) c.yoy(y, sg(s, item), amountOfInput(s, `prior.sg.${item}`), label);
    }
  },
  八: (text, c, s) => {
    const m = /政府性基金预算财政拨款支出([\d.]+)万元/.exec(text);
    if (m) c.amount("N-27", m[1]!, total(s, "T11", "expTotal") ?? t04Exp(s, "gfb"), "公开11表“合计”本年支出");
  },
  九: (text, c, s) => {
    const m = /国有资本经营预算财政拨款支出([\d.]+)万元/.exec(text);
    if (!m) return;
    const source = total(s, "T13", "expTotal") ?? s.wb.tables.T14?.total?.values.total ?? t04Exp(s, "socb");
    c.amount("N-28", m[1]!, source, "公开13表“合计”本年支出");
    if (source && source.micros === 0 && m[1] === "0") {
      c.other({
        ruleId: "C-05",
        severity: "info",
        outcome: "style",
        message: "本单位无国有资本经营预算财政拨款收支，可写作“…年度无国有资本经营预算财政拨款收入和支出。”；四川实践中“支出0万元”的写法亦可接受。",
        excerpt: m[0],
        cells: [],
        expected: null,
      });
    }
  },
  十: (text, c, s, section) => {
    if (section === "十（一）") {
      const m = /机关运行经费支出([\d.]+)万元/.exec(text);
      if (m) c.amount("N-01", m[1]!, amountOfInput(s, "operatingFunds"), "补充信息“机关运行经费”");
      const y = matchYoy(text);
      if (y) c.yoy(y, amountOfInput(s, "operatingFunds"), amountOfInput(s, "prior.operatingFunds"), "机关运行经费");
    } else if (section === "十（二）") {
      procurement(text, c);
    } else if (section === "十（三）") {
      vehicles(text, c);
    }
  },
};

function t04Exp(s: Sources, role: "gfb" | "socb"): Amount | null {
  const t = s.wb.tables.T04;
  return (t && expenditureRow(t, "本年支出合计")?.values[role]) ?? null;
}

/** "{name}{A}万元，占{P}%" items of a LIST, each against its figure and the denominator. */
function listItems(text: string, c: StatementChecker, figure: (name: string) => Amount | null | undefined, denominator: Amount | null, ruleId: string, table: string): void {
  for (const m of text.matchAll(/(?:：|；)([^：；，。]+?)([\d.]+)万元，占([\d.]+)%/g)) {
    const name = m[1]!;
    const source = figure(name);
    if (source === undefined) continue;
    c.amount(ruleId, m[2]!, source, `${table}“${name}”`);
    c.percent(m[3]!, "share", source, denominator, `${name}占比`);
  }
}

function structureList(text: string, c: StatementChecker, s: Sources, t06Total: Amount | null): void {
  const m = /一般公共预算财政拨款支出([\d.]+)万元，主要用于/.exec(text);
  if (m) c.amount("N-24", m[1]!, t06Total, "公开06表“合计”");
  const classes = s.wb.tables.T06?.rows.filter((r) => r.level === "class") ?? [];
  const seen: string[] = [];
  for (const x of text.matchAll(/([^：；，。]+?)（类）支出([\d.]+)万元，占([\d.]+)%/g)) {
    const row = classes.find((r) => shortClassName(r.name) === x[1] || r.name === x[1]);
    if (!row) continue;
    seen.push(row.code!);
    c.amount("N-24", x[2]!, row.values.total, `公开06表“${row.name}”`);
    c.percent(x[3]!, "share", row.values.total, t06Total, `${x[1]}（类）支出占比`);
  }
  const sorted = [...seen].sort();
  if (seen.join() !== sorted.join()) {
    c.other({
      ruleId: "N-24",
      severity: "info",
      outcome: "style",
      message: "支出结构中各类的顺序与科目编码顺序不一致（应按公开06表的编码顺序排列）。",
      excerpt: text.slice(0, 30),
      cells: [],
      expected: sorted.map((code) => shortClassName(classes.find((r) => r.code === code)!.name)).join("、"),
    });
  }
}

function t06Budget(s: Sources, row: CodeRow | null | undefined, key: string): Amount | null {
  return row?.values.budget ?? amountOfInput(s, key);
}

/** 五（三）: the total line and one line per 项, matched by the three names. */
function detailLine(text: string, c: StatementChecker, s: Sources, t06Total: Amount | null, named: Set<string>): void {
  const t06 = s.wb.tables.T06;
  const head = /一般公共预算(?:财政拨款)?支出决算数?为([\d.]+)万元(?:，完成预算([\d.]+)%)?/.exec(text);
  if (head && !/（项）/.test(text)) {
    c.amount("N-24", head[1]!, t06Total, "公开06表“合计”");
    if (head[2]) c.percent(head[2], "completion", t06Total, t06Budget(s, t06?.total, "budget.t06Total") ?? summedItemBudgets(s), "一般公共预算支出的完成率");
    return;
  }
  const m = /^\d+[．.、]\s*(.+?)（类）(.+?)（款）\s*(.+?)（项）：支出决算为([\d.]+)万元(?:，完成预算([\d.]+)%)?/.exec(text);
  if (!m || !t06) return;
  const [className, sectionName, itemName] = [m[1]!, m[2]!, m[3]!].map((x) => normaliseText(x));
  const row = t06.rows.find(
    (r) =>
      r.level === "item" &&
      normaliseText(r.name) === itemName &&
      normaliseText(nameOf(t06, r.code!.slice(0, 5)) ?? "") === sectionName &&
      [nameOf(t06, r.code!.slice(0, 3)) ?? "", shortClassName(nameOf(t06, r.code!.slice(0, 3)) ?? "")].map(normaliseText).includes(className!),
  );
  if (!row) {
    c.other({ ruleId: "N-24", severity: "warning", outcome: "inconsistent", message: `文中科目“${m[1]}（类）${m[2]}（款）${m[3]}（项）”在公开06表中找不到。`, excerpt: text.slice(0, 40), cells: [], expected: null });
    return;
  }
  named.add(row.code!);
  const tableClass = nameOf(t06, row.code!.slice(0, 3))!;
  if (normaliseText(tableClass) !== className) {
    c.other({ ruleId: "N-11", severity: "warning", outcome: "style", message: `类名称写作“${m[1]}（类）”，公开06表的科目名称为“${tableClass}”。`, excerpt: `${m[1]}（类）`, cells: [], expected: `${tableClass}（类）` });
  }
  c.amount("N-24", m[4]!, row.values.total, `公开06表“${row.code}”`);
  if (m[5]) c.percent(m[5], "completion", row.values.total, t06Budget(s, row, codedKey("budget.t06", row.code!)), `${m[3]}（项）的完成率`);
}

function summedItemBudgets(s: Sources): Amount | null {
  const entries = Object.entries(s.inputs.amounts).filter(([k]) => /^budget\.t06\[\d{7}\]$/.test(k));
  if (entries.length === 0) return null;
  const micros = entries.reduce((sum, [, e]) => sum + (e?.value.micros ?? 0), 0);
  return { micros, ulp: 10_000, ref: null, blank: false };
}

/** 十（二）: 货物 + 工程 + 服务 = 总额 and the shares (N-15, N-02). */
function procurement(text: string, c: StatementChecker): void {
  const num = (re: RegExp) => re.exec(text)?.[1] ?? null;
  const totalText = num(/政府采购支出总额([\d.]+)万元/);
  const parts = [num(/货物支出([\d.]+)万元/), num(/工程支出([\d.]+)万元/), num(/服务支出([\d.]+)万元/)];
  if (totalText && parts.every((p) => p !== null)) c.derived("N-15", totalText, parts.map((p) => stated(p!)), "货物、工程、服务支出之和", []);
  for (const m of text.matchAll(/合同金额([\d.]+)万元，占政府采购支出总额的([\d.]+)%/g)) {
    if (totalText) c.percent(m[2]!, "share", stated(m[1]!), stated(totalText), "占政府采购支出总额的比重");
  }
}

/** 十（三）: the vehicles by use add up to the total (N-15). */
function vehicles(text: string, c: StatementChecker): void {
  const m = /共有车辆(\d+)辆，其中：(.+?)(?:，其他用车主要|。)/.exec(text);
  if (!m) return;
  const sum = [...m[2]!.matchAll(/(\d+)辆/g)].reduce((s, x) => s + Number(x[1]), 0);
  if (sum !== Number(m[1])) {
    c.other({ ruleId: "N-15", severity: "error", outcome: "inconsistent", message: `各用途车辆数之和为${sum}辆，与共有车辆${m[1]}辆不一致。`, excerpt: m[0].slice(0, 40), cells: [], expected: `${sum}辆` });
  }
}

/** A figure of the text itself (its 2-decimal reading), for relations among stated figures. */
function stated(text: string): Amount {
  return parseStated(text) ?? { micros: 0, ulp: 0, ref: null, blank: true };
}
