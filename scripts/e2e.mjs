// npm run e2e: the task pane's end-to-end tests in Debian's chromium (playwright-core, no browser
// download). Builds the pane if it is stale, makes dist/sample.xlsx, bundles the in-memory Excel
// for the browser, serves dist/ on 127.0.0.1 at a random port and runs test/e2e/main.ts.
// Prints "N passed, N failed" last; exits non-zero on any failure.
//   E2E_FILTER=text   only the tests whose name contains text
//   E2E_CHROMIUM=path another chromium binary (default /usr/bin/chromium)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { DIST, ROOT, ensureBuild, ensureCacheDir, ensureSample, serveStatic } from "./e2e-support.mjs";

const chromium = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`找不到 chromium：${chromium}。请安装 Debian 的 chromium（apt-get install chromium），测试不会自行下载浏览器。`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

ensureBuild();
const samplePath = ensureSample();
const cache = ensureCacheDir();
const fakeBundle = join(cache, "fake-office.js");
const mainBundle = join(cache, "e2e-main.cjs");

// The fake runs in the page instead of office.js: a browser IIFE, nothing Node-only inside.
await build({
  entryPoints: [join(ROOT, "test/e2e/fake-office-entry.ts")],
  bundle: true,
  platform: "browser",
  format: "iife",
  target: "es2020",
  outfile: fakeBundle,
  logLevel: "warning",
});
await build({
  entryPoints: [join(ROOT, "test/e2e/main.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: mainBundle,
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
});

const { server, url } = await serveStatic({ root: DIST, host: "127.0.0.1", port: 0 });
console.log(`[e2e] 任务窗格：${url}taskpane.html（chromium：${chromium}）`);

const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, ["--enable-source-maps", mainBundle], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      E2E_BASE_URL: url,
      E2E_FAKE_BUNDLE: fakeBundle,
      E2E_OUTPUT: join(ROOT, "test-output", "e2e"),
      E2E_SAMPLE: samplePath,
      E2E_CHROMIUM: chromium,
    },
  });
  child.on("exit", (status, signal) => resolve(status ?? (signal ? 1 : 0)));
});
server.close();
process.exit(code);
