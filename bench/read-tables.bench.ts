/**
 * `npm run bench`: time to read (.xlsx → RawSheet[]) and recognise (RawSheet[] → Workbook) the
 * sample, and consolidated workbooks with 2,500 / 5,000 / 10,000 功能分类 rows in T02, T03, T05
 * and T06, to show the growth is linear. Prints figures; asserts nothing (targets are in README).
 */
import { readXlsx } from "../src/adapters/xlsx/read-xlsx";
import { writeRawSheets } from "../src/adapters/xlsx/write-raw-sheets";
import type { RawSheet, RawValue } from "../src/core/raw-sheet";
import { readWorkbook } from "../src/core/tables";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT } from "../src/sample";

const GROW: Record<string, number> = { 公开02表: 2, 公开03表: 2, 公开05表: 2, 公开06表: 2 };

/**
 * Appends `rows` synthetic rows under each coded table: classes 230–234 (unused by the sample),
 * each with 款 rows and their 项 rows, so the hierarchy is complete as in a real consolidation.
 */
function enlarge(sheets: readonly RawSheet[], rows: number): RawSheet[] {
  return sheets.map((s) => {
    if (!(s.name in GROW)) return s;
    const width = s.values.reduce((w, r) => Math.max(w, r.length), 0);
    const extra: RawValue[][] = [];
    const push = (code: string, name: string, n: number): void => {
      const row: RawValue[] = [code, null, null, name];
      while (row.length < width) row.push(((n * 7919) % 100000) / 100);
      extra.push(row.slice(0, width));
    };
    let n = 0;
    for (let cls = 230; cls <= 234 && n < rows; cls++) {
      push(String(cls), `类${cls}`, n++);
      for (let sec = 1; sec <= 99 && n < rows; sec++) {
        const s5 = `${cls}${String(sec).padStart(2, "0")}`;
        push(s5, `款${s5}`, n++);
        for (let item = 1; item <= 40 && n < rows; item++) push(`${s5}${String(item).padStart(2, "0")}`, `项${s5}${item}`, n++);
      }
    }
    const fmts = extra.map((r) => r.map((v) => (typeof v === "number" ? "#,##0.00" : "General")));
    return { ...s, values: [...s.values, ...extra], numberFormats: [...(s.numberFormats ?? []), ...fmts] };
  });
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

async function measure(label: string, bytes: Uint8Array): Promise<void> {
  // One warm-up run so that JIT compilation does not count against the first figure.
  readWorkbook(await readXlsx(bytes));
  const runs = 3;
  let parse = Infinity;
  let recognise = Infinity;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const p = await timeAsync(() => readXlsx(bytes));
    const r = time(() => readWorkbook(p.value));
    parse = Math.min(parse, p.ms);
    recognise = Math.min(recognise, r.ms);
    rows = (["T02", "T03", "T05", "T06"] as const).reduce((n, id) => n + (r.value.tables[id]?.rows.length ?? 0), 0);
  }
  console.log(
    `${label.padEnd(26)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  读取xlsx ${parse.toFixed(1).padStart(8)} ms  识别 ${recognise.toFixed(1).padStart(7)} ms  合计 ${(parse + recognise).toFixed(1).padStart(8)} ms  (T02/T03/T05/T06 共 ${rows} 行)`,
  );
}

async function main(): Promise<void> {
  console.log("决算公开助手 读取与识别基准（每项取 3 次中最快一次）");
  const sample = new Uint8Array(await buildSampleWorkbook(FIGURES_2021_CONSISTENT, {}));
  await measure("样例工作簿", sample);
  const base = await readXlsx(sample);
  for (const n of [2500, 5000, 10000]) {
    const big = await writeRawSheets(enlarge(base, n));
    await measure(`汇总工作簿 每表+${n}行`, big);
  }
}

void main();
