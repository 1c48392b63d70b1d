import type { Unit } from "../amounts";
import { formatRef } from "../cells";
import type { RawSheet } from "../raw-sheet";
import { Grid } from "./grid";
import { hiddenCellsIssue } from "./hidden-cells";
import type { AnyTable, CodeTable, FormatFamily, LoadIssue, TableKinds, Workbook } from "./model";
import { normaliseText } from "./normalise";
import { readBasicTable } from "./read-basic";
import { hierarchyIssues, readCodedTable } from "./read-coded";
import { domainOfCodes } from "./codes";
import type { ReadContext } from "./read-context";
import { readSanGongTable } from "./read-sangong";
import { readSummaryTable } from "./read-summary";
import { findTables, type TableRegion } from "./recognise";
import { suspectUnits } from "./unit-check";
import { FAMILY_NAMES, FAMILY_TABLES, TABLE_IDS, tableLabel, tableName, type TableId } from "./table-ids";

/** Sheets the add-in writes, and the input sheet: never read as tables. */
export const OWN_SHEETS = ["审核结果", "情况说明", "图表", "补充信息"] as const;

function readRegion(region: TableRegion): { table: AnyTable; ctx: ReadContext } {
  switch (region.id) {
    case "T01":
    case "T04":
      return readSummaryTable(region);
    case "T08":
      return readBasicTable(region);
    case "T10":
    case "T12":
      return readSanGongTable(region);
    default:
      return readCodedTable(region);
  }
}

/** The family from what is present (tables.md §4): 14-table has T12; 13-table keeps T05/T07/T09. */
function detectFamily(found: ReadonlySet<TableId>, t10Title: string | null): FormatFamily {
  if (found.size === 0) return "unknown";
  if (found.has("T12")) return "sichuan14";
  const hasDetail = found.has("T05") || found.has("T07") || found.has("T09");
  if (hasDetail) {
    const allFiscalSanGong = t10Title !== null && !normaliseText(t10Title).includes("一般公共预算");
    return allFiscalSanGong ? "sichuan13" : "sichuan14";
  }
  return "central9";
}

function expectedTables(family: FormatFamily, found: ReadonlySet<TableId>): TableId[] {
  switch (family) {
    case "sichuan14":
      return [...FAMILY_TABLES.sichuan14];
    case "sichuan13":
      return [...FAMILY_TABLES.sichuan13];
    case "central9":
      return [...FAMILY_TABLES.central9, found.has("T14") && !found.has("T13") ? "T14" : "T13"];
    default:
      return [...TABLE_IDS];
  }
}

/**
 * Recognises the tables of a workbook (RawSheet[] from any adapter) and reads them into the model.
 * Never throws on bad input: what cannot be read becomes a load issue and reading carries on.
 */
export function readWorkbook(sheets: readonly RawSheet[]): Workbook {
  const issues: LoadIssue[] = [];
  const tables: Partial<Record<TableId, AnyTable>> = {};
  const unrecognisedSheets: string[] = [];
  for (const sheet of sheets) {
    if ((OWN_SHEETS as readonly string[]).includes(sheet.name)) continue;
    const grid = new Grid(sheet);
    const regions = findTables(grid);
    if (regions.length === 0) {
      if (sheet.values.some((row) => row.some((v) => v !== null && v !== ""))) unrecognisedSheets.push(sheet.name);
      continue;
    }
    for (const region of regions) {
      const existing = tables[region.id];
      if (existing && region.continued) {
        issues.push(...readContinuation(region, existing, tables, issues));
        continue;
      }
      if (existing) {
        issues.push({
          code: "table-duplicate",
          severity: "warning",
          table: region.id,
          message: `工作表“${sheet.name}”和“${existing.sheet}”都是${tableName(region.id)}，只读取了“${existing.sheet}”。`,
          cells: [{ sheet: sheet.name, row: region.titleRow, col: region.titleCol }, existing.titleRef],
        });
        continue;
      }
      if (region.foundBy === "sheetName") {
        issues.push({
          code: "title-missing",
          severity: "info",
          table: region.id,
          message: `工作表“${sheet.name}”中没有找到表名，按工作表名称识别为${tableName(region.id)}。`,
          cells: [{ sheet: sheet.name, row: region.titleRow, col: region.titleCol }],
        });
      }
      try {
        const { table, ctx } = readRegion(region);
        tables[region.id] = table;
        issues.push(...ctx.issues);
        const hidden = hiddenCellsIssue(region);
        if (hidden) issues.push(hidden);
      } catch (err) {
        // A reader bug must not lose the other tables: report it and carry on.
        issues.push({
          code: "reader-failed",
          severity: "error",
          table: region.id,
          message: `读取${tableName(region.id)}（工作表“${sheet.name}”）时出现程序错误：${err instanceof Error ? err.message : String(err)}`,
          cells: [{ sheet: sheet.name, row: region.titleRow, col: region.titleCol }],
        });
      }
    }
  }
  const found = new Set(Object.keys(tables) as TableId[]);
  const family = detectFamily(found, tables.T10?.title ?? null);
  const expected = expectedTables(family, found);
  const absentByFormat = TABLE_IDS.filter((id) => !expected.includes(id) && !found.has(id));
  for (const id of expected) {
    if (!found.has(id)) {
      issues.push({ code: "table-missing", severity: "error", table: id, message: `未找到${tableName(id)}：没有哪张工作表的表名是“${tableName(id).replace(/^.*（|）$/g, "")}”。`, cells: [] });
    }
  }
  if (family === "unknown") {
    issues.push({ code: "no-tables", severity: "error", message: "工作簿中没有识别出任何决算公开附表（按表名识别，如“收入支出决算总表”）。", cells: [] });
  }
  const ordered = TABLE_IDS.filter((id) => found.has(id)).map((id) => tables[id]!);
  const unit = majorityUnit(ordered);
  for (const t of ordered) {
    if (t.unit === null) {
      issues.push({
        code: "unit-missing",
        severity: "warning",
        table: t.id,
        message: `${tableLabel(t.id)}（工作表“${t.sheet}”）没有“金额单位”行，暂按${unit ?? "万元"}读取，请确认单位。`,
        cells: [t.titleRef],
      });
    }
  }
  issues.push(...suspectUnits(ordered));
  for (const r of unrecognisedSheets) {
    issues.push({ code: "sheet-unrecognised", severity: "info", message: `工作表“${r}”不是可识别的决算公开附表，已跳过。`, cells: [] });
  }
  const unitName = tables.T01?.unitName ?? ordered.find((t) => t.unitName)?.unitName ?? null;
  return {
    family,
    tables: tables as Partial<TableKinds>,
    expected,
    absentByFormat,
    unit,
    unitName,
    issues: issues.map((i) => ({ ...i, message: i.message })),
    unrecognisedSheets,
    sheetOrder: sheets.map((s) => s.name),
    sanGongScope: tables.T10 && !normaliseText(tables.T10.title).includes("一般公共预算") ? "allFiscal" : "gpb",
  };
}

/**
 * The rest of a coded table on a later sheet (title "…（续）"): its rows, notes and amounts are
 * appended to the table begun earlier, every value keeping its own sheet and cell. The code
 * hierarchy is checked again over the joined rows, since a 项 may continue a 款 from the first
 * sheet. Other table kinds are not joined; the user is told how to fix it.
 */
function readContinuation(region: TableRegion, existing: AnyTable, tables: Partial<Record<TableId, AnyTable>>, issues: LoadIssue[]): LoadIssue[] {
  const where = [{ sheet: region.grid.name, row: region.titleRow, col: region.titleCol }];
  if (existing.kind !== "coded") {
    return [
      {
        code: "table-continued",
        severity: "warning",
        table: region.id,
        message: `工作表“${region.grid.name}”上的${tableName(region.id)}续表未读取：续表目前只支持按科目编码列示的表。请把续表的行移到工作表“${existing.sheet}”中原表的下方。`,
        cells: where,
      },
    ];
  }
  const { table, ctx } = readCodedTable(region);
  const rows = [...existing.rows, ...table.rows];
  const joined: CodeTable = {
    ...existing,
    rows,
    total: existing.total ?? table.total,
    notes: [...existing.notes, ...table.notes],
    emptyStatement: existing.emptyStatement ?? table.emptyStatement,
    amounts: [...existing.amounts, ...table.amounts],
    domain: domainOfCodes(rows.filter((r) => r.code).map((r) => r.code!)),
  };
  tables[region.id] = joined;
  // The hierarchy issues of each part alone are replaced by those of the joined table.
  for (let i = issues.length - 1; i >= 0; i--) if (issues[i]!.code === "code-hierarchy" && issues[i]!.table === region.id) issues.splice(i, 1);
  return [...ctx.issues.filter((i) => i.code !== "code-hierarchy"), ...hierarchyIssues(region.id, rows)];
}

function majorityUnit(tables: readonly AnyTable[]): Unit | null {
  const counts = new Map<Unit, number>();
  for (const t of tables) if (t.unit) counts.set(t.unit, (counts.get(t.unit) ?? 0) + 1);
  let best: Unit | null = null;
  for (const [u, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = u;
  return best;
}

export function familyName(family: FormatFamily): string {
  return FAMILY_NAMES[family];
}

export { formatRef };
