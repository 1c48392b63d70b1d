// npm stop: ends the server `npm start` left running (its pid is in node_modules/.cache/juesuan/start.json).
// Only that process: the pid is checked to still be our start.mjs before it is signalled.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CACHE } from "./e2e-support.mjs";

const STATE = join(CACHE, "start.json");

function isOurServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // Linux can tell what the pid runs now; elsewhere trust the state file.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync("/proc") || (existsSync(cmdline) && readFileSync(cmdline, "utf8").includes("start.mjs"));
}

let state = null;
try {
  state = JSON.parse(readFileSync(STATE, "utf8"));
} catch {
  console.log("没有正在运行的 npm start 服务器。");
  process.exit(0);
}

if (!isOurServer(state.pid)) {
  rmSync(STATE, { force: true });
  console.log("npm start 的服务器已经不在运行。");
  process.exit(0);
}

process.kill(state.pid, "SIGTERM");
const deadline = Date.now() + 10_000;
while (Date.now() < deadline && isOurServer(state.pid)) await new Promise((r) => setTimeout(r, 100));
if (isOurServer(state.pid)) {
  console.error(`进程 ${state.pid} 没有在 10 秒内退出。`);
  process.exit(1);
}
rmSync(STATE, { force: true });
console.log(`已停止任务窗格服务器（进程 ${state.pid}，${state.url}）。`);
