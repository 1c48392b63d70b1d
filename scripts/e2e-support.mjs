// Shared by `npm start`, `npm run e2e` and `npm run bench:bundle`: make sure the production build
// and the sample workbook exist and are current, and serve dist/ as static files.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync, utimesSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { extname, join, normalize, resolve, sep } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..");
export const DIST = join(ROOT, "dist");
export const CACHE = join(ROOT, "node_modules", ".cache", "juesuan");

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Sources the task pane bundle is built from. */
const BUILD_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts/offline-page-plugin.cjs", "package.json", "tsconfig.json"];

export function buildIsCurrent() {
  const pages = [join(DIST, "taskpane.html"), join(DIST, "offline.html")];
  if (!pages.every((p) => existsSync(p))) return false;
  const built = Math.min(...pages.map((p) => statSync(p).mtimeMs));
  return BUILD_INPUTS.every((p) => !existsSync(join(ROOT, p)) || newestMtime(join(ROOT, p)) <= built);
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) throw new Error(`${what}失败（退出码 ${r.status}）`);
}

/** Builds dist/ with webpack unless it is newer than every source (or `force`). */
export function ensureBuild({ force = false, log = console.log } = {}) {
  if (!force && buildIsCurrent()) {
    log("[构建] dist/ 已是最新，直接使用。");
    return false;
  }
  log("[构建] 正在构建生产版本（npm run build）…");
  run(process.execPath, [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--stats", "errors-warnings"], "构建");
  // webpack leaves a page untouched when its content did not change: mark both as built now, or
  // the next run would find them older than the sources and build again.
  const now = new Date();
  for (const page of ["taskpane.html", "offline.html"]) utimesSync(join(DIST, page), now, now);
  return true;
}

/** dist/sample.xlsx from the sample generator (`juesuan sample`), rebuilt when the CLI changed. */
export function ensureSample({ log = console.log } = {}) {
  const cli = join(DIST, "cli.js");
  const out = join(DIST, "sample.xlsx");
  if (!existsSync(cli) || newestMtime(join(ROOT, "src")) > statSync(cli).mtimeMs) {
    log("[样例] 正在构建 juesuan 命令行（npm run build:cli）…");
    run(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], "构建命令行");
  }
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(cli).mtimeMs) {
    log("[样例] 正在生成样例工作簿 dist/sample.xlsx（juesuan sample）…");
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "juesuan.js"), "sample", "-o", out, "--force"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error(`生成样例工作簿失败（退出码 ${r.status}）`);
  }
  return out;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * A static file server for dist/ (no directory listing, nothing outside the folder). "/" goes to
 * the task pane. `tls` = { cert, key } serves https. Resolves to { server, url }.
 */
export function serveStatic({ root = DIST, host = "127.0.0.1", port = 0, tls = null } = {}) {
  const handler = (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === "/") path = "/taskpane.html";
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("未找到");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      // Office fetches the pane and its icons cross-origin.
      "access-control-allow-origin": "*",
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(res);
  };
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, handler) : http.createServer(handler);
  return new Promise((resolveServer, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const shownHost = host === "127.0.0.1" || host === "localhost" ? host : `[${host}]`;
      resolveServer({ server, url: `${tls ? "https" : "http"}://${shownHost}:${address.port}/` });
    });
  });
}

export function ensureCacheDir() {
  mkdirSync(CACHE, { recursive: true });
  return CACHE;
}
