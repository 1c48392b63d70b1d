// Runs a TypeScript entry file (benchmarks, scripts) by bundling it with esbuild first. The bundle
// goes under node_modules/.cache so that its external imports resolve from the project.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("用法：node scripts/run-ts.mjs <file.ts> [参数…]");
  process.exit(2);
}
const cache = resolve("node_modules/.cache");
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, "run-ts-"));
process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
const out = join(dir, "entry.cjs");
await build({ entryPoints: [resolve(entry)], bundle: true, platform: "node", target: "node20", format: "cjs", outfile: out, packages: "external", logLevel: "warning" });
process.argv = [process.argv[0], out, ...args];
await import(pathToFileURL(out).href);
