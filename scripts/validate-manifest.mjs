// `npm run validate [manifest.xml] [--xsd-dir DIR] [--host https://…]`
// Validates the manifest offline: Microsoft's XSD (when ../shared/office-manifest-xsd exists)
// and the project's own checks. The checks live in scripts/manifest-checks.ts so that the jest
// test runs exactly the same code; esbuild bundles that file for node first.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "xsd-dir": { type: "string" }, host: { type: "string" } },
});

// The bundle is written under node_modules/.cache (not the OS temp folder) so that its
// remaining package imports resolve from the project's node_modules.
const cache = join(root, "node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const tmp = mkdtempSync(join(cache, "juesuan-manifest-"));
try {
  const out = join(tmp, "manifest-checks.cjs");
  await build({
    entryPoints: [join(root, "scripts", "manifest-checks.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: out,
    // xmllint-wasm starts a worker from its own folder, so it must stay a real package import.
    packages: "external",
    logLevel: "warning",
  });
  const checks = await import(pathToFileURL(out).href);
  const manifestPath = resolve(positionals[0] ?? join(root, "manifest.xml"));
  const report = await checks.validateManifest(readFileSync(manifestPath, "utf8"), {
    xsdDir: values["xsd-dir"] ? resolve(values["xsd-dir"]) : checks.defaultXsdDir(root),
    assetsDir: join(root, "assets"),
    host: values.host ?? checks.ADDIN_HOST,
    fileName: manifestPath.split(/[\\/]/).pop(),
  });
  console.log(`清单：${manifestPath}`);
  console.log(checks.formatReport(report));
  process.exitCode = report.ok ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
