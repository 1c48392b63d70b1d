/**
 * How the sample tables look: 宋体 throughout, a large bold title, bold centred headers, thin
 * borders around the header and body, #,##0.00 amounts — the look of a 部门决算 software export.
 */
import type { Alignment, Borders, Fill, Font } from "exceljs";
import type { RowKind } from "./block";

export const AMOUNT_FORMAT = "#,##0.00";
export const COUNT_FORMAT = "0";
export const TEXT_FORMAT = "@";

const FONT_NAME = "宋体";
const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

export interface RowStyle {
  readonly font: Partial<Font>;
  readonly border?: Partial<Borders>;
  readonly fill?: Fill;
  readonly alignment: Partial<Alignment>;
  /** Row height in points; undefined = Excel's default. */
  readonly height?: number;
}

const body: RowStyle = { font: { name: FONT_NAME, size: 10 }, border: BORDER, alignment: { vertical: "middle" } };

export const ROW_STYLES: Readonly<Record<RowKind, RowStyle>> = {
  title: { font: { name: FONT_NAME, size: 18, bold: true }, alignment: { horizontal: "center", vertical: "middle" }, height: 36 },
  label: { font: { name: FONT_NAME, size: 10 }, alignment: { horizontal: "right", vertical: "middle" } },
  meta: { font: { name: FONT_NAME, size: 10 }, alignment: { vertical: "middle" }, height: 20 },
  header: {
    font: { name: FONT_NAME, size: 10, bold: true },
    border: BORDER,
    fill: HEADER_FILL,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    height: 24,
  },
  columnNo: { font: { name: FONT_NAME, size: 10 }, border: BORDER, alignment: { horizontal: "center", vertical: "middle" } },
  data: body,
  total: { ...body, font: { name: FONT_NAME, size: 10, bold: true } },
  note: { font: { name: FONT_NAME, size: 9 }, alignment: { horizontal: "left", vertical: "top", wrapText: true }, height: 30 },
};
