/**
 * A tiny test runner and browser helpers for the e2e tests (jest does not collect test/e2e:
 * these need a built pane, a static server and Debian's chromium, which scripts/e2e.mjs sets up
 * and passes in through the environment).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { FakeSeed } from "./fake-office-entry";

export interface E2eConfig {
  /** The static server's address of dist/, ending in "/". */
  readonly baseUrl: string;
  /** The esbuild bundle of fake-office-entry.ts. */
  readonly fakeBundle: string;
  readonly outputDir: string;
  readonly samplePath: string;
  readonly chromium: string;
}

export function config(): E2eConfig {
  const need = (name: string) => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run the e2e tests with \`npm run e2e\``);
    return v;
  };
  return {
    baseUrl: need("E2E_BASE_URL"),
    fakeBundle: need("E2E_FAKE_BUNDLE"),
    outputDir: need("E2E_OUTPUT"),
    samplePath: need("E2E_SAMPLE"),
    chromium: process.env.E2E_CHROMIUM ?? "/usr/bin/chromium",
  };
}

// --- runner ----------------------------------------------------------------------------------

type TestFn = () => Promise<void>;
const tests: { name: string; fn: TestFn }[] = [];

export function test(name: string, fn: TestFn): void {
  tests.push({ name, fn });
}

export class AssertionError extends Error {
  override readonly name = "AssertionError";
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${what}: expected ${e}, got ${a}`);
}

/** Runs every registered test in order (they share a 2-core machine: no parallelism). */
export async function runAll(filter?: string): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    if (filter && !t.name.includes(filter)) continue;
    const started = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`  ✗ ${t.name} (${Date.now() - started} ms)\n      ${err instanceof Error ? (err.stack ?? err.message).split("\n").slice(0, 6).join("\n      ") : String(err)}`);
    }
  }
  return { passed, failed };
}

// --- browser ---------------------------------------------------------------------------------

const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Messages the page logged as errors (the pane logs the detail of every error it shows). */
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Seed for the in-memory Excel; without it office.js is answered with an empty script. */
  readonly seed?: FakeSeed;
  readonly width?: number;
  /** Path and query after the base URL. */
  readonly path?: string;
}

/** A fresh chromium profile, the pane opened at `width`, office.js replaced as asked. */
export async function openPane(options: OpenOptions = {}): Promise<PaneSession> {
  const cfg = config();
  const profile = mkdtempSync(join(tmpdir(), "juesuan-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: cfg.chromium,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
    viewport: { width: options.width ?? 320, height: 900 },
    locale: "zh-CN",
    acceptDownloads: false,
  });
  const origin = new URL(cfg.baseUrl).origin;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  // Nothing may leave the machine: anything not on the local server is answered or refused here.
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      if (OFFICE_JS.test(route.request().url())) {
        const body = options.seed ? `window.__FAKE_SEED__ = ${JSON.stringify(options.seed)};\n${readFileSync(cfg.fakeBundle, "utf8")}` : "/* no Office here */";
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
      }
      return route.abort("blockedbyclient");
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await page.goto(new URL(options.path ?? "taskpane.html", cfg.baseUrl).href);
  return {
    context,
    page,
    consoleErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` with a pane and always closes the browser. */
export async function withPane(options: OpenOptions, fn: (s: PaneSession) => Promise<void>): Promise<void> {
  const session = await openPane(options);
  try {
    await fn(session);
  } finally {
    await session.close();
  }
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const dir = config().outputDir;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** The counts the pane shows, from CheckSummary's data attributes. */
export async function shownCounts(page: Page): Promise<Record<string, number>> {
  await page.getByTestId("check-summary").waitFor({ timeout: 30_000 });
  return page.$$eval('[data-testid="check-summary"] [data-kind]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute("data-kind") ?? "", Number(e.getAttribute("data-count"))])),
  );
}

/** Waits for the pane's message bar and returns its text. */
export async function paneMessage(page: Page): Promise<string> {
  const bar = page.getByTestId("pane-message");
  await bar.waitFor({ timeout: 30_000 });
  return (await bar.innerText()).trim();
}
