// Runs a TypeScript entry file (benchmarks, scripts) by bundling it with esbuild first.
import { build } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
const [entry, ...args] = process.argv.slice(2);
if (!entry) { console.error("用法：node scripts/run-ts.mjs <file.ts> [参数…]"); process.exit(2); }
const out = join(mkdtempSync(join(tmpdir(), "juesuan-")), "entry.cjs");
await build({ entryPoints: [resolve(entry)], bundle: true, platform: "node", target: "node20", format: "cjs", outfile: out, packages: "external", logLevel: "warning", nodePaths: [resolve("node_modules")] });
process.argv = [process.argv[0], out, ...args];
await import(pathToFileURL(out).href);
