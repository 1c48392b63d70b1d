import type { Workbook } from "../tables/model";
import { TABLE_IDS } from "../tables/table-ids";

/**
 * The 决算年度 a workbook states, read from its table titles and notes ("2021年度…决算表"),
 * the most frequent 4-digit year winning. Null when no table states one.
 */
export function workbookYear(workbook: Workbook): number | null {
  const votes = new Map<number, number>();
  for (const id of TABLE_IDS) {
    const t = workbook.tables[id];
    if (!t) continue;
    for (const text of [t.title, ...t.notes.map((n) => n.text)]) {
      for (const m of text.matchAll(/(20\d{2}|19\d{2})\s*年/g)) {
        const y = Number(m[1]);
        votes.set(y, (votes.get(y) ?? 0) + 1);
      }
    }
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [y, n] of votes) {
    if (n > bestVotes) {
      best = y;
      bestVotes = n;
    }
  }
  return best;
}
