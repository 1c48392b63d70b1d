// Bundles the juesuan command line into dist/cli.js, and the worker thread of `juesuan check` over
// many workbooks into dist/check-worker.js beside it (run by `npm ci` through "prepare").
// The command keeps its packages external (loaded only when a command needs them, so --help starts
// fast); the worker bundles everything it uses into one file, which each worker loads faster than
// resolving the modules one by one.
// The options are shared with the tests' fresh bundle (test/helpers/run-cli.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
const builds = JSON.parse(readFileSync(new URL("./cli-build.json", import.meta.url), "utf8"));
const root = fileURLToPath(new URL("..", import.meta.url));
for (const options of builds) await build({ ...options, absWorkingDir: root, outdir: "dist", sourcemap: true, logLevel: "warning" });
