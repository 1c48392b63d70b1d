/** Layout options of the sample workbook: each one is a variant the table reader must handle. */
export type SheetNaming = "label" | "fujian" | "arbitrary";
export type TableFamily = "sichuan14" | "sichuan13" | "central9";

export interface SampleOptions {
  /**
   * Sheet names: "label" = 公开01表… (central9: 表1…), "fujian" = 附表1…, "arbitrary" = names
   * that say nothing about the table (Sheet1, 数据2 …), so only titles can identify tables.
   */
  readonly sheetNames: SheetNaming;
  /** Write the 公开NN表 number label at the top right. false = no label anywhere on the sheet. */
  readonly titleLabel: boolean;
  /** Amounts as text ("2,142.76") and zeros as "-", as some exports and hand-made sheets do. */
  readonly amountsAsText: boolean;
  /** 金额单位: 元 multiplies every amount by 10 000 (2 decimals kept). */
  readonly unit: "万元" | "元";
  /** "split" = 类 | 款 | 项 cells ("201" | "03" | "01"); "whole" = one 7-digit (or 5-digit) cell. */
  readonly codes: "split" | "whole";
  /** Write code parts as numbers (款 "03" becomes 3, losing its zero, as real sheets sometimes do). */
  readonly numericCodeParts: boolean;
  /** Prefix names with their code: "2010301 行政运行". */
  readonly codePrefixedNames: boolean;
  /** Blank rows above and blank columns left of every table (used range starts lower right). */
  readonly padding: { readonly rows: number; readonly cols: number };
  /** Table set: Sichuan 14 tables (2021), Sichuan 13 tables (2024), central/Shanghai 9 tables. */
  readonly family: TableFamily;
  /** “三公” table: A = items across the header, one data row; B = items down the rows + 统计数. */
  readonly sanGongLayout: "horizontal" | "vertical";
  /** Add the 补充信息 sheet. */
  readonly supplementary: boolean;
  /** Zero detail cells: blank (most exports) or 0.00. Totals and “三公” amounts always show 0.00. */
  readonly zeroStyle: "blank" | "zero";
  /**
   * T11/T13: 合计 | 基本支出 | 项目支出 of 本年支出 under their group header ("header"), or
   * printed in the 合计 row instead of its 本年支出 amounts ("totalRow", the Shanghai 2024 template).
   */
  readonly fundSubHeaders: "header" | "totalRow";
  /** T09: one 合计 column, or 本年支出 › 合计 | 商品和服务支出 | 对个人和家庭的补助 | 资本性支出 | 其他支出. */
  readonly t09Columns: "total" | "economic";
  /** T07: 经济分类 rows × 合计 | 基本 | 项目, or 功能分类 rows × 经济分类 class columns (matrix). */
  readonly t07Layout: "economic" | "matrix";
  /** T05: 合计 and one column per fund, or each fund split into 小计 | 基本支出 | 项目支出. */
  readonly t05Columns: "funds" | "fundParts";
  /** Words over the code column: 科目编码, 功能分类科目编码 (经济分类… for economic rows), or 功能分类 / 经济分类 alone. */
  readonly codeHeaderWording: "科目编码" | "分类科目编码" | "分类";
  /** Where coded tables print their 合计 row: as the template does (T06 last, others first), or always after the details. */
  readonly totalRows: "template" | "last";
  /** Decimals of the amount cells: 2, 4 (万元 to the 元, some provinces) or 0 (whole 元; only with unit 元). */
  readonly decimals: 0 | 2 | 4;
  /**
   * The 栏次 row (Sichuan families): labelled 栏次 with 1, 2, 3…, or "bare" — no word 栏次 (甲 | 乙
   * over code and name in coded tables), the numbers formatted like amounts (1.00).
   */
  readonly columnNumberRow: "栏次" | "bare";
  /**
   * T06 gets a hidden copy of its first 项 row and a hidden 上年数 column before its amounts, as working
   * files do: the reader must leave both out (they are not printed) and say so.
   */
  readonly hiddenRowsAndColumns: boolean;
  /** T06 continued on a second sheet "…（续）" after its first rows (title, unit line and header repeated). */
  readonly continuedTable: boolean;
}

export const DEFAULT_SAMPLE_OPTIONS: SampleOptions = {
  sheetNames: "label",
  titleLabel: true,
  amountsAsText: false,
  unit: "万元",
  codes: "split",
  numericCodeParts: false,
  codePrefixedNames: false,
  padding: { rows: 0, cols: 0 },
  family: "sichuan14",
  sanGongLayout: "horizontal",
  supplementary: true,
  zeroStyle: "blank",
  fundSubHeaders: "header",
  t09Columns: "total",
  t07Layout: "economic",
  t05Columns: "funds",
  codeHeaderWording: "科目编码",
  totalRows: "template",
  decimals: 2,
  columnNumberRow: "栏次",
  hiddenRowsAndColumns: false,
  continuedTable: false,
};

export function resolveOptions(options: Partial<SampleOptions> = {}): SampleOptions {
  const o = { ...DEFAULT_SAMPLE_OPTIONS, ...options };
  if (o.padding.rows < 0 || o.padding.cols < 0 || !Number.isInteger(o.padding.rows) || !Number.isInteger(o.padding.cols)) {
    throw new Error(`padding must be whole non-negative numbers: ${JSON.stringify(o.padding)}`);
  }
  // The figures are in 0.01 万元: whole 万元 would lose them, whole 元 does not.
  if (o.decimals === 0 && o.unit !== "元") throw new Error("decimals 0 needs unit 元");
  return o;
}
