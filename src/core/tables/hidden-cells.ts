import { cellRef, columnLetters, type CellRef } from "../cells";
import { rawValueAt } from "../raw-sheet";
import type { LoadIssue } from "./model";
import type { TableRegion } from "./recognise";
import { tableLabel } from "./table-ids";

const MAX_LISTED = 6;

/**
 * Hidden rows and columns are not printed, so the reader leaves them out of the table (Grid reads
 * them as empty). When they hold something inside a table, say so once, with where and what to do:
 * a hidden 项 is a common way a disclosure comes to disagree with its own workbook.
 */
export function hiddenCellsIssue(region: TableRegion): LoadIssue | null {
  const { grid } = region;
  const sheet = grid.sheet;
  const rows = new Set(sheet.hiddenRows ?? []);
  const cols = new Set(sheet.hiddenCols ?? []);
  if (rows.size === 0 && cols.size === 0) return null;
  const filled = (r: number, c: number): boolean => {
    const v = rawValueAt(sheet, r, c);
    return v !== null && String(v).trim() !== "";
  };
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  const cells: CellRef[] = [];
  for (let r = region.titleRow; r <= region.endRow; r++) {
    if (!rows.has(r)) continue;
    for (let c = grid.left; c <= grid.right; c++) {
      if (filled(r, c)) {
        hiddenRows.push(r);
        cells.push(cellRef(grid.name, r, c));
        break;
      }
    }
  }
  for (const c of [...cols].sort((a, b) => a - b)) {
    for (let r = region.titleRow; r <= region.endRow; r++) {
      if (!rows.has(r) && filled(r, c)) {
        hiddenCols.push(c);
        cells.push(cellRef(grid.name, r, c));
        break;
      }
    }
  }
  if (cells.length === 0) return null;
  const list = (xs: string[]): string => (xs.length > MAX_LISTED ? `${xs.slice(0, MAX_LISTED).join("、")} 等 ${xs.length} ` : xs.join("、"));
  const parts = [
    ...(hiddenRows.length > 0 ? [`第 ${list(hiddenRows.map((r) => String(r + 1)))} 行`] : []),
    ...(hiddenCols.length > 0 ? [`${list(hiddenCols.map(columnLetters))} 列`] : []),
  ];
  return {
    code: "hidden-cells",
    severity: "info",
    table: region.id,
    message: `${tableLabel(region.id)}（工作表“${grid.name}”）${parts.join(" 和 ")}已隐藏且有内容，未读取：隐藏的行、列不会出现在打印或导出的公开表中。如果其中的内容应当公开，请取消隐藏后重新校验。`,
    cells,
  };
}
