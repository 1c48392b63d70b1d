/** Timing helpers for the command-line benchmarks: wall time, and CPU time of finished children (Linux). */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

/** utime+stime of this process's waited-for children, in ms (from /proc; 0 where there is none). */
function childCpuMs(): number {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    // After "pid (comm) ": state is field 0; cutime and cstime are fields 13 and 14 (clock ticks, 100/s).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

export interface Timed {
  wallMs: number;
  cpuMs: number;
  status: number | null;
  stdout: string;
}

export function timeRun(cmd: string, args: readonly string[], opts: SpawnSyncOptions = {}): Timed {
  const cpu0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30, ...opts });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return { wallMs, cpuMs: childCpuMs() - cpu0, status: r.status, stdout: String(r.stdout ?? "") };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export function loadNote(): string {
  return `机器：${cpus().length} 核，当前负载 ${loadavg().map((x) => x.toFixed(1)).join(" / ")}（1/5/15 分钟）`;
}
