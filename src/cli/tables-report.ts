import { microsToWan, type Amount } from "../core/amounts";
import { columnLetters, formatRef } from "../core/cells";
import { roleText } from "./role-names";
import { familyName, TABLE_IDS, TABLES, type AnyTable, type LoadIssue, type Workbook } from "../core/tables";

export interface TablesReport {
  family: Workbook["family"];
  familyName: string;
  unit: string | null;
  unitName: string | null;
  tables: TableReport[];
  issues: IssueReport[];
}

export interface TableReport {
  id: string;
  label: string;
  title: string;
  found: boolean;
  absentByFormat: boolean;
  sheet: string | null;
  titleCell: string | null;
  kind: AnyTable["kind"] | null;
  unit: string | null;
  columns: { column: string; role: string; header: string }[];
  rows: number;
  totals: Record<string, number>;
  empty: boolean;
  notes: string[];
}

export interface IssueReport {
  code: string;
  severity: string;
  table: string | null;
  message: string;
  cells: string[];
}

function put(out: Record<string, number>, key: string, a: Amount | null | undefined): void {
  if (a) out[key] = microsToWan(a.micros);
}

/** The headline figures of a table, for `juesuan tables`. */
function totalsOf(t: AnyTable): { rows: number; totals: Record<string, number> } {
  const totals: Record<string, number> = {};
  switch (t.kind) {
    case "summary": {
      for (const r of t.income) if (/合计|总计/.test(r.label)) put(totals, `收入.${r.label}`, r.values.amount ?? r.values.total);
      for (const r of t.expenditure) {
        if (!/合计|总计/.test(r.label)) continue;
        for (const [role, a] of Object.entries(r.values)) put(totals, `支出.${r.label}${role === "amount" ? "" : `.${role}`}`, a);
      }
      return { rows: t.income.length + t.expenditure.length, totals };
    }
    case "coded":
      for (const [role, a] of Object.entries(t.total?.values ?? {})) put(totals, `合计.${role}`, a);
      return { rows: t.rows.length, totals };
    case "basic":
      put(totals, "人员经费合计", t.personnel.total);
      put(totals, "公用经费合计", t.publicFunds.total);
      put(totals, "基本支出合计", t.basicTotal);
      return { rows: t.personnel.rows.length + t.publicFunds.rows.length, totals };
    case "sangong":
      for (const [item, v] of Object.entries(t.items)) {
        put(totals, `${item}.budget`, v?.budget);
        put(totals, `${item}.actual`, v?.actual);
      }
      return { rows: Object.keys(t.items).length, totals };
  }
}

export function issueReport(i: LoadIssue): IssueReport {
  return { code: i.code, severity: i.severity, table: i.table ?? null, message: i.message, cells: i.cells.map(formatRef) };
}

export function buildTablesReport(wb: Workbook): TablesReport {
  const tables = TABLE_IDS.map((id): TableReport => {
    const t = wb.tables[id] as AnyTable | undefined;
    const base = { id, label: TABLES[id].label, title: TABLES[id].title, absentByFormat: wb.absentByFormat.includes(id) };
    if (!t) return { ...base, found: false, sheet: null, titleCell: null, kind: null, unit: null, columns: [], rows: 0, totals: {}, empty: false, notes: [] };
    const { rows, totals } = totalsOf(t);
    return {
      ...base,
      found: true,
      sheet: t.sheet,
      titleCell: formatRef(t.titleRef),
      kind: t.kind,
      unit: t.unit,
      columns: t.columns.map((c) => ({ column: columnLetters(c.col), role: c.panel ? `${c.panel}.${c.role}` : c.breakdown ? c.breakdown.key : c.role, header: c.path.join(" › ") })),
      rows,
      totals,
      empty: t.amounts.every((a) => a.micros === 0),
      notes: t.notes.map((n) => n.text),
    };
  });
  return { family: wb.family, familyName: familyName(wb.family), unit: wb.unit, unitName: wb.unitName, tables, issues: wb.issues.map(issueReport) };
}

const SEVERITY_ZH: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };

export function renderTablesText(r: TablesReport): string {
  const lines: string[] = [];
  lines.push(`格式：${r.familyName}\u3000金额单位：${r.unit ?? "未注明"}\u3000编制单位：${r.unitName ?? "未注明"}`);
  lines.push("");
  for (const t of r.tables) {
    if (!t.found) {
      lines.push(`${t.label} ${t.title}：${t.absentByFormat ? "本格式无此表" : "未找到"}`);
      continue;
    }
    lines.push(`${t.label} ${t.title}：工作表“${t.sheet}”（表名 ${t.titleCell}），读取 ${t.rows} 行${t.empty ? "，空表" : ""}`);
    lines.push(`  列：${t.columns.map((c) => `${c.column}=${roleText(c.role)}`).join(" ")}`);
    const totals = Object.entries(t.totals);
    if (totals.length) lines.push(`  合计：${totals.map(([k, v]) => `${roleText(k)} ${v.toFixed(2)}`).join("；")}`);
  }
  lines.push("");
  lines.push(r.issues.length ? `读取问题 ${r.issues.length} 条：` : "读取问题：无");
  for (const i of r.issues) lines.push(`  [${SEVERITY_ZH[i.severity] ?? i.severity}] ${i.message}${i.cells.length ? `（${i.cells.join("、")}）` : ""}`);
  return lines.join("\n");
}
