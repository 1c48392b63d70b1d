/**
 * `npm run bench:text`: how well 表文一致 (verify-text) finds one planted defect in a 情况说明 and
 * how quiet it stays elsewhere (issue 8 item 6).
 *
 * Base texts: the generator's narrative for every family the sample generator builds (四川14表,
 * 四川13表, 上海/中央9表; two option profiles each), checked against the workbook it was written
 * from, plus the real published Shanghai 2024 情况说明 (../shared/real) against its own tables.
 * Each mutated text carries exactly one defect, planted by the shape of the words (never by what
 * the checker binds): an amount equal to some table cell changed, a share or a rate changed beyond
 * rounding, a direction word flipped, a template alternative or placeholder inserted, an
 * enumeration's total changed, a numbered item's purpose ("主要用于：…") replaced by the previous
 * item's (only where purposes are written, not placeholders: the real text's 五（三）). A defect counts as found when an error or warning appears on the
 * mutated line that the unmutated text did not have; every other new error or warning is false.
 * On an unmutated generated text every error or warning is false except N-12's one report per
 * 【待补充：…】 placeholder the generator wrote for a missing 补充信息 input (counted and printed
 * apart; a placeholder reported more or less often than written counts as false).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadSheets } from "../src/cli/load";
import type { Inputs } from "../src/core/inputs";
import { readInputs } from "../src/core/inputs";
import { generateNarrative, type NarrativeOptions } from "../src/core/narrative";
import { verifyNarrativeText, type TextFinding } from "../src/core/narrative/verify";
import { readWorkbook } from "../src/core/tables";
import type { Workbook } from "../src/core/tables/model";
import { readXlsx } from "../src/adapters/xlsx/read-xlsx";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT } from "../src/sample";
import { Rng } from "../src/sample/mutate";

type Kind = "amount" | "share" | "rate" | "direction" | "residue" | "enumeration" | "purpose";
const KINDS: readonly Kind[] = ["amount", "share", "rate", "direction", "residue", "enumeration", "purpose"];

interface Base {
  readonly name: string;
  readonly text: string;
  readonly wb: Workbook;
  readonly inputs: Inputs;
}

interface Mutation {
  readonly kind: Kind;
  readonly line: number;
  readonly text: string;
  readonly what: string;
}

// Run from the project root (npm run bench:text); the bundle itself lives under node_modules/.cache.
const REAL = path.resolve("../shared/real");

async function bases(): Promise<Base[]> {
  const out: Base[] = [];
  const profiles: [string, NarrativeOptions][] = [
    ["默认", {}],
    ["保留两位小数", { keepTrailingZeros: true, zeroFundStyle: "amount" }],
  ];
  for (const family of ["sichuan14", "sichuan13", "central9"] as const) {
    // The sample as a real .xlsx file read back, the path a user's workbook takes.
    const sheets = await readXlsx(new Uint8Array(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, { family, supplementary: true })));
    const wb = readWorkbook(sheets);
    const inputs = readInputs(sheets);
    for (const [profile, opts] of profiles) out.push({ name: `${family} 生成（${profile}）`, text: generateNarrative(wb, inputs, opts).text, wb, inputs });
  }
  const xlsx = path.join(REAL, "shanghai-putuo-shehuigongzuobu-2024.xlsx");
  if (fs.existsSync(xlsx)) {
    const sheets = await loadSheets(xlsx);
    out.push({ name: "上海2024 真实文本", text: fs.readFileSync(path.join(REAL, "shanghai-putuo-shehuigongzuobu-2024-narrative.txt"), "utf8"), wb: readWorkbook(sheets), inputs: readInputs(sheets) });
  }
  return out;
}

/** Every amount in the workbook, as 2-decimal text, to tell which stated amounts restate a cell. */
function cellAmounts(wb: Workbook): Set<string> {
  const out = new Set<string>();
  for (const t of Object.values(wb.tables)) for (const a of t?.amounts ?? []) if (a.micros !== 0) out.add((a.micros / 1e6).toFixed(2));
  return out;
}

/** The lines of the 情况说明 part that may carry a planted defect (not headings, not other parts). */
function narrativeLines(text: string): { index: number; text: string }[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^第[一二三四五六七八九十]{1,2}部分.*情况说明/.test(l.trim()));
  return lines.map((t, index) => ({ index, text: t })).filter((l) => l.index > start && !/^[一二三四五六七八九十]{1,3}、|^（[一二三四五六七八九十]）[^。]*$/.test(l.text.trim()) && !/部分/.test(l.text.slice(0, 6)));
}

/**
 * A number changed so that the text is wrong: any change of an amount that restates a cell, and
 * for a percentage at least 1.1 points — a smaller change of a ratio of small amounts may lie
 * inside the rounding intervals, where the checker rightly says 尾差 and not 错误.
 */
function changeNumber(text: string, rng: Rng, percent = false): string {
  const decimals = text.split(".")[1]?.length ?? 0;
  const v = Number(text);
  const steps = percent ? [1.1, 2.3, 4.7] : [0.07, 0.13, 1.1, 0.31];
  const step = steps[Math.floor(rng.next() * steps.length)]!;
  const nv = v > step + 1 && rng.next() < 0.5 ? v - step : v + step;
  const fixed = nv.toFixed(Math.max(decimals, 2));
  return decimals === 2 ? fixed : fixed.replace(/0+$/, "").replace(/\.$/, "");
}

function plan(base: Base, rng: Rng): Mutation[] {
  const cells = cellAmounts(base.wb);
  const lines = base.text.split("\n");
  const out: Mutation[] = [];
  const put = (kind: Kind, index: number, from: number, to: number, replacement: string, what: string) => {
    const l = lines[index]!;
    const mutated = [...lines];
    mutated[index] = l.slice(0, from) + replacement + l.slice(to);
    out.push({ kind, line: index + 1, text: mutated.join("\n"), what });
  };
  for (const { index, text } of narrativeLines(base.text)) {
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)万元/g)) {
      const before = text.slice(0, m.index);
      if (!cells.has(Number(m[1]).toFixed(2)) || /(增加|减少)$/.test(before)) continue;
      const from = m.index!;
      put("amount", index, from, from + m[1]!.length, changeNumber(m[1]!, rng), `${m[0]}`);
      if (/^(?:[，,。]\s*)?其中[：:]/.test(text.slice(from + m[0].length))) put("enumeration", index, from, from + m[1]!.length, changeNumber(m[1]!, rng), `列举合计${m[0]}`);
    }
    for (const m of text.matchAll(/占[^，。；%\d]{0,20}?的?(\d+(?:\.\d+)?)%/g)) {
      const at = m.index! + m[0].length - m[1]!.length - 1;
      put("share", index, at, at + m[1]!.length, changeNumber(m[1]!, rng, true), m[0]);
    }
    for (const m of text.matchAll(/(?:增长|下降|完成(?:年初|全年)?预算(?:数)?的?)(\d+(?:\.\d+)?)%/g)) {
      const at = m.index! + m[0].length - m[1]!.length - 1;
      put("rate", index, at, at + m[1]!.length, changeNumber(m[1]!, rng, true), m[0]);
    }
    for (const m of text.matchAll(/(增加|减少)(\d+(?:\.\d+)?万元[，,])(增长|下降)/g)) {
      const flip = (w: string) => ({ 增加: "减少", 减少: "增加", 增长: "下降", 下降: "增长" })[w]!;
      put("direction", index, m.index!, m.index! + m[0].length, `${flip(m[1]!)}${m[2]}${flip(m[3]!)}`, m[0]);
    }
    for (const m of text.matchAll(/决算数?(大于|小于)/g)) {
      const at = m.index! + m[0].length - 2;
      put("direction", index, at, at + 2, m[1] === "大于" ? "小于" : "大于", m[0]);
    }
    for (const m of text.matchAll(/(增加|减少|增长|下降)(?=\d)/g)) {
      const alt = ({ 增加: "（减少）", 减少: "（增加）", 增长: "（下降）", 下降: "（增长）" } as Record<string, string>)[m[1]!]!;
      put("residue", index, m.index! + 2, m.index! + 2, alt, `${m[1]}${alt}`);
    }
    const firstAmount = /(\d+(?:\.\d+)?)万元/.exec(text);
    if (firstAmount && rng.next() < 0.3) put("residue", index, firstAmount.index!, firstAmount.index! + firstAmount[1]!.length, "XX", "XX万元");
  }
  // A numbered item's purpose text copied from the item before, as in the real text's N6. A
  // heading ends the list; placeholders are not purposes; no draw from rng, so that the other
  // kinds' plans stay as they were.
  let previous: string | null = null;
  lines.forEach((text, index) => {
    if (/^\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]）)/.test(text)) previous = null;
    const item = /^\s*\d{1,2}[、．.](?!\d)[^。]*。主要用于[：:]([^。；]+)/.exec(text);
    if (!item || /【|XX/.test(item[1]!)) return;
    const purpose = item[1]!;
    if (previous !== null && previous !== purpose) {
      const at = item.index + item[0].length - purpose.length;
      put("purpose", index, at, at + purpose.length, previous, `用途改为上一项的“${previous}”`);
    }
    previous = purpose;
  });
  // The 政府采购 parts: a part changed makes the parts disagree with their total.
  lines.forEach((text, index) => {
    const m = /(货物(?:采购)?(?:支出|金额)?)(\d+(?:\.\d+)?)万元/.exec(text);
    if (m && /政府采购/.test(text)) {
      const at = m.index! + m[1]!.length;
      put("enumeration", index, at, at + m[2]!.length, changeNumber(m[2]!, rng), m[0]);
    }
  });
  return out;
}

const key = (f: TextFinding) => `${f.line}|${f.ruleId}|${f.excerpt}|${f.message}`;
/** N-12's report of a 【待补充：…】 placeholder the generator wrote for a missing input. */
const isPlaceholder = (f: TextFinding) => f.ruleId === "N-12" && /^文中留有占位符“【待补充[：:][^】]*】”。$/.test(f.message);
const serious = (fs: readonly TextFinding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning");

async function main(): Promise<void> {
  const rng = new Rng(20_241_231);
  const all = await bases();
  const planted: Record<Kind, number> = { amount: 0, share: 0, rate: 0, direction: 0, residue: 0, enumeration: 0, purpose: 0 };
  const found: Record<Kind, number> = { amount: 0, share: 0, rate: 0, direction: 0, residue: 0, enumeration: 0, purpose: 0 };
  let truePositives = 0;
  let falsePositives = 0;
  let cleanFalse = 0;
  const misses: string[] = [];
  const falses: string[] = [];
  let texts = 0;
  const started = Date.now();
  console.log("基础文本（未植入缺陷）：");
  for (const base of all) {
    const baseline = serious(verifyNarrativeText(base.text, base.wb, base.inputs));
    const generated = !base.name.includes("真实");
    // A generated text without some 补充信息 carries the generator's 【待补充：…】 placeholders, and
    // N-12 rightly reports each one: those are expected, one per placeholder written, and not
    // counted as false. Every other error or warning on a generated text is false.
    const placeholders = baseline.filter((f) => generated && isPlaceholder(f));
    const written = generated ? (base.text.match(/【待补充[：:][^】]*】/g) ?? []).length : 0;
    const others = baseline.length - placeholders.length;
    if (generated) cleanFalse += others + Math.abs(written - placeholders.length);
    const note = placeholders.length > 0 ? `，另有占位符提示 ${placeholders.length} 条（文中占位符 ${written} 处）` : "";
    console.log(`  ${base.name.padEnd(24)} 错误/警告 ${others} 条${generated ? "（生成文本，应为 0）" : "（真实文本，README 所列缺陷）"}${note}`);
    const known = new Set(baseline.map(key));
    // In the real text the README's defects are real: they count as found, not false.
    if (!generated) truePositives += baseline.length;
    for (const m of plan(base, rng)) {
      texts++;
      planted[m.kind]++;
      const fresh = serious(verifyNarrativeText(m.text, base.wb, base.inputs)).filter((f) => !known.has(key(f)));
      const onLine = fresh.filter((f) => f.line === m.line);
      const elsewhere = fresh.filter((f) => f.line !== m.line);
      if (onLine.length > 0) found[m.kind]++;
      else if (misses.length < 15) misses.push(`${m.kind} ${base.name} 第${m.line}行 ${m.what}`);
      truePositives += onLine.length;
      falsePositives += elsewhere.length;
      for (const f of elsewhere) if (falses.length < 15) falses.push(`${m.kind} ${base.name} 植入第${m.line}行，误报第${f.line}行 ${f.ruleId} ${f.message.slice(0, 60)}`);
    }
  }
  const ms = Date.now() - started;
  console.log(`\n变异文本 ${texts} 篇（每篇一个缺陷），用时 ${(ms / 1000).toFixed(1)} 秒，平均每篇 ${(ms / Math.max(texts, 1)).toFixed(1)} 毫秒\n`);
  console.log("缺陷类型        植入   检出   检出率");
  for (const k of KINDS) console.log(`  ${k.padEnd(12)} ${String(planted[k]).padStart(5)}  ${String(found[k]).padStart(5)}   ${((100 * found[k]) / Math.max(planted[k], 1)).toFixed(1)}%`);
  const totalPlanted = KINDS.reduce((t, k) => t + planted[k], 0);
  const totalFound = KINDS.reduce((t, k) => t + found[k], 0);
  console.log(`  ${"合计".padEnd(10)} ${String(totalPlanted).padStart(5)}  ${String(totalFound).padStart(5)}   ${((100 * totalFound) / Math.max(totalPlanted, 1)).toFixed(1)}%`);
  const fp = falsePositives + cleanFalse;
  console.log(`\n精确率（全部错误与警告）：${((100 * truePositives) / Math.max(truePositives + fp, 1)).toFixed(2)}%（正确 ${truePositives} 条，误报 ${fp} 条，其中生成文本原文误报 ${cleanFalse} 条）`);
  if (misses.length > 0) console.log(`\n未检出示例：\n  ${misses.join("\n  ")}`);
  if (falses.length > 0) console.log(`\n误报示例：\n  ${falses.join("\n  ")}`);
}

void main();
