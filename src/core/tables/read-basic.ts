import type { Amount } from "../amounts";
import { codeDigits, levelOfCode, padPart, splitCodeAndName } from "./codes";
import { readHeader } from "./header";
import type { BasicExpenditureTable, CodeRow, ColumnInfo } from "./model";
import { normaliseText } from "./normalise";
import { classifyColumns } from "./read-coded";
import { isNoteText, ReadContext } from "./read-context";
import type { TableRegion } from "./recognise";
import { tableLabel } from "./table-ids";

interface PanelCols {
  codeCols: number[];
  nameCol: number | null;
  amountCol: number | null;
  first: number;
  last: number;
  kind: "personnel" | "public" | null;
}

/** Splits T08's columns into its side-by-side panels: each starts at a code column. */
function panelColumns(columns: readonly ColumnInfo[]): PanelCols[] {
  const panels: PanelCols[] = [];
  let cur: PanelCols | null = null;
  for (const c of columns) {
    const isCode = c.role === "code" || c.role === "codeClass" || c.role === "codeSection" || c.role === "codeItem";
    const startsNew = isCode && (cur === null || cur.nameCol !== null || cur.amountCol !== null);
    if (startsNew) {
      cur = { codeCols: [], nameCol: null, amountCol: null, first: c.col, last: c.col, kind: null };
      panels.push(cur);
    }
    if (!cur) continue;
    cur.last = c.col;
    if (isCode) cur.codeCols.push(c.col);
    else if (c.role === "name" || c.role === "label") cur.nameCol ??= c.col;
    else if (c.role === "amount" || c.role === "total" || c.role === "actual" || c.role === "basic") cur.amountCol ??= c.col;
    const words = c.path.join("");
    if (words.includes("人员经费")) cur.kind = "personnel";
    else if (words.includes("公用经费")) cur.kind = "public";
  }
  return panels;
}

/** Reads T08 一般公共预算财政拨款基本支出决算表 (人员经费 | 公用经费 panels, 经济分类 类/款). */
export function readBasicTable(region: TableRegion): { table: BasicExpenditureTable; ctx: ReadContext } {
  const header = readHeader(region);
  const ctx = new ReadContext(region, header);
  const g = region.grid;
  const { columns } = classifyColumns(header, "basic");
  const panels = panelColumns(columns);
  const rowsByPanel: CodeRow[][] = panels.map(() => []);
  const totals: { personnel: Amount | null; public: Amount | null; basic: Amount | null } = { personnel: null, public: null, basic: null };
  const classOf = panels.map(() => null as string | null);
  for (let r = header.dataStart; r <= region.endRow; r++) {
    if (g.isRowEmpty(r)) continue;
    panels.forEach((p, i) => {
      // Footer labels (人员经费合计 …) may sit in any text cell of the panel.
      for (let c = p.first; c <= p.last; c++) {
        const t = normaliseText(g.text(r, c));
        if (!t) continue;
        const footer = /^人员经费(合计)?$/.test(t) ? "personnel" : /^公用经费(合计)?$/.test(t) ? "public" : /^基本支出(合计)?$/.test(t) ? "basic" : null;
        if (footer && p.amountCol !== null) {
          totals[footer] ??= ctx.amount(r, p.amountCol);
          return;
        }
        if (isNoteText(t) || t === "合计") return;
      }
      const { code, name } = composeEconomic(ctx, p, r, classOf, i);
      if (!code || p.amountCol === null) return;
      const level = levelOfCode(code);
      if (level !== "class" && level !== "section") return;
      rowsByPanel[i]!.push({ code, level, name, row: r, ref: ctx.ref(r, p.codeCols[0] ?? p.first), values: { amount: ctx.amount(r, p.amountCol) } });
    });
  }
  const isPersonnel = (row: CodeRow): boolean => row.code!.startsWith("301") || row.code!.startsWith("303");
  let personnel: CodeRow[];
  let publicFunds: CodeRow[];
  if (panels.length === 1) {
    // One column block listing both parts one under the other: split by class (301/303 → 人员经费).
    const rows = rowsByPanel[0]!;
    personnel = rows.filter(isPersonnel);
    publicFunds = rows.filter((r) => !isPersonnel(r));
  } else {
    // A panel is 人员经费 or 公用经费 by its header or footer words; failing that by its classes.
    const kinds = panels.map((p, i) => p.kind ?? (rowsByPanel[i]!.some(isPersonnel) ? "personnel" : "public"));
    const rowsOf = (kind: "personnel" | "public"): CodeRow[] => rowsByPanel.filter((_, i) => kinds[i] === kind).flat();
    personnel = rowsOf("personnel");
    publicFunds = rowsOf("public");
  }
  if (panels.length === 0) {
    ctx.issue("header-no-code", "error", `${tableLabel(region.id)} 未找到“科目编码”列，无法读取人员经费和公用经费。`, [ctx.ref(header.headerTop, g.left)]);
  }
  const table: BasicExpenditureTable = {
    kind: "basic",
    ...ctx.base(columns),
    personnel: { rows: personnel, total: totals.personnel },
    publicFunds: { rows: publicFunds, total: totals.public },
    basicTotal: totals.basic,
  };
  return { table, ctx };
}

function composeEconomic(ctx: ReadContext, p: PanelCols, r: number, classOf: (string | null)[], i: number): { code: string | null; name: string } {
  const g = ctx.grid;
  let name = p.nameCol !== null ? g.text(r, p.nameCol) : "";
  const parts = p.codeCols.map((c) => codeDigits(g.value(r, c)));
  let code: string | null = null;
  if (parts.length === 1) {
    code = parts[0] ?? null;
    if (code === null && p.codeCols[0] !== undefined) {
      const split = splitCodeAndName(g.text(r, p.codeCols[0]));
      if (split.code) {
        code = split.code;
        name ||= split.name;
      }
    }
  } else if (parts.length >= 2) {
    const [cls, sec] = parts;
    if (cls && cls.length === 5) code = cls;
    else if (cls) {
      classOf[i] = cls;
      code = sec ? cls + padPart(sec) : cls;
    } else if (sec && classOf[i]) code = classOf[i] + padPart(sec);
  }
  if (!code && name) {
    const split = splitCodeAndName(name);
    if (split.code) {
      code = split.code;
      name = split.name;
    }
  }
  if (code && code.length === 3) classOf[i] = code;
  return { code, name: name.trim() };
}
