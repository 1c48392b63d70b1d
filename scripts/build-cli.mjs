// Bundles the juesuan command line into dist/cli.js (run by `npm ci` through "prepare").
import { build } from "esbuild";
await build({
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist/cli.js",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
