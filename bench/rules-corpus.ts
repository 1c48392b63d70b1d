/**
 * The defect corpus of `npm run bench:rules`: one-defect variants of the consistent sample,
 * planned from a seeded PRNG so every run builds the same workbooks. Each defect is applied to
 * the RawSheets of the generated file (or, for a filled fund table, to the figures the generator
 * builds from) and records the cells it changed.
 */
import type { RawSheet } from "../src/core/raw-sheet";
import type { TableId } from "../src/core/tables/table-ids";
import { buildSampleWorkbook, layoutSampleSheets, resolveOptions, type Cents, type CodedRow, type CodedTable, type FundFlowValues, type SampleFigures, type SampleOptions } from "../src/sample";
import {
  amountCells,
  clearCell,
  deleteRow,
  flipSign,
  hideDecimals,
  moveToNeighbour,
  shiftAmount,
  transposablePairs,
  transposeDigits,
  type AmountCell,
  type CellRole,
  type Mutation,
  Rng,
} from "../src/sample/mutate";
import { addFields, rollUp } from "../src/sample/roll-up";

/**
 * Size class, which decides the target for a defect (interval policy):
 * 0.01 → at least 尾差; 0.02–0.99 → ≥ 95 % errors; ≥1 and structural → all errors;
 * hidden → the I-20 warning (rules.md gives hidden decimals severity W, not E).
 */
export type SizeClass = "0.01" | "0.02–0.99" | "≥1" | "structural" | "hidden";

export interface Defect {
  readonly id: number;
  /** Printed row of the result table, e.g. "±0.02 明细 leaf". */
  readonly group: string;
  readonly size: SizeClass;
  /** One line: what was changed where. */
  readonly what: string;
  /** The table the defect is in (for the coverage line). */
  readonly table: TableId;
  /**
   * Set when no rule can see the defect in principle (no identity of rules.md §2–§3 changes):
   * the reason, printed, and the defect is kept out of the targets.
   */
  readonly undetectable?: string;
  /** Set when the defect is detectable only by a relation rules.md does not list: printed with a miss. */
  readonly ruleGap?: string;
  /** Builds the workbook bytes and the changed cells. */
  readonly build: () => Promise<{ bytes: Uint8Array; changed: readonly string[] }>;
}

export interface CorpusBase {
  readonly figures: SampleFigures;
  readonly options: SampleOptions;
  readonly sheets: readonly RawSheet[];
  readonly cells: readonly AmountCell[];
  readonly write: (sheets: readonly RawSheet[]) => Promise<Uint8Array>;
}

const ROLE_ZH: Record<CellRole, string> = { leaf: "明细 leaf", total: "合计 total" };

function sizeOf(delta: Cents): SizeClass {
  const d = Math.abs(delta);
  if (d === 1) return "0.01";
  return d < 100 ? "0.02–0.99" : "≥1";
}

function fmtCents(c: Cents): string {
  return (c / 100).toFixed(2);
}

/** The empty tables print only zeros; a defect there writes a figure where none may be. */
const EMPTY_TABLES: ReadonlySet<TableId> = new Set(["T12", "T13", "T14"]);

/** Round-robin over tables (in T01…T14 order, shuffled start) so every table gets its share. */
function stratified(cands: readonly AmountCell[], n: number, rng: Rng): AmountCell[] {
  const byTable = new Map<TableId, AmountCell[]>();
  for (const c of cands) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const pools = [...byTable.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, cs]) => rng.shuffle(cs));
  const out: AmountCell[] = [];
  for (let round = 0; out.length < n; round++) {
    let added = false;
    for (const pool of pools) {
      if (out.length >= n) break;
      // A small table gives its cells again in later rounds (a different delta sign keeps them distinct).
      const c = pool[round % pool.length];
      if (c) {
        out.push(c);
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

/**
 * A deleted 项 that was the only 项 of its 款 leaves the table internally consistent: the 款
 * then reads as a bottom row and every 类/合计 sum still holds. Whether another table can see the
 * loss depends on the ties rules.md lists for the table.
 */
const DELETION_NOTES: Partial<Record<TableId, { kind: "undetectable" | "gap"; text: (section: string) => string }>> = {
  T02: {
    kind: "undetectable",
    text: (k) =>
      `款 ${k} 只有这一个项，删后该款自成末级、本表各级求和仍成立；rules.md §2–§3 没有把公开02表的款、项与别表相连的等式（按功能分类的收入只在本表出现），求和校验原则上无法发现，只有“款下缺项”的完整性检查能发现 / only 项 of its 款: every sum still holds and no tie links T02 below 合计`,
  },
  T03: {
    kind: "gap",
    text: (k) =>
      `款 ${k} 只有这一个项：本表求和仍成立；rules.md 的 X-07 只按类比较 公开04表 ≤ 公开03表，需派生规则 X-22（公开05表 ≤ 公开03表，按款/项）发现 / rules.md's X-07 is per class; the derived X-22 (T05 ≤ T03 per 款/项) should find it`,
  },
  T05: {
    kind: "gap",
    text: (k) =>
      `款 ${k} 只有这一个项且该项无一般公共预算数：X-10 只比一般公共预算栏，X-09 只按类比较；需派生规则 X-23（公开11表 = 公开05表 政府性基金栏，按类/款/项）发现 / X-10 covers gpb only, X-09 classes only; the derived X-23 (T11 = T05 gfb per code) should find it`,
  },
  T09: {
    kind: "gap",
    text: (k) => `款 ${k} 只有这一个项：本表求和仍成立；rules.md 的 X-13 只比较合计，需 X-13 逐科目部分（派生：公开09表 = 公开06表 项目支出，按类/款/项）发现 / rules.md's X-13 is the 合计 only; its derived per-code part should find it`,
  },
  T11: {
    kind: "gap",
    text: (k) => `款 ${k} 只有这一个项：本表求和仍成立；X-17 只按类比较，需派生规则 X-23（公开11表 = 公开05表 政府性基金栏，按类/款/项）发现 / X-17 is per class; the derived X-23 should find it`,
  },
};

/** Builds the defect list. `write` turns edited RawSheets into .xlsx bytes. */
export function planDefects(base: CorpusBase, seed: number): Defect[] {
  const rng = new Rng(seed);
  const defects: Defect[] = [];
  const add = (d: Omit<Defect, "id">): void => {
    defects.push({ ...d, id: defects.length + 1 });
  };
  const fromSheets = (m: () => Mutation) => async (): Promise<{ bytes: Uint8Array; changed: readonly string[] }> => {
    const r = m();
    return { bytes: await base.write(r.sheets), changed: r.changed };
  };
  const nonZero = base.cells.filter((c) => c.cents !== 0);
  const shiftable = base.cells.filter((c) => c.cents !== 0 || EMPTY_TABLES.has(c.table));

  // 1. A leaf or a total changed by ±0.01, ±0.02, ±1, ±100 万元.
  const shifts: readonly (readonly [Cents, number])[] = [
    [1, 60],
    [2, 60],
    [100, 40],
    [10_000, 40],
  ];
  for (const [step, n] of shifts) {
    for (const role of ["leaf", "total"] as const) {
      const picked = stratified(
        shiftable.filter((c) => c.role === role),
        n,
        rng,
      );
      // A cell picked twice (small tables) gets the opposite sign the second time.
      const seen = new Map<string, Cents>();
      picked.forEach((cell) => {
        const prev = seen.get(cell.ref);
        const delta = prev !== undefined ? -prev : rng.next() < 0.5 ? step : -step;
        seen.set(cell.ref, delta);
        add({
          group: `±${fmtCents(step)} ${ROLE_ZH[role]}`,
          size: sizeOf(delta),
          what: `${cell.ref} ${cell.label || cell.header.join("›")} ${fmtCents(cell.cents)} → ${fmtCents(cell.cents + delta)}`,
          table: cell.table,
          build: fromSheets(() => shiftAmount(base.sheets, cell, delta)),
        });
      });
    }
  }

  // 2. Two adjacent digits transposed (sized by the change it makes).
  for (const cell of stratified(
    nonZero.filter((c) => transposablePairs(c.cents).length > 0),
    80,
    rng,
  )) {
    const at = rng.pick(transposablePairs(cell.cents));
    const m = transposeDigits(base.sheets, cell, at);
    const delta = m.delta ?? 0;
    add({
      group: `两位数字颠倒 transposed ${Math.abs(delta) < 100 ? "Δ<1" : "Δ≥1"}`,
      size: sizeOf(delta),
      what: `${cell.ref} ${fmtCents(cell.cents)} → ${fmtCents(cell.cents + delta)}`,
      table: cell.table,
      build: fromSheets(() => m),
    });
  }

  // 3. A value typed into the neighbouring column (source left blank).
  const at = new Map(base.cells.map((c) => [`${c.sheet}|${c.row}|${c.col}`, c]));
  // A neighbour holding the same value would make the move a mere clearing: not offered.
  const neighbours = (c: AmountCell): AmountCell[] =>
    [c.col - 1, c.col + 1].map((col) => at.get(`${c.sheet}|${c.row}|${col}`)).filter((x): x is AmountCell => x !== undefined && x.cents !== c.cents);
  for (const cell of stratified(
    nonZero.filter((c) => neighbours(c).length > 0),
    50,
    rng,
  )) {
    const ns = neighbours(cell);
    // An empty neighbour is the usual slip (the value lands where nothing was); else any.
    const to = rng.pick(ns.some((n) => n.cents === 0) ? ns.filter((n) => n.cents === 0) : ns);
    add({
      group: "移到相邻列 moved to next column",
      size: "structural",
      what: `${cell.ref} ${fmtCents(cell.cents)} → ${to.ref}`,
      table: cell.table,
      build: fromSheets(() => moveToNeighbour(base.sheets, cell, to.col)),
    });
  }

  // 4. A 项 row deleted from one table.
  const itemRows = new Map<string, AmountCell[]>();
  for (const c of base.cells) {
    if (c.code?.length !== 7) continue;
    const key = `${c.sheet}|${c.row}`;
    itemRows.set(key, [...(itemRows.get(key) ?? []), c]);
  }
  const rowFirsts = stratified(
    [...itemRows.values()].map((cs) => cs[0]!),
    40,
    rng,
  );
  for (const first of new Set(rowFirsts)) {
    const rowCells = itemRows.get(`${first.sheet}|${first.row}`)!;
    const code = first.code!;
    const cols = new Set(rowCells.filter((c) => c.cents !== 0).map((c) => c.col));
    // What a deleted row leaves to point at: its ancestors' cells in the columns it fed, and the
    // same 项 in the other tables.
    const ancestors = base.cells.filter(
      (c) => c.sheet === first.sheet && cols.has(c.col) && c.cents !== 0 && (c.code === null ? c.label === "合计" : c.code.length < 7 && code.startsWith(c.code)),
    );
    const counterparts = base.cells.filter((c) => c.sheet !== first.sheet && c.code === code && c.cents !== 0);
    const section = code.slice(0, 5);
    const siblings = new Set(base.cells.filter((c) => c.sheet === first.sheet && c.code?.length === 7 && c.code.startsWith(section)).map((c) => c.code));
    // T05: X-10 ties every row's 一般公共预算 column to T06, so only a 项 without such money can hide.
    const hasGpb = first.table === "T05" && rowCells.some((c) => c.header.includes("一般公共预算财政拨款") && c.cents !== 0);
    const onlyChild = siblings.size === 1 && !hasGpb ? (DELETION_NOTES[first.table] ?? null) : null;
    add({
      group: "删除一行项 项 row deleted",
      size: "structural",
      what: `${first.sheet} 第${first.row + 1}行 ${code} ${first.label}`,
      table: first.table,
      ...(onlyChild?.kind === "undetectable" ? { undetectable: onlyChild.text(section) } : {}),
      ...(onlyChild?.kind === "gap" ? { ruleGap: onlyChild.text(section) } : {}),
      build: fromSheets(() => deleteRow(base.sheets, first.sheet, first.row, [...ancestors, ...counterparts])),
    });
  }

  // 5. A sign flipped; 6. a cell cleared (sized by the change).
  for (const cell of stratified(nonZero, 40, rng)) {
    add({
      group: "正负号颠倒 sign flipped",
      size: sizeOf(2 * cell.cents),
      what: `${cell.ref} ${fmtCents(cell.cents)} → ${fmtCents(-cell.cents)}`,
      table: cell.table,
      build: fromSheets(() => flipSign(base.sheets, cell)),
    });
  }
  for (const cell of stratified(nonZero, 40, rng)) {
    add({
      group: "清空单元格 cell cleared",
      size: sizeOf(cell.cents),
      what: `${cell.ref} ${fmtCents(cell.cents)} → 空`,
      table: cell.table,
      build: fromSheets(() => clearCell(base.sheets, cell)),
    });
  }

  // 7. A fund table filled while T04's column is zero (T13: the sample has no 国有资本经营 money).
  if (base.figures.t04.expenditure.total.socb === 0 && base.figures.t04.income.socb === 0) {
    const items = base.figures.t03.rows.filter((r) => r.code.length === 7);
    const names = new Map([...base.figures.t03.rows].map((r) => [r.code, r.name]));
    for (let i = 0; i < 12; i++) {
      const keepNote = i % 2 === 0;
      const withT14 = i % 4 >= 2;
      const chosen = rng.shuffle(items).slice(0, 1 + (i % 3));
      const leaves: CodedRow<FundFlowValues>[] = chosen.map((r) => {
        const basic = rng.next() < 0.5 ? rng.int(1, 50_000) : 0;
        const project = rng.int(1, 50_000);
        const opening = rng.next() < 0.3 ? rng.int(1, 5_000) : 0;
        const expTotal = basic + project;
        const closing = opening > 0 ? rng.int(0, opening) : 0;
        return { code: r.code, name: r.name, values: { opening, income: expTotal + closing - opening, expTotal, basic, project, closing } };
      });
      const t13: CodedTable<FundFlowValues> = rollUp(leaves, {
        zero: { opening: 0, income: 0, expTotal: 0, basic: 0, project: 0, closing: 0 },
        add: addFields,
        nameOf: (c) => names.get(c) ?? c,
      });
      const t14 = {
        total: { total: t13.total.expTotal, basic: t13.total.basic, project: t13.total.project },
        rows: t13.rows.map((r) => ({ code: r.code, name: r.name, values: { total: r.values.expTotal, basic: r.values.basic, project: r.values.project } })),
      };
      const figures: SampleFigures = {
        ...base.figures,
        t13: keepNote ? { ...t13, ...(base.figures.t13.emptyNote ? { emptyNote: base.figures.t13.emptyNote } : {}) } : t13,
        t14: withT14 ? (keepNote ? { ...t14, ...(base.figures.t14.emptyNote ? { emptyNote: base.figures.t14.emptyNote } : {}) } : t14) : base.figures.t14,
      };
      add({
        group: "基金表有数而公开04表该列为零 fund table filled",
        size: "structural",
        what: `公开13表 ${chosen.map((r) => r.code).join("、")}${withT14 ? " + 公开14表" : ""}${keepNote ? "（保留无数据说明）" : "（删去说明）"}`,
        table: "T13",
        build: async () => {
          const bytes = new Uint8Array(await buildSampleWorkbook(figures, base.options));
          const changed = amountCells(layoutSampleSheets(figures, resolveOptions(base.options)), base.options)
            .filter((c) => (c.table === "T13" || (withT14 && c.table === "T14")) && c.cents !== 0)
            .map((c) => c.ref);
          return { bytes, changed };
        },
      });
    }
  }

  // 8. A stored value with hidden decimals (2142.764 shown as 2,142.76).
  for (const cell of stratified(nonZero, 40, rng)) {
    const k = rng.pick([-4, -3, -2, -1, 1, 2, 3, 4]);
    add({
      group: "隐藏小数 hidden decimals",
      size: "hidden",
      what: `${cell.ref} ${fmtCents(cell.cents)} 存为 ${((cell.cents * 10 + k) / 1000).toFixed(3)}`,
      table: cell.table,
      build: fromSheets(() => hideDecimals(base.sheets, cell, k)),
    });
  }
  return defects;
}
