/**
 * A table continued on a second sheet, as long tables are when printed or exported page by page:
 * the first sheet keeps the title, header and the first rows; the second repeats the title with
 * （续）, the unit line and the header, then holds the remaining rows, the 合计 and the notes.
 */
import type { Block, BlockRow, CellSpec, Merge } from "./block";

function retitle(row: BlockRow): BlockRow {
  return { ...row, cells: row.cells.map((c): CellSpec | null => (c?.kind === "text" ? { ...c, text: `${c.text}（续）` } : c)) };
}

/** Splits after `dataRows` data rows (counted from the first data or total row). */
export function continueBlock(block: Block, dataRows: number): [Block, Block] {
  const head = block.rows.findIndex((r) => r.kind === "data" || r.kind === "total");
  if (head < 0) throw new Error("a table without data rows cannot be continued");
  const split = head + dataRows;
  if (split >= block.rows.length) throw new Error("nothing left for the continuation");
  const first: Block = {
    ...block,
    rows: block.rows.slice(0, split),
    merges: block.merges.filter((m) => m.bottom < split),
    hiddenRows: undefined,
  };
  const shift = head - split;
  const headerMerges = block.merges.filter((m) => m.bottom < head);
  const rest = block.merges.filter((m) => m.top >= split).map((m): Merge => ({ ...m, top: m.top + shift, bottom: m.bottom + shift }));
  const second: Block = {
    ...block,
    rows: [...block.rows.slice(0, head).map((r) => (r.kind === "title" ? retitle(r) : r)), ...block.rows.slice(split)],
    merges: [...headerMerges, ...rest],
    hiddenRows: undefined,
  };
  return [first, second];
}
