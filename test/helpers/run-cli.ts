import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";

let bundled: string | null = null;

/** Bundles src/cli/main.ts once per test file, so the test runs the current source, not a stale dist/. */
function cliPath(): string {
  if (bundled) return bundled;
  const out = join(mkdtempSync(join(tmpdir(), "juesuan-cli-")), "cli.js");
  buildSync({ entryPoints: [resolve(__dirname, "../../src/cli/main.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", outfile: out, packages: "external", logLevel: "error", nodePaths: [resolve(__dirname, "../../node_modules")] });
  bundled = out;
  return out;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd?: string): CliResult {
  const r = spawnSync(process.execPath, [cliPath(), ...args], { encoding: "utf8", cwd: cwd ?? resolve(__dirname, "../.."), env: { ...process.env, NODE_PATH: resolve(__dirname, "../../node_modules") } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "juesuan-test-"));
}
