// Bundles the juesuan command line into dist/cli.js, and the worker thread of `juesuan check` over
// many workbooks into dist/check-worker.js beside it (run by `npm ci` through "prepare").
// The options are shared with the tests' fresh bundle (test/helpers/run-cli.ts).
import { readFileSync } from "node:fs";
import { build } from "esbuild";
const options = JSON.parse(readFileSync(new URL("./cli-build.json", import.meta.url), "utf8"));
await build({ ...options, absWorkingDir: new URL("..", import.meta.url).pathname, outdir: "dist", sourcemap: true, logLevel: "warning" });
