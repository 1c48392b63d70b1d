/**
 * bench:rules table 5 — root causes over the one-defect workbooks: how often the first cause is
 * the changed cell (issue 12's target: ≥ 90 % where the defect gives two or more errors), whether
 * its suggested value is the original one when one cause explains everything, and how many lines
 * a defect costs the reader before (one per finding) and after grouping (one per cause plus the
 * findings no cause covers).
 */
import { findCauses, type Cause } from "../src/core/causes/find-causes";
import { isBroken } from "../src/core/causes/verify";
import type { Finding } from "../src/core/rules";
import type { Workbook } from "../src/core/tables";

export interface CauseStats {
  readonly errors: number;
  readonly broken: number;
  readonly causes: readonly Cause[];
  /** The first cause names a changed cell. */
  readonly firstIsChanged: boolean;
  /** The first cause covers every broken finding. */
  readonly explainsAll: boolean;
  /** Its suggested value equals the cell's value before the defect (null: not a one-cell defect). */
  readonly restoresOriginal: boolean | null;
  readonly linesBefore: number;
  readonly linesAfter: number;
}

export function causeFigures(workbook: Workbook, findings: readonly Finding[], changed: readonly string[], original: ReadonlyMap<string, number>): CauseStats {
  const causes = findCauses(workbook, findings);
  const first = causes[0];
  const broken = findings.filter(isBroken).length;
  const covered = new Set(causes.flatMap((c) => c.findings));
  const explainsAll = first !== undefined && first.findings.length === broken;
  const before = changed.length === 1 ? original.get(changed[0]!) : undefined;
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    broken,
    causes,
    firstIsChanged: first !== undefined && changed.includes(first.cell),
    explainsAll,
    restoresOriginal: first && explainsAll && before !== undefined && first.cell === changed[0] ? Math.abs(first.suggestedValue - before) < 1e-9 : null,
    linesBefore: findings.length,
    linesAfter: causes.length + findings.filter((_, i) => !covered.has(i)).length,
  };
}

const pct = (k: number, n: number): string => (n === 0 ? "–" : `${((100 * k) / n).toFixed(1)}%`);
const mean = (xs: readonly number[]): string => (xs.length === 0 ? "–" : (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2));

export function printCauseTable(stats: readonly CauseStats[], ms: number): void {
  const multi = stats.filter((s) => s.errors >= 2);
  const first = multi.filter((s) => s.firstIsChanged).length;
  const withCause = stats.filter((s) => s.causes.length > 0);
  const restorable = stats.filter((s) => s.restoresOriginal !== null);
  const restored = restorable.filter((s) => s.restoresOriginal).length;
  const withFindings = stats.filter((s) => s.linesBefore > 0);
  console.log("表5 最可能的出错位置 / root causes (interval)");
  console.log(`  ${first >= 0.9 * multi.length ? "✔" : "✘"} 两条及以上错误时第一原因即被改单元格 first cause is the changed cell (≥2 errors): ${first}/${multi.length} = ${pct(first, multi.length)}（目标 target ≥ 90%）`);
  console.log(`  有原因的工作簿 workbooks with a cause: ${withCause.length}/${stats.length}; 第一原因解释全部不一致 first cause explains every 不一致: ${stats.filter((s) => s.explainsAll).length}`);
  console.log(`  ${restored === restorable.length ? "✔" : "✘"} 一个单元格解释全部时建议值即原值 suggested value = original when one cell explains all: ${restored}/${restorable.length}`);
  console.log(
    `  每个缺陷显示行数 lines shown per defect (workbooks with findings, n=${withFindings.length}): 分组前 before ${mean(withFindings.map((s) => s.linesBefore))} → 分组后 after ${mean(withFindings.map((s) => s.linesAfter))}; ` +
      `≥2 错误 (n=${multi.length}): ${mean(multi.map((s) => s.linesBefore))} → ${mean(multi.map((s) => s.linesAfter))}`,
  );
  console.log(`  原因计算耗时 cause search time: mean ${(ms / Math.max(1, stats.length)).toFixed(0)} ms per workbook`);
}
