/**
 * What a cell spec becomes in the worksheet: the stored value and its number format. Pure, so the
 * unit and text-amount variants can be tested without a workbook.
 */
import type { CellSpec } from "./block";
import type { SampleOptions } from "./options";
import { AMOUNT_FORMAT, COUNT_FORMAT, TEXT_FORMAT } from "./style";

export type CellFormatOptions = Pick<SampleOptions, "unit" | "amountsAsText" | "zeroStyle" | "numericCodeParts"> & { readonly decimals?: SampleOptions["decimals"] };

export interface CellValue {
  readonly value: string | number | null;
  readonly numFmt?: string;
}

/** 0.01 万元 → hundredths of the sheet's unit (元: × 10 000, so 2 decimals stay exact). */
function hundredths(cents: number, unit: CellFormatOptions["unit"]): number {
  return unit === "元" ? cents * 10_000 : cents;
}

/** 214276 → "2,142.76" (decimals 4: "2,142.7600"; 0: whole units), from integers so that no binary rounding shows. */
export function formatHundredths(h: number, decimals: 0 | 2 | 4 = 2): string {
  const abs = Math.abs(h);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = String(abs % 100).padStart(2, "0");
  const tail = decimals === 0 ? "" : `.${frac}${"0".repeat(decimals - 2)}`;
  return `${h < 0 ? "-" : ""}${int}${tail}`;
}

/** "#,##0.00", or with 4 or 0 decimals. */
export function amountFormat(decimals: 0 | 2 | 4 = 2): string {
  return decimals === 2 ? AMOUNT_FORMAT : decimals === 0 ? "#,##0" : "#,##0.0000";
}

export function cellValue(spec: CellSpec, o: CellFormatOptions): CellValue {
  switch (spec.kind) {
    case "text":
      return { value: spec.text };
    case "count":
      return { value: spec.n, numFmt: COUNT_FORMAT };
    case "ordinal":
      return spec.amountFormat ? { value: spec.n, numFmt: amountFormat(o.decimals) } : { value: spec.n };
    case "code":
      return o.numericCodeParts ? { value: Number(spec.code) } : { value: spec.code, numFmt: TEXT_FORMAT };
    case "amount": {
      const h = hundredths(spec.cents, o.unit);
      if (h === 0) {
        if (o.amountsAsText) return { value: "-" };
        return spec.keepZero || o.zeroStyle === "zero" ? { value: 0, numFmt: amountFormat(o.decimals) } : { value: null };
      }
      return o.amountsAsText ? { value: formatHundredths(h, o.decimals), numFmt: TEXT_FORMAT } : { value: h / 100, numFmt: amountFormat(o.decimals) };
    }
  }
}
