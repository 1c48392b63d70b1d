import type { Amount, Unit } from "../amounts";
import type { CellRef } from "../cells";
import type { TableId } from "./table-ids";

/** Amount column roles (tables.md §2). */
export type AmountRole =
  | "amount"
  | "total"
  | "fiscal"
  | "superior"
  | "business"
  | "operating"
  | "affiliated"
  | "other"
  | "basic"
  | "project"
  | "toSuperior"
  | "operatingExp"
  | "toAffiliated"
  | "gpb"
  | "gfb"
  | "socb"
  | "opening"
  | "income"
  | "expTotal"
  | "closing"
  | "budget"
  | "actual";

export type ColumnRole = AmountRole | "label" | "lineNo" | "code" | "codeClass" | "codeSection" | "codeItem" | "name" | "breakdown";

/**
 * A column that splits a row's figure further than the table-wide roles do: an 经济分类 class or
 * 款 across the columns (T09 printed by economic class, T07 as a 功能 × 经济 matrix), or one
 * fund's 基本支出 / 项目支出 (T05 split per fund). Each row's breakdown amounts add up to `of`.
 */
export interface BreakdownColumn {
  /** "econ:302" (经济分类 code) or "gpb:basic" (fund : part). */
  readonly key: string;
  readonly kind: "economic" | "fundPart";
  /** The row figure the breakdown columns of one kind add up to ("total", or the fund "gpb"). */
  readonly of: AmountRole;
  /** How a message names the column ("302 商品和服务支出", "一般公共预算财政拨款 基本支出"). */
  readonly label: string;
  readonly col: number;
}

export interface ColumnInfo {
  readonly col: number;
  readonly role: ColumnRole;
  /** Header texts from top to bottom, merges expanded ("本年支出 › 合计"). */
  readonly path: readonly string[];
  /** Panel for side-by-side tables: "income"/"expenditure" (T01, T04), "personnel"/"public" (T08). */
  readonly panel?: string;
  /** For role "breakdown": what the column holds. */
  readonly breakdown?: BreakdownColumn;
}

export type AmountValues = Partial<Record<AmountRole, Amount>>;

export interface TableNote {
  readonly text: string;
  readonly ref: CellRef;
  /** A template's instruction to the preparer left in the table (e.g. "…仍保留该表格式，并在本表下方作下述说明："). */
  readonly instruction?: boolean;
}

interface TableBase {
  readonly id: TableId;
  readonly sheet: string;
  /** Title as written in the workbook. */
  readonly title: string;
  readonly titleRef: CellRef;
  /** The 公开NN表 / 附表N label if present ("公开05表"). */
  readonly numberLabel: string | null;
  readonly unit: Unit | null;
  readonly unitRef: CellRef | null;
  /** 编制单位 text, if the table states it. */
  readonly unitName: string | null;
  readonly columns: readonly ColumnInfo[];
  readonly notes: readonly TableNote[];
  /** An emptiness statement (故本表无数据, 本表为空表, 无此项…). */
  readonly emptyStatement: TableNote | null;
  /** Every amount the table holds, for hygiene rules (I-19, I-20) and C-04. */
  readonly amounts: readonly Amount[];
}

/** A row of a label-row table (T01, T04). */
export interface LabelRow {
  /** Normalised label: ordinals, spaces and 支出-panel prefixes stripped ("一般公共服务支出"). */
  readonly label: string;
  readonly rawLabel: string;
  readonly ref: CellRef;
  /**
   * T04 income panel: "opening" for the three fund sub-rows after 年初财政拨款结转和结余;
   * otherwise "main".
   */
  readonly section: "main" | "opening";
  /** 3-digit 功能分类 class code for expenditure class rows, from the codebook. */
  readonly classCode: string | null;
  readonly values: AmountValues;
}

/** T01 收入支出决算总表 and T04 财政拨款收入支出决算总表. */
export interface SummaryTable extends TableBase {
  readonly kind: "summary";
  readonly income: readonly LabelRow[];
  readonly expenditure: readonly LabelRow[];
}

export type CodeLevel = "class" | "section" | "item";

export interface CodeRow {
  /** 3, 5 or 7 digits (功能分类) or 3, 5 (经济分类); null for the 合计 row. */
  readonly code: string | null;
  readonly level: CodeLevel | "total";
  readonly name: string;
  /** Row index on the sheet (0-based). */
  readonly row: number;
  /** The code cell (or the name cell of a 合计 row): where a finding about the row jumps. */
  readonly ref: CellRef;
  readonly values: AmountValues;
  /** Amounts of the table's breakdown columns, by `BreakdownColumn.key`. */
  readonly breakdown?: Readonly<Record<string, Amount>>;
}

/** Code-row tables: T02, T03, T05, T06, T07, T09, T11, T13, T14. */
export interface CodeTable extends TableBase {
  readonly kind: "coded";
  readonly domain: "functional" | "economic" | "unknown";
  readonly rows: readonly CodeRow[];
  /** The 合计 row, if any. */
  readonly total: CodeRow | null;
  /** Breakdown columns (经济分类 columns, per-fund 基本/项目), in column order; absent when none. */
  readonly breakdowns?: readonly BreakdownColumn[];
}

export interface EconomicPanel {
  readonly rows: readonly CodeRow[];
  /** 人员经费合计 / 公用经费合计 footer. */
  readonly total: Amount | null;
}

/** T08 一般公共预算财政拨款基本支出决算表: 人员经费 | 公用经费 panels. */
export interface BasicExpenditureTable extends TableBase {
  readonly kind: "basic";
  readonly personnel: EconomicPanel;
  readonly publicFunds: EconomicPanel;
  /** 基本支出合计, when the table has such a row. */
  readonly basicTotal: Amount | null;
}

export type SanGongItem = "sgTotal" | "abroad" | "vehicle" | "vehiclePurchase" | "vehicleOperation" | "reception" | "receptionDomestic" | "receptionForeign";

export type SanGongStat =
  | "abroadGroups"
  | "abroadPersons"
  | "vehiclesBought"
  | "vehicleFleet"
  | "receptionDomesticBatches"
  | "receptionDomesticPersons"
  | "receptionForeignBatches"
  | "receptionForeignPersons";

export interface CountValue {
  readonly value: number;
  readonly ref: CellRef;
}

/** T10 / T12 三公 tables, horizontal (variant A) or vertical (variant B). */
export interface SanGongTable extends TableBase {
  readonly kind: "sangong";
  readonly variant: "horizontal" | "vertical";
  readonly items: Partial<Record<SanGongItem, { readonly budget?: Amount; readonly actual?: Amount }>>;
  readonly stats: Partial<Record<SanGongStat, CountValue>>;
}

export type AnyTable = SummaryTable | CodeTable | BasicExpenditureTable | SanGongTable;

export interface TableKinds {
  T01: SummaryTable;
  T02: CodeTable;
  T03: CodeTable;
  T04: SummaryTable;
  T05: CodeTable;
  T06: CodeTable;
  T07: CodeTable;
  T08: BasicExpenditureTable;
  T09: CodeTable;
  T10: SanGongTable;
  T11: CodeTable;
  T12: SanGongTable;
  T13: CodeTable;
  T14: CodeTable;
}

export type FormatFamily = "sichuan14" | "sichuan13" | "central9" | "unknown";

export type IssueSeverity = "error" | "warning" | "info";

/** A problem met while reading: data, in Chinese, with the cells to look at. */
export interface LoadIssue {
  /** Stable code, e.g. "table-missing", "text-in-number", "unit-missing". */
  readonly code: string;
  readonly severity: IssueSeverity;
  readonly message: string;
  readonly cells: readonly CellRef[];
  readonly table?: TableId;
}

export interface Workbook {
  readonly family: FormatFamily;
  readonly tables: Partial<TableKinds>;
  /** Tables the family publishes (C-01 checks these are present). */
  readonly expected: readonly TableId[];
  /** Tables the family does not have: rules needing them are n/a, not findings. */
  readonly absentByFormat: readonly TableId[];
  /** The unit most tables state (null when none states one). */
  readonly unit: Unit | null;
  /** 编制单位 of T01 (or the first table that states one). */
  readonly unitName: string | null;
  readonly issues: readonly LoadIssue[];
  /** Every sheet name in workbook order (C-02 checks the tables' order against the family's). */
  readonly sheetOrder: readonly string[];
  /** Sheets that hold no recognised table (other than the add-in's own and 补充信息). */
  readonly unrecognisedSheets: readonly string[];
  /** T10's scope: all 财政拨款 when its title lacks 一般公共预算 (rules X-16). */
  readonly sanGongScope: "gpb" | "allFiscal";
}
