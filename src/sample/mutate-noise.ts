/**
 * Honest rounding noise for the detection benchmark: sample figures with the structure of a
 * base figure set (same 项, same 经济分类 items, same empty tables) but fresh random amounts,
 * built the way a finance system builds a real disclosure:
 *
 * 1. every leaf is drawn in 元 — a whole number of 元 or of 分 (the unit used throughout is 分,
 *    0.01 元, so all arithmetic is on integers);
 * 2. every total and every cross-table figure is an exact integer sum of the same leaves, so all
 *    identities of rules.md §2–§3 hold exactly in 元 (`exactIdentityGaps` proves it);
 * 3. every cell is then rounded to 0.01 万元 on its own, half-up (`roundFigures`).
 *
 * The resulting workbook has only 尾差 — a checker that reports an error on it cries wolf.
 */
import type {
  BasicProjectValues,
  Cents,
  ClassLine,
  CodedRow,
  CodedTable,
  ExpenditureValues,
  FundFlowValues,
  FundValues,
  IncomeValues,
  SampleFigures,
  SanGongFigures,
  SanGongValues,
  SupplementaryEntry,
} from "./figures";
import type { Rng } from "./mutate";
import { addFields, rollUp } from "./roll-up";

/** An amount in 分 (0.01 元); 0.01 万元 = 10 000 分. */
export type Fen = number;

export const FEN_PER_CENT = 10_000;

/** 0.01 万元, half-up, from an exact amount in 分 (negative amounts round away from zero symmetrically). */
export function roundFenToCents(fen: Fen): Cents {
  if (!Number.isSafeInteger(fen)) throw new Error(`not a whole number of 分: ${fen}`);
  const abs = Math.floor((Math.abs(fen) + FEN_PER_CENT / 2) / FEN_PER_CENT);
  return fen < 0 ? -abs : abs;
}

// ───────────────────────────── structure of the base figures ─────────────────────────────

/** Which money a 项 carries in the base set (the same flags as figures-2021's leaves). */
interface LeafPattern {
  readonly code: string;
  readonly name: string;
  readonly basic: boolean;
  readonly gpbProject: boolean;
  readonly gfb: boolean;
  readonly other: boolean;
  /** Part of its 一般公共预算 spending is paid from the net carry-over (年初 − 年末). */
  readonly carry: boolean;
}

interface Structure {
  readonly leaves: readonly LeafPattern[];
  readonly personnel: readonly string[];
  readonly publicFunds: readonly string[];
  readonly project: readonly string[];
  readonly names: ReadonlyMap<string, string>;
}

const isItem = (code: string): boolean => code.length === 7;
const isEconomicItem = (code: string): boolean => code.length === 5;

function valuesByCode<V>(t: CodedTable<V>): Map<string, V> {
  return new Map(t.rows.map((r) => [r.code, r.values]));
}

/** Reads the pattern of non-zero money off the base figures (T02, T03, T05, T06, T07, T08). */
function structureOf(base: SampleFigures): Structure {
  const t02 = valuesByCode(base.t02);
  const t05 = valuesByCode(base.t05);
  const t06 = valuesByCode(base.t06);
  const names = new Map<string, string>();
  for (const t of [base.t02, base.t03, base.t05, base.t06, base.t07] as CodedTable<unknown>[]) for (const r of t.rows) names.set(r.code, r.name);
  for (const r of [...base.t08.personnel, ...base.t08.publicFunds]) names.set(r.code, r.name);
  const leaves = base.t03.rows
    .filter((r) => isItem(r.code))
    .map((r): LeafPattern => {
      const gpb = t06.get(r.code);
      const fiscal = t02.get(r.code)?.fiscal ?? 0;
      const gfb = t05.get(r.code)?.gfb ?? 0;
      return {
        code: r.code,
        name: r.name,
        basic: r.values.basic > 0,
        gpbProject: (gpb?.project ?? 0) > 0,
        gfb: gfb > 0,
        other: (t02.get(r.code)?.other ?? 0) > 0,
        carry: (gpb?.total ?? 0) > fiscal - gfb,
      };
    });
  const items = (rows: readonly CodedRow<Cents>[]): string[] => rows.filter((r) => isEconomicItem(r.code) && r.values !== 0).map((r) => r.code);
  return {
    leaves,
    personnel: items(base.t08.personnel),
    publicFunds: items(base.t08.publicFunds),
    project: base.t07.rows.filter((r) => isEconomicItem(r.code) && r.values.project > 0).map((r) => r.code),
    names,
  };
}

// ───────────────────────────── drawing leaves in 元 ─────────────────────────────

/**
 * A leaf amount: log-uniform between 0.2 万元 and 3 000 万元 (the sample spans 0.55 to 2 142.76),
 * half the time a whole number of 元, otherwise any number of 分. The lower end keeps every
 * cell non-zero after rounding, so the noise workbook prints the same rows and cells as the base.
 */
function drawLeaf(rng: Rng): Fen {
  const lo = Math.log(2_000 * 100);
  const hi = Math.log(30_000_000 * 100);
  const fen = Math.floor(Math.exp(lo + rng.next() * (hi - lo)));
  return rng.next() < 0.5 ? fen - (fen % 100) : fen;
}

/**
 * Splits `total` 分 over `n` items at random, every item at least 100 元 (so it prints as a
 * non-zero 0.01 万元), exactly: Σ parts = total.
 */
function partition(total: Fen, n: number, rng: Rng): Fen[] {
  const min = 100 * 100;
  if (total < n * min) throw new Error(`cannot split ${total} 分 into ${n} items of at least ${min}`);
  const weights = Array.from({ length: n }, () => 0.05 + rng.next());
  const w = weights.reduce((a, b) => a + b, 0);
  const free = total - n * min;
  const parts = weights.map((x) => min + Math.floor((free * x) / w));
  const rest = total - parts.reduce((a, b) => a + b, 0);
  parts[rng.int(0, n - 1)]! += rest;
  return parts;
}

// ───────────────────────────── composing the figures (in 分) ─────────────────────────────

interface LeafAmounts {
  readonly code: string;
  readonly name: string;
  readonly gpbBasic: Fen;
  readonly gpbProject: Fen;
  readonly gfbProject: Fen;
  readonly otherProject: Fen;
  readonly gpbFromCarryOver: Fen;
}

const ZERO_INCOME: IncomeValues = { total: 0, fiscal: 0, superior: 0, business: 0, operating: 0, affiliated: 0, other: 0 };
const ZERO_EXP: ExpenditureValues = { total: 0, basic: 0, project: 0, toSuperior: 0, operatingExp: 0, toAffiliated: 0 };
const ZERO_FUNDS: FundValues = { total: 0, gpb: 0, gfb: 0, socb: 0 };
const ZERO_BP: BasicProjectValues = { total: 0, basic: 0, project: 0 };
const ZERO_FLOW: FundFlowValues = { opening: 0, income: 0, expTotal: 0, basic: 0, project: 0, closing: 0 };

/** The 三公 links of tables.md §7.4: the 经济分类 item each 决算数 is spent under. */
const SAN_GONG_LINKS = { abroad: "30212", vehiclePurchase: "31013", vehicleOperation: "30231", reception: "30217" } as const;

function sanGong(v: Omit<SanGongValues, "vehicle" | "total">): SanGongValues {
  const vehicle = v.vehiclePurchase + v.vehicleOperation;
  return { ...v, vehicle, total: v.abroad + vehicle + v.reception };
}

/**
 * Fresh figures with the base's structure, every amount exact in 分. All totals are computed
 * here, from the leaves, by the same roll-ups the 2021 figures use.
 */
export function exactNoiseFigures(base: SampleFigures, rng: Rng): SampleFigures {
  const s = structureOf(base);
  // What is carried over unchanged (empty tables, 补充信息 amounts) must be in 分 too.
  const b = mapAmounts(base, (c) => c * FEN_PER_CENT, null) as SampleFigures;
  const nameOf = (code: string): string => {
    const n = s.names.get(code);
    if (n === undefined) throw new Error(`no name for ${code} in the base figures`);
    return n;
  };
  const leaves: LeafAmounts[] = s.leaves.map((p) => {
    const gpbProject = p.gpbProject ? drawLeaf(rng) : 0;
    return {
      code: p.code,
      name: p.name,
      gpbBasic: p.basic ? drawLeaf(rng) : 0,
      gpbProject,
      gfbProject: p.gfb ? drawLeaf(rng) : 0,
      otherProject: p.other ? drawLeaf(rng) : 0,
      // Under a third of the project money, so the 项's 财政拨款收入 stays positive.
      gpbFromCarryOver: p.carry ? Math.floor(gpbProject * (0.05 + 0.25 * rng.next())) : 0,
    };
  });
  const gpb = (l: LeafAmounts): Fen => l.gpbBasic + l.gpbProject;
  const functionalTable = <V extends object>(zero: V, valuesOf: (l: LeafAmounts) => V | null): CodedTable<V> => {
    const rows: CodedRow<V>[] = [];
    for (const l of leaves) {
      const v = valuesOf(l);
      if (v) rows.push({ code: l.code, name: l.name, values: v });
    }
    return rollUp(rows, { zero, add: addFields, nameOf });
  };

  const t02 = functionalTable(ZERO_INCOME, (l) => {
    const fiscal = gpb(l) - l.gpbFromCarryOver + l.gfbProject;
    return { ...ZERO_INCOME, total: fiscal + l.otherProject, fiscal, other: l.otherProject };
  });
  const t03 = functionalTable(ZERO_EXP, (l) => {
    const project = l.gpbProject + l.gfbProject + l.otherProject;
    return { ...ZERO_EXP, total: l.gpbBasic + project, basic: l.gpbBasic, project };
  });
  const t05 = functionalTable(ZERO_FUNDS, (l) => ({ total: gpb(l) + l.gfbProject, gpb: gpb(l), gfb: l.gfbProject, socb: 0 }));
  const t06 = functionalTable(ZERO_BP, (l) => (gpb(l) === 0 ? null : { total: gpb(l), basic: l.gpbBasic, project: l.gpbProject }));
  const t09bp = functionalTable(ZERO_BP, (l) => (l.gpbProject === 0 ? null : { total: l.gpbProject, basic: 0, project: l.gpbProject }));
  const t09: CodedTable<Cents> = { total: t09bp.total.total, rows: t09bp.rows.map((r) => ({ code: r.code, name: r.name, values: r.values.total })) };
  const t11 = functionalTable(ZERO_FLOW, (l) =>
    l.gfbProject === 0 ? null : { opening: 0, income: l.gfbProject, expTotal: l.gfbProject, basic: 0, project: l.gfbProject, closing: 0 },
  );

  // 经济分类: T06's 基本支出 and 项目支出 totals split over the base's items, exactly.
  const basicItems = [...s.personnel, ...s.publicFunds];
  const basicParts = partition(t06.total.basic, basicItems.length, rng);
  const projectParts = partition(t06.total.project, s.project.length, rng);
  const basicOf = new Map(basicItems.map((c, i) => [c, basicParts[i]!]));
  const projectOf = new Map(s.project.map((c, i) => [c, projectParts[i]!]));
  const economicPanel = (codes: readonly string[]): CodedTable<Fen> =>
    rollUp(
      codes.map((code) => ({ code, name: nameOf(code), values: basicOf.get(code)! })),
      { zero: 0, add: (a, b) => a + b, nameOf },
    );
  const personnel = economicPanel(s.personnel);
  const publicFunds = economicPanel(s.publicFunds);
  const t07Codes = [...new Set([...basicItems, ...s.project])];
  const t07 = rollUp<BasicProjectValues>(
    t07Codes.map((code) => {
      const basic = basicOf.get(code) ?? 0;
      const project = projectOf.get(code) ?? 0;
      return { code, name: nameOf(code), values: { total: basic + project, basic, project } };
    }),
    { zero: ZERO_BP, add: addFields, nameOf },
  );

  // 三公 决算数 = the 经济分类 item it is spent under (so hold with equality);
  // 预算数 = 决算数 plus up to 30 %, drawn in 分.
  const economicTotal = (code: string): Fen => (basicOf.get(code) ?? 0) + (projectOf.get(code) ?? 0);
  const actual = sanGong({
    abroad: economicTotal(SAN_GONG_LINKS.abroad),
    vehiclePurchase: economicTotal(SAN_GONG_LINKS.vehiclePurchase),
    vehicleOperation: economicTotal(SAN_GONG_LINKS.vehicleOperation),
    reception: economicTotal(SAN_GONG_LINKS.reception),
  });
  const budgetOf = (v: Fen): Fen => (v === 0 ? 0 : v + Math.floor(v * 0.3 * rng.next()));
  const budget = sanGong({
    abroad: budgetOf(actual.abroad),
    vehiclePurchase: budgetOf(actual.vehiclePurchase),
    vehicleOperation: budgetOf(actual.vehicleOperation),
    reception: budgetOf(actual.reception),
  });
  const t10: SanGongFigures = { ...b.t10, budget, actual, receptionDomestic: actual.reception, receptionForeign: 0 };

  // Carry-over: all of it 一般公共预算 (as in the consistent base); 年初 − 年末 = what the 项 spent from it.
  const carried = leaves.reduce((a, l) => a + l.gpbFromCarryOver, 0);
  const closing: Fen = rng.int(1_000, 1_000_000) * 100;
  const opening = closing + carried;
  const incomeGpb = leaves.reduce((a, l) => a + gpb(l) - l.gpbFromCarryOver, 0);
  const incomeGfb = leaves.reduce((a, l) => a + l.gfbProject, 0);
  const incomeOther = leaves.reduce((a, l) => a + l.otherProject, 0);
  const classOf = <V>(t: CodedTable<V>, code: string, zero: V): V => t.rows.find((r) => r.code === code)?.values ?? zero;
  const fiscalIncome = incomeGpb + incomeGfb;

  const supplementary: SupplementaryEntry[] = b.supplementary.map((e) => {
    // The disclosure states 完成预算100% per 项: keep each 项's budget equal to its T06 amount.
    const m = /^预算数：(\d{7})$/.exec(e.label);
    if (!m) return e;
    return { ...e, value: { kind: "amount", cents: classOf(t06, m[1]!, ZERO_BP).total } };
  });

  return {
    ...b,
    t01: {
      income: {
        gpb: incomeGpb,
        gfb: incomeGfb,
        socb: 0,
        superior: 0,
        business: 0,
        operating: 0,
        affiliated: 0,
        other: incomeOther,
        total: t02.total.total,
        usedNonFiscalBalance: 0,
        opening,
        grandTotal: t02.total.total + opening,
      },
      expenditure: {
        classes: base.t01.expenditure.classes.map((c): ClassLine<Cents> => ({ ...c, values: classOf(t03, c.code, ZERO_EXP).total })),
        total: t03.total.total,
        surplusAllocation: 0,
        closing,
        grandTotal: t03.total.total + closing,
      },
    },
    t02,
    t03,
    t04: {
      income: {
        gpb: incomeGpb,
        gfb: incomeGfb,
        socb: 0,
        total: fiscalIncome,
        opening: { total: opening, gpb: opening, gfb: 0, socb: 0 },
        grandTotal: fiscalIncome + opening,
      },
      expenditure: {
        classes: base.t04.expenditure.classes.map((c): ClassLine<FundValues> => ({ ...c, values: classOf(t05, c.code, ZERO_FUNDS) })),
        total: t05.total,
        closing: { total: closing, gpb: closing, gfb: 0, socb: 0 },
        grandTotal: { total: t05.total.total + closing, gpb: t05.total.gpb + closing, gfb: t05.total.gfb, socb: t05.total.socb },
      },
    },
    t05,
    t06,
    t07,
    t08: { personnel: personnel.rows, personnelTotal: personnel.total, publicFunds: publicFunds.rows, publicFundsTotal: publicFunds.total },
    t09,
    t10,
    t11: b.t11.emptyNote ? { ...t11, emptyNote: b.t11.emptyNote } : t11,
    supplementary,
  };
}

/** Keys whose numbers are counts or years, not amounts: never rounded. */
const NOT_AMOUNTS = new Set(["year", "stats", "n"]);

function mapAmounts(value: unknown, f: (fen: Fen) => Cents, key: string | null): unknown {
  if (key !== null && NOT_AMOUNTS.has(key)) return value;
  if (typeof value === "number") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapAmounts(v, f, null));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapAmounts(v, f, k);
    return out;
  }
  return value;
}

/** Every amount of exact (分) figures rounded to 0.01 万元 on its own, half-up: the published view. */
export function roundFigures(exact: SampleFigures): SampleFigures {
  return mapAmounts(exact, roundFenToCents, null) as SampleFigures;
}

/** A noise figure set: the exact amounts (分) and the rounded figures the workbook prints. */
export function noiseFigures(base: SampleFigures, rng: Rng): { exact: SampleFigures; rounded: SampleFigures } {
  const exact = exactNoiseFigures(base, rng);
  return { exact, rounded: roundFigures(exact) };
}

// ───────────────────────────── the identities, exactly ─────────────────────────────

/**
 * The arithmetic identities of rules.md §2–§3 evaluated exactly on a figure set (any integer
 * unit). Returns one line per identity that fails; [] means every tie holds. Used on the exact
 * 分 figures of a noise workbook: its rounding gaps are then honest by construction.
 */
export function exactIdentityGaps(f: SampleFigures): string[] {
  const gaps: string[] = [];
  const eq = (what: string, a: number, b: number): void => {
    if (a !== b) gaps.push(`${what}: ${a} ≠ ${b}`);
  };
  const le = (what: string, a: number, b: number): void => {
    if (a > b) gaps.push(`${what}: ${a} > ${b}`);
  };
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

  /** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (or 类 = Σ 款 for 经济分类), for one amount field. */
  const rollUpOk = <V>(name: string, t: CodedTable<V>, field: (v: V) => number): void => {
    const rows = t.rows;
    const children = (code: string, len: number): number[] => rows.filter((r) => r.code.length === len && r.code.startsWith(code)).map((r) => field(r.values));
    const levels = [...new Set(rows.map((r) => r.code.length))].sort((a, b) => a - b);
    const top = levels[0];
    if (top === undefined) return;
    eq(`${name} 合计 = Σ 类`, field(t.total), sum(rows.filter((r) => r.code.length === top).map((r) => field(r.values))));
    for (const r of rows) {
      const next = levels.find((l) => l > r.code.length);
      if (next !== undefined) eq(`${name} ${r.code} = Σ 下级`, field(r.values), sum(children(r.code, next)));
    }
  };
  const everyRow = <V>(t: CodedTable<V>): V[] => [t.total, ...t.rows.map((r) => r.values)];
  const byCode = <V>(t: CodedTable<V>): Map<string, V> => new Map(t.rows.map((r) => [r.code, r.values]));

  const { t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14 } = f;
  const i1 = t01.income;
  const e1 = t01.expenditure;
  // I-01…I-05
  eq("I-01", i1.total, sum([i1.gpb, i1.gfb, i1.socb, i1.superior, i1.business, i1.operating, i1.affiliated, i1.other]));
  eq("I-02", e1.total, sum(e1.classes.map((c) => c.values)));
  eq("I-03", i1.grandTotal, i1.total + i1.usedNonFiscalBalance + i1.opening);
  eq("I-04", e1.grandTotal, e1.total + e1.surplusAllocation + e1.closing);
  eq("I-05", i1.grandTotal, e1.grandTotal);
  // I-06, I-07 (T02, T03, T05, T06, T09, T11, T13, T14), I-08
  for (const v of everyRow(t02)) eq("I-06", v.total, sum([v.fiscal, v.superior, v.business, v.operating, v.affiliated, v.other]));
  for (const k of Object.keys(ZERO_INCOME) as (keyof IncomeValues)[]) rollUpOk(`I-07 T02.${k}`, t02, (v) => v[k]);
  for (const k of Object.keys(ZERO_EXP) as (keyof ExpenditureValues)[]) rollUpOk(`I-07 T03.${k}`, t03, (v) => v[k]);
  for (const k of Object.keys(ZERO_FUNDS) as (keyof FundValues)[]) rollUpOk(`I-07 T05.${k}`, t05, (v) => v[k]);
  for (const k of Object.keys(ZERO_BP) as (keyof BasicProjectValues)[]) {
    rollUpOk(`I-07 T06.${k}`, t06, (v) => v[k]);
    rollUpOk(`I-07 T07.${k}`, t07, (v) => v[k]);
    rollUpOk(`I-07 T14.${k}`, t14, (v) => v[k]);
  }
  rollUpOk("I-07 T09", t09, (v) => v);
  for (const k of Object.keys(ZERO_FLOW) as (keyof FundFlowValues)[]) {
    rollUpOk(`I-07 T11.${k}`, t11, (v) => v[k]);
    rollUpOk(`I-07 T13.${k}`, t13, (v) => v[k]);
  }
  for (const v of everyRow(t03)) eq("I-08", v.total, sum([v.basic, v.project, v.toSuperior, v.operatingExp, v.toAffiliated]));
  // I-09…I-13 (T04)
  const i4 = t04.income;
  const e4 = t04.expenditure;
  eq("I-09 本年收入合计", i4.total, i4.gpb + i4.gfb + i4.socb);
  eq("I-09 年初", i4.opening.total, i4.opening.gpb + i4.opening.gfb + i4.opening.socb);
  for (const v of [...e4.classes.map((c) => c.values), e4.total, e4.closing, e4.grandTotal]) eq("I-10", v.total, v.gpb + v.gfb + v.socb);
  for (const v of everyRow(t05)) eq("I-10 T05", v.total, v.gpb + v.gfb + v.socb);
  for (const k of ["total", "gpb", "gfb", "socb"] as const) {
    eq(`I-11 ${k}`, e4.total[k], sum(e4.classes.map((c) => c.values[k])));
    eq(`I-12b ${k}`, e4.grandTotal[k], e4.total[k] + e4.closing[k]);
  }
  eq("I-12a", i4.grandTotal, i4.total + i4.opening.total);
  eq("I-12c", i4.grandTotal, e4.grandTotal.total);
  for (const k of ["gpb", "gfb", "socb"] as const) eq(`I-13 ${k}`, i4.opening[k] + i4[k], e4.total[k] + e4.closing[k]);
  // I-14
  for (const t of [t06, t07, t14]) for (const v of everyRow(t)) eq("I-14", v.total, v.basic + v.project);
  for (const t of [t11, t13]) for (const v of everyRow(t)) eq("I-14 fund", v.expTotal, v.basic + v.project);
  // I-15 (T08: class = Σ 款 per panel, panel totals)
  const panel = (name: string, rows: readonly CodedRow<Cents>[], total: Cents): void => {
    rollUpOk(`I-15 ${name}`, { total, rows }, (v) => v);
  };
  panel("人员经费", t08.personnel, t08.personnelTotal);
  panel("公用经费", t08.publicFunds, t08.publicFundsTotal);
  // I-16, I-17
  for (const sg of [t10, t12]) {
    for (const v of [sg.budget, sg.actual]) {
      eq("I-16 total", v.total, v.abroad + v.vehicle + v.reception);
      eq("I-16 vehicle", v.vehicle, v.vehiclePurchase + v.vehicleOperation);
    }
    eq("I-17", sg.actual.reception, sg.receptionDomestic + sg.receptionForeign);
  }
  // I-18
  for (const t of [t11, t13]) for (const v of everyRow(t)) eq("I-18", v.opening + v.income - v.expTotal, v.closing);

  // X-01…X-06
  eq("X-01", i1.total, t02.total.total);
  eq("X-02 fiscal", i1.gpb + i1.gfb + i1.socb, t02.total.fiscal);
  for (const k of ["superior", "business", "operating", "affiliated", "other"] as const) eq(`X-02 ${k}`, i1[k], t02.total[k]);
  eq("X-03", e1.total, t03.total.total);
  const t03ByCode = byCode(t03);
  for (const c of e1.classes) eq(`X-04 ${c.code}`, c.values, t03ByCode.get(c.code)?.total ?? 0);
  eq("X-05", t02.total.fiscal, i4.total);
  for (const k of ["gpb", "gfb", "socb"] as const) eq(`X-06 ${k}`, i1[k], i4[k]);
  //
  le("X-07 年初", i4.opening.total, i1.opening);
  le("X-07 年末", e4.closing.total, e1.closing);
  le("X-07 总计", i4.grandTotal, i1.grandTotal);
  le("X-07 本年支出合计", e4.total.total, e1.total);
  for (const c of e4.classes) le(`X-07 ${c.code}`, c.values.total, t03ByCode.get(c.code)?.total ?? 0);
  // X-08…X-14
  const t06ByCode = byCode(t06);
  eq("X-08 合计", e4.total.gpb, t06.total.total);
  for (const c of e4.classes) eq(`X-08 ${c.code}`, c.values.gpb, t06ByCode.get(c.code)?.total ?? 0);
  for (const k of ["total", "gpb", "gfb", "socb"] as const) eq(`X-09 ${k}`, t05.total[k], e4.total[k]);
  const t05ByCode = byCode(t05);
  for (const c of e4.classes) eq(`X-09 ${c.code}`, c.values.total, t05ByCode.get(c.code)?.total ?? 0);
  for (const r of t05.rows) eq(`X-10 ${r.code}`, r.values.gpb, t06ByCode.get(r.code)?.total ?? 0);
  for (const r of t06.rows) eq(`X-10 ${r.code}`, t05ByCode.get(r.code)?.gpb ?? 0, r.values.total);
  for (const k of ["total", "basic", "project"] as const) eq(`X-11 ${k}`, t07.total[k], t06.total[k]);
  eq("X-12", t06.total.basic, t08.personnelTotal + t08.publicFundsTotal);
  eq("X-13", t06.total.project, t09.total);
  const t09ByCode = byCode(t09);
  for (const r of t06.rows) eq(`X-13 ${r.code}`, r.values.project, t09ByCode.get(r.code) ?? 0);
  for (const r of t09.rows) eq(`X-13 ${r.code}`, t06ByCode.get(r.code)?.project ?? 0, r.values);
  // X-22 (fiscal ≤ total per 款/项)
  for (const r of t05.rows) if (r.code.length > 3) le(`X-22 ${r.code}`, r.values.total, t03ByCode.get(r.code)?.total ?? 0);
  const t08ByCode = new Map([...t08.personnel, ...t08.publicFunds].map((r) => [r.code, r.values]));
  for (const r of t07.rows) eq(`X-14 ${r.code}`, r.values.basic, t08ByCode.get(r.code) ?? 0);
  // X-21 (inequalities of the 三公 items)
  const t07ByCode = byCode(t07);
  for (const [item, code] of Object.entries(SAN_GONG_LINKS) as [keyof typeof SAN_GONG_LINKS, string][]) {
    le(`X-15 ${code}`, t08ByCode.get(code) ?? 0, t10.actual[item]);
    le(`X-21 ${code}`, t10.actual[item], t07ByCode.get(code)?.total ?? 0);
  }
  le("X-16 T10", t10.actual.total, t06.total.total);
  le("X-16 T12", t12.actual.total, t11.total.expTotal);
  // X-17, X-18 (fund tables against T04's fund columns), X-19
  const fundTable = (name: string, t: CodedTable<FundFlowValues>, fund: "gfb" | "socb"): void => {
    eq(`${name} income`, t.total.income, i4[fund]);
    eq(`${name} expTotal`, t.total.expTotal, e4.total[fund]);
    eq(`${name} opening`, t.total.opening, i4.opening[fund]);
    eq(`${name} closing`, t.total.closing, e4.closing[fund]);
    const rows = byCode(t);
    for (const c of e4.classes) eq(`${name} ${c.code}`, rows.get(c.code)?.expTotal ?? 0, c.values[fund]);
  };
  fundTable("X-17", t11, "gfb");
  fundTable("X-18", t13, "socb");
  // X-23 (fund tables against T05's fund column, per code)
  for (const [t, fund] of [
    [t11, "gfb"],
    [t13, "socb"],
  ] as const) {
    const rows = byCode(t);
    for (const r of t.rows) eq(`X-23 ${fund} ${r.code}`, r.values.expTotal, t05ByCode.get(r.code)?.[fund] ?? 0);
    for (const r of t05.rows) eq(`X-23 ${fund} ${r.code}`, rows.get(r.code)?.expTotal ?? 0, r.values[fund]);
  }
  const t13ByCode = byCode(t13);
  for (const v of [{ code: "合计", values: t14.total }, ...t14.rows]) {
    const flow = v.code === "合计" ? t13.total : t13ByCode.get(v.code);
    eq(`X-19 ${v.code} total`, v.values.total, flow?.expTotal ?? 0);
    eq(`X-19 ${v.code} basic`, v.values.basic, flow?.basic ?? 0);
    eq(`X-19 ${v.code} project`, v.values.project, flow?.project ?? 0);
  }
  // X-20: a fund table is empty exactly when T04's column is all zero.
  const fundZero = (k: "gfb" | "socb"): boolean => i4[k] === 0 && i4.opening[k] === 0 && e4.total[k] === 0 && e4.closing[k] === 0;
  const tableEmpty = (t: CodedTable<FundFlowValues>): boolean => everyRow(t).every((v) => Object.values(v).every((x) => x === 0));
  if (fundZero("gfb") !== tableEmpty(t11)) gaps.push("X-20 T11 vs T04 gfb");
  if (fundZero("socb") !== tableEmpty(t13)) gaps.push("X-20 T13 vs T04 socb");
  return gaps;
}
