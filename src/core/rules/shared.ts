/** Building blocks several within-table rules share: row identities and code roll-ups. */
import type { AmountRole, CodeRow, CodeTable } from "../tables/model";
import { tableLabel } from "../tables/table-ids";
import { codeRowLabel, ROLE_ZH } from "./describe";
import { codeRowFigure, negate, type Figure } from "./figures";
import type { Finding } from "./findings";
import type { RuleContext } from "./rule";

type Ctx = RuleContext<never>;

export function hasRole(table: CodeTable, role: AmountRole): boolean {
  return table.columns.some((c) => c.role === role) || [table.total, ...table.rows].some((r) => r?.values[role] !== undefined);
}

/** The 合计 row first, then the data rows in sheet order (the reader also lists 合计 rows in `rows`: once each). */
export function allRows(table: CodeTable): CodeRow[] {
  return [...(table.total && !table.rows.includes(table.total) ? [table.total] : []), ...table.rows];
}

/**
 * A column identity on every row: `totalRole` = Σ ±`parts` (e.g. total = basic + project).
 * Rows without the total cell are skipped; an absent part column counts as 0.
 */
export function rowIdentity(ctx: Ctx, table: CodeTable, totalRole: AmountRole, parts: readonly AmountRole[], subject: string): Finding[] {
  if (!hasRole(table, totalRole) || !parts.some((p) => hasRole(table, p))) return [];
  return allRows(table).flatMap((row) =>
    ctx.compare.sum(
      codeRowFigure(table, row, totalRole),
      parts.map((p) => codeRowFigure(table, row, p)),
      { subject: `${tableLabel(table.id)} ${codeRowLabel(row)}：${subject}` },
    ),
  );
}

/** The nearest ancestor code present in the table (a 项 whose 款 row is missing hangs on its 类). */
function parentCode(code: string, codes: ReadonlySet<string>): string | null {
  for (const len of [5, 3]) if (code.length > len && codes.has(code.slice(0, len))) return code.slice(0, len);
  return null;
}

/** children[parent code] in sheet order; "" holds the top-level rows (under 合计). */
export function codeChildren(table: Pick<CodeTable, "rows">): Map<string, CodeRow[]> {
  const codes = new Set(table.rows.map((r) => r.code).filter((c): c is string => c !== null));
  const children = new Map<string, CodeRow[]>();
  for (const row of table.rows) {
    if (row.code === null) continue;
    const parent = parentCode(row.code, codes) ?? "";
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  }
  return children;
}

const LEVEL_ZH: Record<string, string> = { total: "合计", class: "类", section: "款", item: "项" };

/** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 for one amount column, parent/child from codes (rules.md I-07). */
export function rollUp(ctx: Ctx, table: CodeTable, role: AmountRole): Finding[] {
  const children = codeChildren(table);
  const out: Finding[] = [];
  const check = (parent: CodeRow, kids: readonly CodeRow[]): void => {
    if (kids.length === 0) return;
    const kidLevel = LEVEL_ZH[kids[0]!.level] ?? "下级";
    const who = parent.level === "total" ? "合计行" : `${codeRowLabel(parent)}（${LEVEL_ZH[parent.level]}）`;
    const parts: (Figure | null)[] = kids.map((k) => codeRowFigure(table, k, role));
    out.push(
      ...ctx.compare.sum(codeRowFigure(table, parent, role), parts, {
        subject: `${tableLabel(table.id)} ${who}“${ROLE_ZH[role]}”列应等于其下各${kidLevel}之和`,
        // Many 尾差 in one table's roll-up are one story: rounded 项 summed into 款/类 (rules.md §1).
        roundingGroup: `I-07:${table.id}:rounding`,
      }),
    );
  };
  if (table.total) check(table.total, children.get("") ?? []);
  for (const row of table.rows) if (row.code) check(row, children.get(row.code) ?? []);
  return out;
}

export { negate };
