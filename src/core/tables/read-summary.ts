import { classCodeOfLabel } from "./codes";
import { readHeader, defaultDataRow, type DataRowTest } from "./header";
import { amountColumns, classifyColumns } from "./read-coded";
import { canonicalLabel, canonicalT01IncomeLabel, canonicalT04IncomeLabel, T01_INCOME, T04_INCOME } from "./labels";
import type { AmountValues, ColumnInfo, LabelRow, SummaryTable } from "./model";
import { normaliseLabel } from "./normalise";
import { isNoteText, ReadContext } from "./read-context";
import type { TableRegion } from "./recognise";
import { tableLabel } from "./table-ids";

const KNOWN_LABELS = new Set<string>([...Object.values(T01_INCOME), ...Object.values(T04_INCOME), "本年支出合计", "结余分配"]);

/** A T01/T04 data row starts with a known income label or carries an amount. */
const summaryDataRow: DataRowTest = (grid, row) => {
  // Only the first text cell counts: header cells such as 一般公共预算财政拨款 are also row labels.
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.text(row, c);
    if (!t) continue;
    const label = canonicalLabel(normaliseLabel(t));
    if (KNOWN_LABELS.has(label) || classCodeOfLabel(label)) return true;
    break;
  }
  return defaultDataRow(grid, row);
};

interface Panel {
  readonly name: "income" | "expenditure";
  readonly labelCol: number;
  readonly columns: ColumnInfo[];
}

/** Splits the columns into the side-by-side 收入 and 支出 panels (by group header, else position). */
function panelsOf(columns: readonly ColumnInfo[]): Panel[] {
  const labels = columns.filter((c) => c.role === "label");
  const byGroup = (word: string): ColumnInfo[] => columns.filter((c) => c.path.length > 1 && c.path[0]!.includes(word));
  const income = byGroup("收入");
  const spending = byGroup("支出");
  const make = (name: Panel["name"], cols: ColumnInfo[]): Panel | null => {
    const label = cols.find((c) => c.role === "label");
    return label ? { name, labelCol: label.col, columns: cols.map((c) => ({ ...c, panel: name })) } : null;
  };
  if (income.some((c) => c.role === "label") && spending.some((c) => c.role === "label")) {
    return [make("income", income), make("expenditure", spending)].filter((p): p is Panel => p !== null);
  }
  if (labels.length >= 2) {
    const split = labels[1]!.col;
    return [make("income", columns.filter((c) => c.col < split)), make("expenditure", columns.filter((c) => c.col >= split))].filter(
      (p): p is Panel => p !== null,
    );
  }
  return labels.length === 1 ? [make("income", [...columns])!] : [];
}

/** Reads T01 收入支出决算总表 / T04 财政拨款收入支出决算总表. */
export function readSummaryTable(region: TableRegion): { table: SummaryTable; ctx: ReadContext } {
  const header = readHeader(region, summaryDataRow);
  const ctx = new ReadContext(region, header);
  const { columns } = classifyColumns(header, "summary");
  const g = region.grid;
  const panels = panelsOf(columns);
  if (panels.length < 2) {
    ctx.issue("header-panels", "error", `${tableLabel(region.id)} 未能识别“收入”“支出”两栏（应各有“项目”列），只读取了能识别的部分。`, [ctx.ref(header.headerTop, g.left)]);
  }
  const isT04 = region.id === "T04";
  const income: LabelRow[] = [];
  const expenditure: LabelRow[] = [];
  let inOpening = false;
  for (let r = header.dataStart; r <= region.endRow; r++) {
    if (g.isRowEmpty(r)) continue;
    for (const panel of panels) {
      const raw = g.text(r, panel.labelCol);
      if (!raw || isNoteText(raw) || /^栏次$/.test(raw)) continue;
      const base = normaliseLabel(raw);
      let label: string;
      if (panel.name === "income") label = isT04 ? canonicalT04IncomeLabel(base) : canonicalT01IncomeLabel(base);
      else label = canonicalLabel(base);
      if (panel.name === "income" && isT04) {
        if (label === T04_INCOME.opening) inOpening = true;
        else if (label === T04_INCOME.grandTotal) inOpening = false;
      }
      const values: AmountValues = {};
      const amountCols = amountColumns(panel.columns.filter((c) => c.role !== "lineNo"));
      if (amountCols.length === 0) {
        // A panel headed only 项目 | 行次 | (blank): take the first column right of the label.
        const next = panel.columns.find((c) => c.col > panel.labelCol && c.role !== "lineNo" && c.role !== "label");
        if (next) values.amount = ctx.amount(r, next.col);
      }
      for (const a of amountCols) values[a.role === "total" && panel.name === "income" ? "amount" : a.role] = ctx.amount(r, a.col);
      if (!isT04 && panel.name === "expenditure" && values.amount === undefined && values.total) values.amount = values.total;
      const row: LabelRow = {
        label,
        rawLabel: raw,
        ref: ctx.ref(r, panel.labelCol),
        section: panel.name === "income" && inOpening && label !== T04_INCOME.opening ? "opening" : "main",
        classCode: panel.name === "expenditure" ? classCodeOfLabel(label) : null,
        values,
      };
      (panel.name === "income" ? income : expenditure).push(row);
    }
  }
  const table: SummaryTable = {
    kind: "summary",
    ...ctx.base(panels.flatMap((p) => p.columns)),
    income,
    expenditure,
  };
  return { table, ctx };
}
