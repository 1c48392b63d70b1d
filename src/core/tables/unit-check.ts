import type { AnyTable, LoadIssue } from "./model";
import { tableLabel } from "./table-ids";

function largest(t: AnyTable | undefined): number {
  return t ? t.amounts.reduce((m, a) => Math.max(m, Math.abs(a.micros)), 0) : 0;
}

function suspect(t: AnyTable, ratio: number): LoadIssue {
  const stated = t.unit ?? "万元";
  const likely = stated === "万元" ? "元" : stated === "亿元" ? "万元或元" : "更小的单位";
  return {
    code: "unit-suspect",
    severity: "warning",
    table: t.id,
    message: `${tableLabel(t.id)}（工作表“${t.sheet}”）的金额约为收入支出决算总表的 ${Math.round(ratio).toLocaleString("en-US")} 倍：单位标为“${stated}”，实际可能是“${likely}”。请核对金额单位。`,
    cells: [t.unitRef ?? t.titleRef],
  };
}

/**
 * 元 typed under a 万元 heading is a common slip that no sum inside the table reveals. Every
 * figure of a disclosure is part of T01's 总计, so a table whose figures are far above T01's is in
 * a smaller unit than it says; T01 itself is checked against T02/T03, whose totals repeat its
 * 本年收入合计 and 本年支出合计. Tables far BELOW the others are not flagged: a 三公 or fund table
 * can honestly be a thousandth of a large budget. A heuristic, so a warning, never a conversion.
 */
export function suspectUnits(tables: readonly AnyTable[]): LoadIssue[] {
  const t01 = tables.find((t) => t.id === "T01");
  const ref = largest(t01);
  if (!t01 || ref === 0) return [];
  const issues: LoadIssue[] = [];
  const peers = Math.max(largest(tables.find((t) => t.id === "T02")), largest(tables.find((t) => t.id === "T03")));
  if (peers > 0 && ref >= peers * 1000) issues.push(suspect(t01, ref / peers));
  else {
    for (const t of tables) {
      const max = largest(t);
      if (t !== t01 && max >= ref * 100) issues.push(suspect(t, max / ref));
    }
  }
  return issues;
}
