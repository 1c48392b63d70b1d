import { formatRef } from "../../../cells";
import type { EconomicPanel } from "../../../tables/model";
import { formatAmount } from "../../format";
import { economicItem } from "../../vocabulary";
import { finding, type ClaimRule } from "./context";
import type { LineClaims } from "../claims";
import type { TextFinding } from "../types";

/**
 * The items named under 人员经费 / 公用经费 ("主要包括：基本工资、津贴补贴…") against 公开08表
 * (N-25): an item named whose 款 is zero or blank in the table is a warning; a non-zero 款 of at
 * least a tenth of its panel left unnamed is a warning too (smaller ones are a note: "主要包括"
 * may leave out small items).
 */
export const fundItemsRule: ClaimRule = {
  id: "N-25",
  title: "人员经费、公用经费所列项目与公开08表",
  run: ({ lines, sources }) => {
    const t08 = sources.wb.tables.T08;
    if (!t08) return [];
    return lines.flatMap((at) => {
      if (!at.line.inPart2 || at.line.heading) return [];
      return [
        ...judge(at, "人员经费", t08.personnel),
        ...judge(at, "公用经费", t08.publicFunds),
      ];
    });
  },
};

function judge(at: LineClaims, label: string, panel: EconomicPanel): TextFinding[] {
  const m = new RegExp(`${label}[\\d.]*(?:万元)?[，,]?(?:主要包括|主要用于|包括)[：:]?([^；。]+)`).exec(at.line.text);
  if (!m || panel.rows.length === 0) return [];
  const names = m[1]!.replace(/等(?:支出|方面)?$/, "").split(/[、，,和及]/).map((n) => n.trim()).filter((n) => n !== "");
  const out: TextFinding[] = [];
  const found = new Set<string>();
  for (const name of names) {
    const row = economicItem(panel, name);
    if (!row) continue;
    found.add(row.code!);
    const v = row.values.amount;
    if (v && v.micros !== 0) continue;
    out.push(
      finding(at, {
        ruleId: "N-25",
        severity: "warning",
        message: `${label}列举了“${name}”，但公开08表“${row.code} ${row.name}”为${v && !v.blank ? "0" : "空白"}，不应列入。`,
        excerpt: name,
        cells: v?.ref ? [formatRef(v.ref)] : [formatRef(row.ref)],
      }),
    );
  }
  const total = panel.total?.micros ?? 0;
  for (const row of panel.rows) {
    const v = row.values.amount;
    if (row.level !== "section" || !v || v.micros === 0 || found.has(row.code!)) continue;
    const large = total > 0 && v.micros * 10 >= total;
    out.push(
      finding(at, {
        ruleId: "N-25",
        severity: large ? "warning" : "info",
        outcome: large ? "inconsistent" : "style",
        message: `公开08表“${row.code} ${row.name}”${formatAmount(v.micros)}万元${large ? "占" + label + "的一成以上，" : ""}未在${label}的主要项目中列出。`,
        excerpt: m[0].slice(0, 20),
        cells: v.ref ? [formatRef(v.ref)] : [],
      }),
    );
  }
  return out;
}
