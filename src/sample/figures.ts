/**
 * The figures a sample workbook is built from, shaped like the tables themselves: every cell a
 * table prints (class, 款 and 合计 rows included) is a stored figure. Keeping the totals explicit,
 * rather than letting the builder sum them, lets a figure set carry the rounding gaps of a real
 * disclosure (the `published` 2021 set) and lets tests or defect fixtures change one cell.
 *
 * Amounts are integers of 0.01 万元 ("cents"), so every tie can be checked exactly.
 */

/** An amount in 0.01 万元: 2142.76 万元 = 214276. */
export type Cents = number;

/** One row of a coded table: a 功能分类 (3/5/7 digits) or 经济分类 (3/5 digits) code. */
export interface CodedRow<V> {
  readonly code: string;
  readonly name: string;
  readonly values: V;
}

/** A coded table: the 合计 row and the 类/款/项 rows in display order. */
export interface CodedTable<V> {
  readonly total: V;
  readonly rows: readonly CodedRow<V>[];
}

/** T02 收入决算表 columns (tables.md §3 T02). */
export interface IncomeValues {
  readonly total: Cents;
  readonly fiscal: Cents;
  readonly superior: Cents;
  readonly business: Cents;
  readonly operating: Cents;
  readonly affiliated: Cents;
  readonly other: Cents;
}

/** T03 支出决算表 columns. */
export interface ExpenditureValues {
  readonly total: Cents;
  readonly basic: Cents;
  readonly project: Cents;
  readonly toSuperior: Cents;
  readonly operatingExp: Cents;
  readonly toAffiliated: Cents;
}

/** The three 财政拨款 funds and their total (T04 expenditure panel, T05). */
export interface FundValues {
  readonly total: Cents;
  readonly gpb: Cents;
  readonly gfb: Cents;
  readonly socb: Cents;
}

/** 合计 | 基本支出 | 项目支出 (T06, T07, T14). */
export interface BasicProjectValues {
  readonly total: Cents;
  readonly basic: Cents;
  readonly project: Cents;
}

/** T11/T13 columns: carry-overs, income and the 本年支出 block. */
export interface FundFlowValues {
  readonly opening: Cents;
  readonly income: Cents;
  readonly expTotal: Cents;
  readonly basic: Cents;
  readonly project: Cents;
  readonly closing: Cents;
}

/** One side (预算数 or 决算数) of a “三公” table. */
export interface SanGongValues {
  readonly total: Cents;
  readonly abroad: Cents;
  /** 公务用车购置及运行维护费 = purchase + operation. */
  readonly vehicle: Cents;
  readonly vehiclePurchase: Cents;
  readonly vehicleOperation: Cents;
  readonly reception: Cents;
}

export interface SanGongFigures {
  readonly budget: SanGongValues;
  readonly actual: SanGongValues;
  /** 公务接待费 split for the vertical layout (I-17): 国内 + 外事 = reception.actual. */
  readonly receptionDomestic: Cents;
  readonly receptionForeign: Cents;
  /** 相关统计数 of the vertical layout (variant B); counts. */
  readonly stats: SanGongStats;
  /** Emptiness statement, set when the table has no data (T12). */
  readonly emptyNote?: string;
}

export interface SanGongStats {
  readonly abroadGroups: number;
  readonly abroadPersons: number;
  readonly vehiclesBought: number;
  readonly vehicleFleet: number;
  readonly domesticReceptionBatches: number;
  readonly domesticReceptionPersons: number;
  readonly foreignReceptionBatches: number;
  readonly foreignReceptionPersons: number;
}

/** A T01/T04 expenditure-panel class row: label = class name + 支出. */
export interface ClassLine<V> {
  readonly code: string;
  readonly label: string;
  readonly values: V;
}

/** T01 收入支出决算总表 (single amount column per panel). */
export interface SummaryFigures {
  readonly income: {
    readonly gpb: Cents;
    readonly gfb: Cents;
    readonly socb: Cents;
    readonly superior: Cents;
    readonly business: Cents;
    readonly operating: Cents;
    readonly affiliated: Cents;
    readonly other: Cents;
    /** 本年收入合计 */
    readonly total: Cents;
    /** 使用非财政拨款结余 */
    readonly usedNonFiscalBalance: Cents;
    /** 年初结转和结余 */
    readonly opening: Cents;
    /** 总计 */
    readonly grandTotal: Cents;
  };
  readonly expenditure: {
    /** The full class list of the year's codebook, zero rows included. */
    readonly classes: readonly ClassLine<Cents>[];
    /** 本年支出合计 */
    readonly total: Cents;
    /** 结余分配 */
    readonly surplusAllocation: Cents;
    /** 年末结转和结余 */
    readonly closing: Cents;
    readonly grandTotal: Cents;
  };
}

/** T04 财政拨款收入支出决算总表. */
export interface FiscalSummaryFigures {
  readonly income: {
    readonly gpb: Cents;
    readonly gfb: Cents;
    readonly socb: Cents;
    readonly total: Cents;
    /** 年初财政拨款结转和结余 and its three fund sub-rows (in `total` and the fund fields). */
    readonly opening: FundValues;
    readonly grandTotal: Cents;
  };
  readonly expenditure: {
    readonly classes: readonly ClassLine<FundValues>[];
    readonly total: FundValues;
    /** 年末财政拨款结转和结余 */
    readonly closing: FundValues;
    readonly grandTotal: FundValues;
  };
}

/** T08: 人员经费 (301, 303) and 公用经费 (302, 310 …) panels, class and 款 rows in code order. */
export interface BasicExpenditureFigures {
  readonly personnel: readonly CodedRow<Cents>[];
  readonly personnelTotal: Cents;
  readonly publicFunds: readonly CodedRow<Cents>[];
  readonly publicFundsTotal: Cents;
}

/** A coded table that may be published empty with an emptiness statement. */
export interface OptionalTable<V> extends CodedTable<V> {
  readonly emptyNote?: string;
}

/** One row of the 补充信息 sheet (narrative.md §2, canonical labels). */
export interface SupplementaryEntry {
  readonly label: string;
  readonly value: SupplementaryValue;
  /** Free text for the 说明 column (the reader ignores it). */
  readonly remark?: string;
}

export type SupplementaryValue =
  | { readonly kind: "amount"; readonly cents: Cents }
  | { readonly kind: "count"; readonly n: number }
  | { readonly kind: "text"; readonly text: string };

export interface SampleFigures {
  readonly year: number;
  /** 编制单位 */
  readonly unitName: string;
  readonly t01: SummaryFigures;
  readonly t02: CodedTable<IncomeValues>;
  readonly t03: CodedTable<ExpenditureValues>;
  readonly t04: FiscalSummaryFigures;
  /** T05 by 功能分类 × fund. */
  readonly t05: CodedTable<FundValues>;
  readonly t06: CodedTable<BasicProjectValues>;
  /** T07 by 经济分类 类/款. */
  readonly t07: CodedTable<BasicProjectValues>;
  readonly t08: BasicExpenditureFigures;
  /** T09 项目支出 by 功能分类 (one amount column). */
  readonly t09: CodedTable<Cents>;
  readonly t10: SanGongFigures;
  readonly t11: OptionalTable<FundFlowValues>;
  readonly t12: SanGongFigures;
  readonly t13: OptionalTable<FundFlowValues>;
  readonly t14: OptionalTable<BasicProjectValues>;
  readonly supplementary: readonly SupplementaryEntry[];
}

/** "2142.76" or 2142.76 → 214276. Figures are written as decimals for readability. */
export function cents(value: number | string): Cents {
  const n = Math.round(Number(value) * 100);
  if (!Number.isFinite(n)) throw new Error(`not an amount: ${value}`);
  return n;
}
