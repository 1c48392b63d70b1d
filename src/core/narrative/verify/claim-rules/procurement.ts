import { compareAtMost, compareSum } from "../../../rounding";
import { formatAmount } from "../../format";
import { statedAmount } from "../claims";
import { finding, type ClaimRule } from "./context";
import type { LineClaims } from "../claims";
import type { TextFinding } from "../types";

/**
 * 政府采购 (N-15): 货物 + 工程 + 服务 = the total, and what was awarded to 中小企业 — in the
 * projects reserved for them plus in the other projects — cannot exceed the total; 小微企业 awards
 * cannot exceed the 中小企业 ones. Relations among the text's own figures, in both families'
 * wordings ("政府采购支出总额" / "政府采购金额（以合同签订为准）为"; "授予中小企业合同金额" /
 * "由中小企业供应商中标或成交的，采购金额").
 */
const NUM = "(\\d+(?:\\.\\d+)?)万元";
const TOTAL = new RegExp(`政府采购(?:支出)?(?:总额|金额|总金额)(?:（[^）]*）)?(?:为|共计|共)?${NUM}`);
const PART = (what: string) => new RegExp(`${what}(?:采购)?(?:支出|金额|合同金额)?(?:为)?${NUM}`);
const RESERVED_SME = new RegExp(`预留[^。；]*?由中小企业[^。；]*?(?:中标|成交)[^。；]*?${NUM}`);
const OTHER_SME = new RegExp(`其他政府采购项目中[^。；]*?由中小企业[^。；]*?(?:中标|成交)[^。；]*?${NUM}`);
const SME = new RegExp(`授予中小企业(?:合同)?金额(?:为)?${NUM}`);
const SMALL = new RegExp(`授予小微企业(?:合同)?金额(?:为)?${NUM}`);

export const procurementRule: ClaimRule = {
  id: "N-15",
  title: "政府采购各项之和与总额",
  run: ({ lines }) => {
    const part = lines.filter((l) => l.line.inPart2 && /政府采购/.test(l.line.text));
    const totalAt = part.find((l) => TOTAL.test(l.line.text));
    if (!totalAt) return [];
    const totalText = TOTAL.exec(totalAt.line.text)![1]!;
    const total = statedAmount(totalText)!;
    const out: TextFinding[] = [];
    const parts = ["货物", "工程", "服务"].map((w) => PART(w).exec(totalAt.line.text)?.[1] ?? null);
    if (parts.every((p) => p !== null)) {
      const c = compareSum(total, parts.map((p) => statedAmount(p!)!));
      if (c.outcome !== "exact") out.push(finding(totalAt, { ruleId: "N-15", severity: c.outcome === "inconsistent" ? "error" : "info", message: `货物、工程、服务采购金额之和${formatAmount(c.right)}万元与政府采购金额${totalText}万元不一致。`, excerpt: `${totalText}万元`, expected: `${formatAmount(c.right)}万元` }));
    }
    const find = (re: RegExp): { at: LineClaims; text: string } | null => {
      for (const at of part) {
        const m = re.exec(at.line.text);
        if (m) return { at, text: m[1]! };
      }
      return null;
    };
    const awarded = [find(RESERVED_SME), find(OTHER_SME)].filter((x): x is { at: LineClaims; text: string } => x !== null);
    const sme = find(SME);
    const small = find(SMALL);
    const atMost = (sub: { at: LineClaims; text: string }[], supText: string, what: string, bound: string) => {
      const c = compareAtMost(sub.map((x) => statedAmount(x.text)!), [statedAmount(supText)!]);
      if (c.outcome !== "inconsistent") return;
      const at = sub[sub.length - 1]!.at;
      out.push(finding(at, { ruleId: "N-15", severity: "error", message: `${what}（${sub.map((x) => x.text).join(" + ")} = ${formatAmount(c.left)}万元）超过${bound}${supText}万元。`, excerpt: `${sub[sub.length - 1]!.text}万元`, expected: `≤${supText}万元` }));
    };
    if (awarded.length > 0) atMost(awarded, totalText, awarded.length > 1 ? "预留项目与其他项目中由中小企业中标或成交的金额之和" : "由中小企业中标或成交的金额", "政府采购金额");
    if (sme) atMost([sme], totalText, "授予中小企业合同金额", "政府采购支出总额");
    if (sme && small) atMost([small], sme.text, "授予小微企业合同金额", "授予中小企业合同金额");
    return out;
  },
};
