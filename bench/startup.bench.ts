/**
 * npm run bench:startup — how fast `juesuan` starts when it needs no workbook library: --help, a
 * usage error, a missing file. Target (issue 11): well under 0.3 s. Compared with a bare
 * `node -e 0` on the same machine, since the machine's load moves every figure.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { loadNote, median, timeRun } from "./cli-timing";

const RUNS = Number(process.env.RUNS ?? 15);
const CLI = resolve("bin/juesuan.js");
spawnSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });

const cases: [string, string[]][] = [
  ["node -e 0（基准）", ["-e", "0"]],
  ["juesuan --help", [CLI, "--help"]],
  ["juesuan（无参数，用法错误）", [CLI]],
  ["juesuan check 不存在.xlsx", [CLI, "check", "不存在.xlsx"]],
  ["juesuan check --bogus", [CLI, "check", "x.xlsx", "--bogus"]],
  ["node -e require('exceljs')（对照：不再在启动时加载）", ["-e", "require('exceljs')"]],
];

console.log(loadNote());
console.log(`每项运行 ${RUNS} 次（先预热 2 次）：墙钟时间 最小 / 中位，CPU 时间（用户+系统）中位`);
for (const [label, args] of cases) {
  for (let i = 0; i < 2; i++) timeRun(process.execPath, args);
  const runs = Array.from({ length: RUNS }, () => timeRun(process.execPath, args));
  const wall = runs.map((r) => r.wallMs);
  const cpu = runs.map((r) => r.cpuMs);
  console.log(`  ${Math.min(...wall).toFixed(0).padStart(5)} / ${median(wall).toFixed(0).padStart(5)} ms   CPU ${median(cpu).toFixed(0).padStart(4)} ms   退出码 ${runs[0]!.status}   ${label}`);
}
