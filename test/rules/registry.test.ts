import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ALL_RULES } from "../../src/core/rules";

const RULES_DIR = join(__dirname, "../../src/core/rules");
const TESTS_DIR = __dirname;
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => /^[a-z]-\d{2}-.+\.ts$/.test(f) && !f.endsWith(".test.ts"))
  .map((f) => f.replace(/\.ts$/, ""));

describe("rule registry", () => {
  it("registers every rule file, once, sorted by id", () => {
    expect(ALL_RULES.map((r) => r.name).sort()).toEqual([...ruleFiles].sort());
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))("%s: id matches its file name, has zh/en titles and a test file", (_id, rule) => {
    expect(rule.name.toUpperCase().startsWith(rule.id)).toBe(true);
    expect(rule.id).toMatch(/^[CINX]-\d{2}$/);
    expect(rule.title.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.title.en).toMatch(/[A-Za-z]{3}/);
    expect(rule.title.en.length).toBeGreaterThan(5);
    expect(["error", "warning", "info"]).toContain(rule.severity);
    const testFile = [join(TESTS_DIR, `${rule.name}.test.ts`), join(RULES_DIR, `${rule.name}.test.ts`)].find(existsSync);
    expect(testFile).toBeDefined();
  });
});
