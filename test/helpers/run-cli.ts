import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSync, type BuildOptions } from "esbuild";

let bundled: string | null = null;

const REPO = resolve(__dirname, "../..");

/**
 * Bundles src/cli/main.ts (and the batch worker) once per test file, so the test runs the current source, not a stale
 * dist/. The bundle goes inside the repository (node_modules/.cache) because the CLI's dynamic
 * import() of optional packages (mammoth) resolves from the bundle's own folder upwards.
 */
function cliPath(): string {
  if (bundled) return bundled;
  const cache = join(REPO, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  // One folder per jest worker, rebuilt per test file: repeated runs do not pile up bundles.
  const dir = join(cache, `cli-worker-${process.env.JEST_WORKER_ID ?? process.pid}`);
  mkdirSync(dir, { recursive: true });
  // The same options as `npm run build:cli`: the command and its worker thread, side by side.
  const builds = JSON.parse(readFileSync(join(REPO, "scripts/cli-build.json"), "utf8")) as BuildOptions[];
  for (const options of builds) buildSync({ ...options, absWorkingDir: REPO, outdir: dir, logLevel: "error" });
  bundled = join(dir, "cli.js");
  return bundled;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd?: string): CliResult {
  const r = spawnSync(process.execPath, [cliPath(), ...args], { encoding: "utf8", cwd: cwd ?? REPO });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "juesuan-test-"));
}
