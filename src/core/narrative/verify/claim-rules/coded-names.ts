import { normaliseText } from "../../../tables/normalise";
import { bindCoded, codedPaths, codeTableFor } from "../../vocabulary";
import { finding, type ClaimRule } from "./context";
import type { TextFinding } from "../types";

/**
 * 类/款/项 names against the names for that code in the table of the section's fund (N-11:
 * 五 公开06表, 八 公开11表, 九 公开13表), and every non-zero 项 of
 * 公开06表 described in 五（三） (N-24). A path "A（类）B（款）C（项）" is bound through the
 * vocabulary; a name that is not the table's name for its code gets the table's path as the fix.
 * The short 类 name of 四川 texts ("一般公共服务（类）支出") is the table's name less 支出 and
 * stands as written only before 支出.
 */
/** Sections whose 类/款/项 paths restate one fund's table: 一般公共预算, 政府性基金, 国有资本经营. */
const FUND_TOPICS: readonly string[] = ["gpb", "gfb", "socb"];

export const codedNamesRule: ClaimRule = {
  id: "N-11",
  title: "类、款、项名称与附表一致；五（三）覆盖每个有支出的项",
  run: ({ lines, sources }) => {
    const t06 = sources.wb.tables.T06;
    if (!t06) return [];
    const out: TextFinding[] = [];
    const named = new Set<string>();
    for (const at of lines) {
      // Paths name rows of the table of the section's fund: 公开06表 in 五 (or in a text without
      // headings), 公开11表 in 八, 公开13表 in 九. 二 and 三 speak of the 收入/支出决算表, whose
      // rows of every fund are not judged by name here.
      const base = at.line.topic?.split(".")[0] ?? null;
      if (!at.line.inPart2 || at.line.heading || (base !== null && !FUND_TOPICS.includes(base))) continue;
      const own = codeTableFor(at.line.topic, sources.wb);
      if (!own) continue;
      const text = normaliseText(at.line.text);
      for (const p of codedPaths(at.line.text)) {
        const b = bindCoded(p, own.table);
        if (!b) {
          if (p.itemName || p.sectionName) out.push(finding(at, { ruleId: "N-11", severity: "warning", message: `文中科目“${p.text}”在${own.label}中找不到。`, excerpt: p.text.slice(0, 40) }));
          continue;
        }
        if (b.row.level === "item" && own.table === t06) named.add(b.row.code!);
        const shortBeforeSpending = !p.sectionName && text.slice(p.index + p.text.length).startsWith("支出");
        if (b.exact || shortBeforeSpending) continue;
        const writtenClass = `${p.className}（类）`;
        out.push(
          finding(at, {
            ruleId: "N-11",
            severity: "warning",
            outcome: "style",
            message: `科目名称写作“${p.text}”，${own.label}中编码${b.row.code}的名称为“${b.tableText}”。`,
            excerpt: b.classOnlyDiffers ? writtenClass : p.text.slice(0, 40),
            cells: [],
            expected: b.tableText,
          }),
        );
      }
    }
    const detail = lines.find((l) => l.line.topic === "gpb.detail");
    if (detail) {
      for (const r of t06.rows) {
        if (r.level !== "item" || (r.values.total?.micros ?? 0) === 0 || named.has(r.code!)) continue;
        out.push(finding(detail, { ruleId: "N-24", severity: "warning", message: `公开06表的“${r.code} ${r.name}”有支出，但${detail.line.section?.replace(/（.*$/, "") ?? ""}（具体情况）没有说明。`, excerpt: "" }));
      }
    }
    return out;
  },
};
