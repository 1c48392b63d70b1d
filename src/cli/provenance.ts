/**
 * What produced a result, stated in every output of `juesuan check` (text footer, JSON, report
 * workbook), so a report can be traced to the engine, the rules, the tolerance and the exact input
 * bytes. No timestamp: the same inputs and engine give the same output.
 */
import { createHash } from "node:crypto";
import { version } from "../../package.json";
import type { TolerancePolicy } from "../core/rounding";
import { formatTolerance } from "../core/rounding";
import { ALL_RULES } from "../core/rules";
import { toleranceText } from "./tolerance-text";

export const ENGINE = `juesuan ${version}`;

export interface Provenance {
  engine: string;
  /** Number of rules and a hash of their definitions (id, severity, tables and code). */
  ruleSet: { rules: number; sha256: string };
  /** The --tolerance value (interval | exact | fixed:<万元>) and what it means. */
  tolerance: string;
  toleranceText: string;
}

let ruleSetHash: string | null = null;

/**
 * A hash of the rule set as it runs: each rule's metadata and the text of its check function, so
 * any change to a rule (in this build) changes the hash.
 */
export function ruleSetSha256(): string {
  if (ruleSetHash) return ruleSetHash;
  const h = createHash("sha256");
  for (const r of ALL_RULES) h.update(`${r.id}\n${r.severity}\n${r.tables.join(",")}\n${r.check.toString()}\n`);
  ruleSetHash = h.digest("hex");
  return ruleSetHash;
}

export function provenanceOf(policy: TolerancePolicy): Provenance {
  return { engine: ENGINE, ruleSet: { rules: ALL_RULES.length, sha256: ruleSetSha256() }, tolerance: formatTolerance(policy), toleranceText: toleranceText(policy) };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The text footer: engine, rules, tolerance and `sha256  file` lines (the format `sha256sum -c` reads). */
export function provenanceFooter(p: Provenance, inputs: readonly { file: string; sha256: string | null }[]): string {
  const lines = ["", "—— 追溯信息 ——", `引擎：${p.engine}；规则集：${p.ruleSet.rules} 条规则，SHA-256 ${p.ruleSet.sha256.slice(0, 16)}；容差：${p.toleranceText}`, "输入文件 SHA-256："];
  for (const i of inputs) lines.push(`${i.sha256 ?? "（未能读取）".padEnd(64)}  ${i.file}`);
  return lines.join("\n");
}

/** The same, as 项目 → 值 pairs for a report workbook sheet. */
export function provenanceRecord(p: Provenance, input?: { file: string; sha256: string | null }): Record<string, string> {
  return {
    引擎: p.engine,
    规则集: `${p.ruleSet.rules} 条规则，SHA-256 ${p.ruleSet.sha256}`,
    容差: `${p.toleranceText}（--tolerance ${p.tolerance}）`,
    ...(input ? { 文件: input.file, "文件 SHA-256": input.sha256 ?? "（未能读取）" } : {}),
  };
}
