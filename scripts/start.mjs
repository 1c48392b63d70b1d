// npm start: the task pane without Excel on this machine.
//   1. builds dist/ when it is older than the sources (npm run build), and dist/sample.xlsx;
//   2. serves dist/ in the background on https://localhost:3000 — the address manifest.xml uses —
//      with the dev-server certificate (scripts/dev-certs.cjs: office-addin-dev-certs, else a
//      self-signed one in .certs/); without any certificate, on http://127.0.0.1:3000 instead;
//   3. prints the address (…/taskpane.html?sample=1 opens the sample workbook at once), the
//      manifest path and how to sideload it. There is no Excel here, so nothing is sideloaded.
// npm stop ends the server (pid in node_modules/.cache/juesuan/start.json).
//   node scripts/start.mjs --foreground   serve in this terminal instead (Ctrl+C stops)
//   JUESUAN_PORT=3100 npm start           another port (the manifest still says 3000)
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseNumber } from "office-addin-cli/lib/parse.js";
import { DIST, ROOT, ensureBuild, ensureCacheDir, ensureSample, serveStatic } from "./e2e-support.mjs";

/**
 * JUESUAN_PORT through office-addin-cli's parseNumber (the Office add-in tooling's option parser):
 * a value that is not a number stops with a clear message instead of silently serving on 3000.
 * Imported from its parse module alone: the package's index also loads its usage-data module.
 */
function portOf(value) {
  const port = parseNumber(value, `JUESUAN_PORT 应为端口号（1–65535），而不是“${value}”。`) ?? 3000;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`JUESUAN_PORT 应为端口号（1–65535），而不是“${value}”。`);
  return port;
}
let PORT;
try {
  PORT = portOf(process.env.JUESUAN_PORT || undefined);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(2);
}
const cache = ensureCacheDir();
const STATE = join(cache, "start.json");
const LOG = join(cache, "start.log");
const args = process.argv.slice(2);

function readState() {
  try {
    return JSON.parse(readFileSync(STATE, "utf8"));
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The server process: certificate, listen, state file; removes the state file on exit. */
async function serve() {
  let tls = null;
  let certNote;
  try {
    const { getDevServerHttpsOptions } = createRequire(import.meta.url)("./dev-certs.cjs");
    const o = await getDevServerHttpsOptions((line) => console.log(line));
    tls = { cert: o.cert, key: o.key };
    certNote = o.source === "self-signed" ? "自签名证书（浏览器会提示不安全，可继续访问；让 Excel 信任它的方法见上面的日志）" : "office-addin-dev-certs 受信任证书";
  } catch (err) {
    certNote = `没有可用的证书（${err instanceof Error ? err.message : String(err)}），改用 http`;
  }
  const host = tls ? "localhost" : "127.0.0.1";
  let served;
  try {
    served = await serveStatic({ root: DIST, host, port: PORT, tls });
  } catch (err) {
    // One Chinese line, not a Node stack: the user can act on a busy port.
    console.error(err && err.code === "EADDRINUSE" ? busyPort() : `服务器没有启动：无法在端口 ${PORT} 上监听（${err && err.code ? err.code : String(err)}）。`);
    process.exit(1);
  }
  const { server, url } = served;
  writeFileSync(STATE, JSON.stringify({ pid: process.pid, url, certNote, started: new Date().toISOString() }));
  const stop = () => {
    server.close();
    const s = readState();
    if (s && s.pid === process.pid) rmSync(STATE, { force: true });
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`[服务器] ${url}taskpane.html（${certNote}）`);
}

function busyPort() {
  return `端口 ${PORT} 已被占用（也许 npm run dev-server 或另一个 npm start 正在运行）；先停止它，或用 JUESUAN_PORT=其他端口 npm start。`;
}

function sideloadHelp() {
  const manifest = join(ROOT, "manifest.xml");
  return [
    `加载项清单：${manifest}`,
    process.platform === "win32" || process.platform === "darwin"
      ? "本脚本不自动旁加载（sideload）。请按下面的方法在 Excel 中加载："
      : "这台机器上没有 Excel，因此没有旁加载（sideload）。在装有 Excel 的电脑上：",
    "  · Excel 网页版：开始 → 加载项 → 更多加载项 → 上传我的加载项，选择上面的 manifest.xml；",
    "  · Windows 版 Excel：把 manifest.xml 放进一个共享文件夹，在 文件 → 选项 → 信任中心 → 受信任的加载项目录 中添加该文件夹，重启 Excel 后从 插入 → 我的加载项 → 共享文件夹 添加；",
    "  · Mac 版 Excel：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/，重启 Excel 后从 插入 → 我的加载项 添加。",
    "加载后在“开始”选项卡的“决算公开助手”组中点击按钮打开任务窗格。",
  ].join("\n");
}

function announce(state) {
  console.log("");
  console.log(`决算公开助手任务窗格已启动：${state.url}taskpane.html`);
  console.log(`  直接打开样例工作簿：${state.url}taskpane.html?sample=1`);
  console.log(`  证书：${state.certNote}`);
  console.log("  在普通浏览器中打开时，可以选择 .xlsx 文件（只在本机读取，不上传），查看校验、情况说明和图表预览。");
  console.log("");
  console.log(sideloadHelp());
  console.log("");
  console.log("停止：npm stop");
}

async function main() {
  if (args.includes("--serve")) return serve();

  const running = readState();
  if (running && alive(running.pid)) {
    console.log(`服务器已在运行（进程 ${running.pid}）。`);
    announce(running);
    return;
  }
  rmSync(STATE, { force: true });

  ensureBuild();
  ensureSample();

  if (args.includes("--foreground")) return serve();

  const log = openSync(LOG, "w");
  const child = spawn(process.execPath, [join(ROOT, "scripts", "start.mjs"), "--serve"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: process.env,
  });
  closeSync(log);
  child.unref();

  // The certificate step may wait up to 30 s for office-addin-dev-certs before falling back.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const state = readState();
    if (state && state.pid === child.pid) {
      console.log(readFileSync(LOG, "utf8").trim());
      announce(state);
      return;
    }
    if (!alive(child.pid)) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const output = existsSync(LOG) ? readFileSync(LOG, "utf8") : "";
  if (alive(child.pid)) process.kill(child.pid, "SIGTERM");
  console.error(output.includes(busyPort()) ? `服务器没有启动：${busyPort()}` : `服务器没有启动。\n${output.trim()}`);
  process.exitCode = 1;
}

await main();
