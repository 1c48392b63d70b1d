// npm test, step 0: the end-to-end tests at the end need Debian's chromium and a CJK font (so the
// screenshots show Chinese). Say so in one minute's reading before minutes of typecheck and jest,
// not after them. Nothing is installed or downloaded here.
//   E2E_CHROMIUM=path    another chromium binary (as scripts/e2e.mjs)
//   PREFLIGHT_FONTS_DIR  where to look for fonts when fc-list is absent (tests)
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const chromium = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
const missing = [];
if (!existsSync(chromium)) missing.push({ what: `浏览器 chromium（${chromium}）`, pkg: "chromium" });

/** A CJK font known to fontconfig, or (without fc-list) a font file whose name says so. */
function hasCjkFont() {
  const fc = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  if (fc.status === 0 && !process.env.PREFLIGHT_FONTS_DIR) return fc.stdout.trim().length > 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /wqy|noto.*cjk|droid.*fallback|simhei|simsun|uming|ukai/i.test(e.name)));
  };
  return walk(process.env.PREFLIGHT_FONTS_DIR ?? "/usr/share/fonts");
}
if (!hasCjkFont()) missing.push({ what: "中文字体", pkg: "fonts-wqy-microhei" });

if (missing.length) {
  console.error(`测试前检查：缺少${missing.map((m) => m.what).join("和")}，端到端测试无法运行。`);
  console.error(`请以 root 运行：apt-get update && apt-get install -y ${missing.map((m) => m.pkg).join(" ")}`);
  process.exit(1);
}
