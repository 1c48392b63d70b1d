import type { Inputs } from "../../inputs/model";
import type { FormatFamily, Workbook } from "../../tables/model";
import { checkChartData } from "./chart-data";
import { CLAIM_RULES } from "./claim-rules";
import { extractClaims } from "./claims";
import { checkCompleteness } from "./completeness";
import { checkDocumentWide } from "./document-wide";
import { readLines } from "./document";
import { checkHygiene } from "./hygiene";
import { checkOperatingFunds } from "./operating-funds";
import { checkSanGongCoverage } from "./san-gong-coverage";
import { checkSections } from "./sections";
import { checkShareSums } from "./share-sums";
import type { TextFinding } from "./types";

export interface VerifyTextOptions {
  /** The unit name the text must use throughout (N-11); default 补充信息 单位名称 or 编制单位. */
  readonly unitName?: string;
}

/**
 * 表文一致: reads an existing 情况说明 (plain text, or a whole disclosure whose 第二部分 is found by
 * its part headings), recognises its amount, share, rate and direction statements and reports
 * each that disagrees with the tables and inputs, plus wording defects (rules.md §4): the section
 * bindings, share sums (N-03), 三公 coverage (N-14, C-07), 机关运行经费 (N-13), the ten headings
 * (C-06), and, where the document embeds them, the charts' labels and values (N-16).
 */
export function verifyNarrativeText(text: string, workbook: Workbook, inputs: Inputs, options: VerifyTextOptions = {}): TextFinding[] {
  const family = outlineFamily(workbook.family, text);
  const lines = readLines(text, family);
  const unitName = options.unitName ?? inputs.texts["unitName"]?.value ?? workbook.unitName;
  const sources = { wb: workbook, inputs };
  const findings: TextFinding[] = [
    ...(family === "central9" ? [] : checkSections(lines, sources)),
    ...checkShareSums(lines, sources),
    ...checkSanGongCoverage(lines, sources),
    ...checkOperatingFunds(lines, sources),
    ...checkCompleteness(lines, family),
    ...checkHygiene(lines, unitName),
    ...checkDocumentWide(lines, sources),
    ...checkChartData(lines, sources),
  ];
  // Claims, not sections: every statement of the 情况说明, in any family's wording. A claim
  // finding that restates one the section bindings already made (same line, same words) is
  // dropped, so that a 四川 text is not told twice.
  const claimLines = lines.filter((l) => l.inPart2 && l.text !== "").map((l) => extractClaims(l, sources));
  const seen = new Set(findings.map((f) => `${f.line}|${f.excerpt}`));
  const seenRule = new Set(findings.map((f) => `${f.line}|${f.ruleId}`));
  for (const rule of CLAIM_RULES) {
    for (const f of rule.run({ lines: claimLines, sources })) {
      if (seen.has(`${f.line}|${f.excerpt}`) || (f.ruleId === "N-24" && seenRule.has(`${f.line}|N-24`))) continue;
      seen.add(`${f.line}|${f.excerpt}`);
      findings.push(f);
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}

/**
 * The family whose 情况说明 outline the text is judged against: the outline the text's own
 * headings follow when they say so (十一、其他重要事项 is the 上海/中央 template's; 十、其他重要事项
 * with no 十一、 the 四川 one — 9-table units in several provinces write ten sections), else the
 * workbook's family.
 */
function outlineFamily(family: FormatFamily, text: string): FormatFamily {
  if (/^[\s\u3000]*十一、\s*其他重要事项/m.test(text)) return "central9";
  if (/^[\s\u3000]*十、\s*其他重要事项/m.test(text)) return family === "central9" ? "unknown" : family;
  return family;
}
