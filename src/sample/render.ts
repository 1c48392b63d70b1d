/** Writes a laid-out block into an exceljs worksheet, at an offset, with the report styling. */
import type { Worksheet } from "exceljs";
import type { Block } from "./block";
import { cellValue, type CellFormatOptions } from "./cell-values";
import { ROW_STYLES } from "./style";

export interface Offset {
  readonly rows: number;
  readonly cols: number;
}

export function renderBlock(ws: Worksheet, block: Block, format: CellFormatOptions, offset: Offset): void {
  // exceljs rows and columns are 1-based.
  const row0 = offset.rows + 1;
  const col0 = offset.cols + 1;
  block.columnWidths.forEach((w, c) => {
    ws.getColumn(col0 + c).width = w;
  });
  block.rows.forEach((spec, r) => {
    const style = ROW_STYLES[spec.kind];
    const row = ws.getRow(row0 + r);
    if (style.height) row.height = style.height;
    spec.cells.forEach((cellSpec, c) => {
      // Title, label, meta and note rows are unboxed: only their filled cells get a style.
      if (!cellSpec && !style.border) return;
      const cell = row.getCell(col0 + c);
      cell.font = style.font;
      cell.alignment = { ...style.alignment, ...(cellSpec?.kind === "text" && cellSpec.align ? { horizontal: cellSpec.align } : {}) };
      if (cellSpec?.kind === "amount") cell.alignment = { ...cell.alignment, horizontal: "right" };
      if (style.border) cell.border = style.border;
      if (style.fill) cell.fill = style.fill;
      if (!cellSpec) return;
      const v = cellValue(cellSpec, format);
      if (v.value !== null) cell.value = v.value;
      if (v.numFmt) cell.numFmt = v.numFmt;
    });
  });
  for (const m of block.merges) ws.mergeCells(row0 + m.top, col0 + m.left, row0 + m.bottom, col0 + m.right);
  for (const r of block.hiddenRows ?? []) ws.getRow(row0 + r).hidden = true;
  for (const c of block.hiddenColumns ?? []) ws.getColumn(col0 + c).hidden = true;
}
