/**
 * Issue 10, item 5: Excel 2016/2019 (IE11 Trident, EdgeHTML) cannot parse the bundle. The page's
 * inline check must itself be ES5 and, where modern syntax fails, put a Chinese message in the
 * pane instead of leaving it blank.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { parse } from "acorn";

const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const script = /<script type="text\/javascript" id="es5-check">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

/** Runs the check in a sandbox whose `Function` constructor behaves like an old engine or a new one. */
function run(modern: boolean): { shown: string; flagged: unknown } {
  const container = { innerHTML: "" };
  const window: Record<string, unknown> = {};
  const OldFunction = function (): never {
    throw new SyntaxError("Expected identifier");
  };
  runInNewContext(script, {
    window,
    document: { readyState: "complete", getElementById: (id: string) => (id === "container" ? container : null), addEventListener: () => undefined },
    Function: modern ? Function : OldFunction,
    Promise,
    Symbol,
    Map,
  });
  return { shown: container.innerHTML, flagged: window.__JUESUAN_UNSUPPORTED__ };
}

describe("the ES5 check in taskpane.html", () => {
  it("is ES5 itself (IE11 must be able to parse it)", () => {
    expect(script.length).toBeGreaterThan(100);
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  it("shows the Chinese message where the bundle's syntax fails", () => {
    const { shown, flagged } = run(false);
    expect(flagged).toBe(true);
    expect(shown).toContain("请使用 Microsoft 365 或 Excel 2021 及以上版本");
  });

  it("leaves the pane alone in a modern webview", () => {
    expect(run(true)).toEqual({ shown: "", flagged: undefined });
  });
});
