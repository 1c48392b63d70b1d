// npm run bench:bundle: the gzipped size of the JavaScript the task pane loads in Excel — the
// <script> files of dist/taskpane.html, without office.js (Microsoft's CDN) and without the
// chunks loaded later on demand (the .xlsx reader, used only in a plain browser). Target: 300 KB
// (KiB, gzip level 9). Also prints the size of dist/offline.html, the self-contained offline page
// (everything inlined; no target, it is opened from disk). Builds first when dist/ is older than the sources (--rebuild forces it).
// Exits 1 when over the target.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, ensureBuild } from "./e2e-support.mjs";

const TARGET_KB = 300;

ensureBuild({ force: process.argv.includes("--rebuild") });
const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
// The production HTML is minified: attribute values may come without quotes.
const initial = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
  .map((m) => m[1] ?? m[2] ?? m[3])
  .filter((src) => !/^https?:/.test(src)) // office.js from the CDN
  .map((src) => src.replace(/^\.?\//, ""));

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const raw = (file) => readFileSync(join(DIST, file)).length;

console.log("任务窗格在 Excel 中加载的脚本（不含 office.js）：");
let total = 0;
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(42)} ${kb(raw(file)).padStart(8)} KB → gzip ${kb(size).padStart(7)} KB`);
}
const lazy = readdirSync(DIST).filter((f) => f.endsWith(".js") && f !== "cli.js" && f !== "check-worker.js" && !initial.includes(f));
if (lazy.length > 0) {
  console.log("按需加载（只在浏览器中打开 .xlsx 或导出 Word/审核结果时）：");
  for (const file of lazy) console.log(`  ${file.padEnd(42)} ${kb(raw(file)).padStart(8)} KB → gzip ${kb(gz(file)).padStart(7)} KB`);
}
const offline = join(DIST, "offline.html");
if (existsSync(offline)) {
  console.log(`离线页面 offline.html（全部内联，从磁盘打开）：${kb(raw("offline.html"))} KB → gzip ${kb(gz("offline.html"))} KB`);
} else {
  console.log("离线页面 offline.html：未构建（npm run build）");
}
const ok = total <= TARGET_KB * 1024;
console.log(`合计（gzip）：${kb(total)} KB / 目标 ${TARGET_KB} KB — ${ok ? "达标" : "超出目标"}`);
process.exitCode = ok ? 0 : 1;
