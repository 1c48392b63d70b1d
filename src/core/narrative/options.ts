/** The narrative templates (templates/): Sichuan 14/13-table, Shanghai 2024 9-table. */
export type TemplateId = "sichuan" | "shanghai";

/** Generator options (narrative.md §1.4). All defaults are project decisions. */
export interface NarrativeOptions {
  /** Which template family to write; default from the workbook's family (templates/index.ts). */
  readonly template?: TemplateId;
  /** Always two decimals for amounts and percentages (689.90, 15.00%). Default off. */
  readonly keepTrailingZeros?: boolean;
  /** With keepTrailingZeros, a zero amount is still "0". Default off (the Shanghai template turns it on). */
  readonly plainZero?: boolean;
  /** List zero categories in 二, 三, 五（二） and the vehicle-use list of 十（三）. Default off. */
  readonly listZeroCategories?: boolean;
  /** Empty fund in 八/九: "absence" (…年度无…收入和支出。) or "amount" (…支出0万元。). Default absence. */
  readonly zeroFundStyle?: "absence" | "amount";
  /** Also write the example's "（图N：…）（柱状图）" lines. Default off. */
  readonly chartPlaceholderLines?: boolean;
  /** Append "因四舍五入，合计可能存在尾差" after a share list whose shares do not add to 100%. */
  readonly shareResidueNote?: boolean;
  /**
   * Demand a reason only where |Δ|/上年 reaches this fraction (0.1 = 10%). Default: every
   * increase or decrease asks for a reason, as the template does.
   */
  readonly reasonThreshold?: number | null;
  /** Overrides 单位名称 from 补充信息 and T01's 编制单位. */
  readonly unitName?: string;
  /** Overrides 决算年度 from 补充信息. */
  readonly year?: number;
  /**
   * Heading forms: "sichuan14" (七、“三公”经费财政拨款支出决算情况说明) or "sichuan13"
   * (七、财政拨款“三公”经费支出决算情况说明, Sichuan 2024). Default: from the workbook's family.
   */
  readonly headingStyle?: "sichuan14" | "sichuan13";
  /** Wording where the budget is 0 and no completion rate may be written (N-07). */
  readonly noBudgetWording?: string;
}

export interface ResolvedOptions {
  readonly keepTrailingZeros: boolean;
  readonly plainZero: boolean;
  readonly listZeroCategories: boolean;
  readonly zeroFundStyle: "absence" | "amount";
  readonly chartPlaceholderLines: boolean;
  readonly shareResidueNote: boolean;
  readonly reasonThreshold: number | null;
  readonly headingStyle: "sichuan14" | "sichuan13" | null;
  readonly noBudgetWording: string;
}

export function resolveOptions(o: NarrativeOptions): ResolvedOptions {
  return {
    keepTrailingZeros: o.keepTrailingZeros ?? false,
    plainZero: o.plainZero ?? false,
    listZeroCategories: o.listZeroCategories ?? false,
    zeroFundStyle: o.zeroFundStyle ?? "absence",
    chartPlaceholderLines: o.chartPlaceholderLines ?? false,
    shareResidueNote: o.shareResidueNote ?? false,
    reasonThreshold: o.reasonThreshold ?? null,
    headingStyle: o.headingStyle ?? null,
    noBudgetWording: o.noBudgetWording ?? "未安排预算",
  };
}
