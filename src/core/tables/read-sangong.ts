import type { Amount } from "../amounts";
import { readHeader, type DataRowTest, defaultDataRow, hasNumberCell } from "./header";
import type { CountValue, SanGongItem, SanGongStat, SanGongTable } from "./model";
import { normaliseLabel, normaliseText } from "./normalise";
import { isNoteText, ReadContext } from "./read-context";
import type { TableRegion } from "./recognise";
import { tableLabel } from "./table-ids";

/** Item of a 三公 header word or row label, most specific first. */
export function sanGongItemOf(text: string): SanGongItem | null {
  const t = normaliseText(text);
  if (/国内公务接待|国内接待/.test(t)) return "receptionDomestic";
  if (/外事接待|国（境）外公务接待|国外公务接待/.test(t)) return "receptionForeign";
  if (/因公出国/.test(t)) return "abroad";
  if (/购置及运行/.test(t)) return "vehicle";
  if (/公务用车运行|运行维护费|公务用车运行费/.test(t)) return "vehicleOperation";
  if (/公务用车购置/.test(t)) return "vehiclePurchase";
  if (/公务接待/.test(t)) return "reception";
  if (/^(支出)?合计$|三公经费|^支出合计/.test(t)) return "sgTotal";
  return null;
}

function statOf(label: string): SanGongStat | null {
  const t = normaliseText(label);
  if (/出国.*团组/.test(t)) return "abroadGroups";
  if (/出国.*(人数|人次)/.test(t)) return "abroadPersons";
  if (/购置(数|车辆数)/.test(t)) return "vehiclesBought";
  if (/保有量/.test(t)) return "vehicleFleet";
  if (/国内.*批次/.test(t)) return "receptionDomesticBatches";
  if (/国内.*(人次|人数)/.test(t)) return "receptionDomesticPersons";
  if (/(外事|国（境）外).*批次/.test(t)) return "receptionForeignBatches";
  if (/(外事|国（境）外).*(人次|人数)/.test(t)) return "receptionForeignPersons";
  return null;
}

type Slot = "budget" | "actual";

function slotOf(text: string): Slot | null {
  if (text.includes("预算")) return "budget";
  if (text.includes("决算") || text === "金额") return "actual";
  return null;
}

/** Reads T10 / T12, horizontal (items across the header) or vertical (items down the rows). */
export function readSanGongTable(region: TableRegion): { table: SanGongTable; ctx: ReadContext } {
  const g = region.grid;
  const horizontalProbe = (): boolean => {
    for (let r = region.titleRow + 1; r <= Math.min(region.endRow, region.titleRow + 7); r++) {
      let items = 0;
      for (let c = g.left; c <= g.right; c++) if (/因公出国|公务接待/.test(g.norm(r, c))) items++;
      if (items >= 2) return true;
    }
    return false;
  };
  const horizontal = horizontalProbe();
  // In variant A the header itself says 合计, so only numbers mark the data row.
  const isData: DataRowTest = horizontal ? hasNumberCell : (grid, row) => {
    for (let c = grid.left; c <= grid.right; c++) if (sanGongItemOf(normaliseLabel(grid.text(row, c))) || statOf(grid.text(row, c))) return true;
    return defaultDataRow(grid, row);
  };
  const header = readHeader(region, isData);
  const ctx = new ReadContext(region, header);
  const items: Partial<Record<SanGongItem, { budget?: Amount; actual?: Amount }>> = {};
  const stats: Partial<Record<SanGongStat, CountValue>> = {};
  const set = (item: SanGongItem, slot: Slot, a: Amount): void => {
    const cur = (items[item] ??= {});
    cur[slot] ??= a;
  };
  if (horizontal) {
    let dataRow = -1;
    for (let r = header.dataStart; r <= region.endRow && dataRow < 0; r++) if (hasNumberCell(g, r)) dataRow = r;
    for (const col of header.columns) {
      const leaf = col.path[col.path.length - 1] ?? "";
      const slot = slotOf(leaf) ?? "actual";
      let item: SanGongItem | null = null;
      for (let i = col.path.length - 1; i >= 0 && !item; i--) {
        const word = col.path[i]!;
        if (word === "小计" || slotOf(word)) continue;
        item = sanGongItemOf(word);
      }
      if (item && dataRow >= 0) set(item, slot, ctx.amount(dataRow, col.col));
    }
    if (dataRow < 0 && !ctx.collectNotes(header.dataStart).emptyStatement) ctx.issue("no-data-row", "info", `${tableLabel(region.id)} 没有数据行。`, [ctx.ref(header.headerBottom, g.left)]);
  } else {
    const slots = header.columns
      .map((c) => ({ col: c.col, slot: slotOf(c.path[c.path.length - 1] ?? "") }))
      .filter((s): s is { col: number; slot: Slot } => s.slot !== null);
    const labelCol = header.columns.find((c) => /项目|名称/.test(c.path.join("")))?.col ?? g.left;
    let inStats = false;
    for (let r = header.dataStart; r <= region.endRow; r++) {
      const raw = g.text(r, labelCol);
      if (!raw || isNoteText(raw)) continue;
      const label = normaliseLabel(raw);
      if (/统计数/.test(label)) {
        inStats = true;
        continue;
      }
      const stat = statOf(label);
      if (stat && (inStats || !sanGongItemOf(label))) {
        const col = slots.find((s) => s.slot === "actual")?.col ?? slots[0]?.col ?? labelCol + 1;
        const v = g.value(r, col);
        const n = typeof v === "number" ? v : Number(String(v ?? "0").replace(/[^\d.]/g, "") || "0");
        stats[stat] = { value: n, ref: ctx.ref(r, col) };
        continue;
      }
      const item = sanGongItemOf(label);
      if (!item) continue;
      for (const s of slots) set(item, s.slot, ctx.amount(r, s.col));
    }
  }
  const table: SanGongTable = {
    kind: "sangong",
    ...ctx.base([]),
    variant: horizontal ? "horizontal" : "vertical",
    items,
    stats,
  };
  return { table, ctx };
}
